import { EffectiveResource } from './effective';
import { classifyKey, KeyClassification } from './keys';
import { Read } from './values';

/** What one rule concluded about one resource. */
export type RuleOutcome =
  | { readonly kind: 'pass' }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'fail'; readonly reason: string }
  | { readonly kind: 'unverifiable'; readonly reason: string };

/** Settings the pack gives every rule. */
export interface RuleOptions {
  /** Key ARNs the practice declared as customer-managed keys defined outside the app. */
  readonly externalCmkArns: ReadonlySet<string>;
  /** Rotation-period ceiling in days. */
  readonly maxRotationPeriodDays: number;
}

/** What a rule may look at besides the resource itself. */
export interface RuleContext {
  readonly options: RuleOptions;
  /** Classify the KMS key a property of `resource` names. */
  classifyKey(resource: EffectiveResource, value: unknown): KeyClassification;
}

/**
 * A DermaShield rule: a pure function from an effective resource (and read-only context) to an outcome.
 * One rule per file, the file named after the rule.
 */
export interface DermaShieldRule {
  /** Rule name; the rule id is `DermaShield-<name>`. */
  readonly name: string;
  /** The catalog control it enforces, e.g. `DS-KMS-1`. */
  readonly controlId: string;
  /** CloudFormation types it judges. */
  readonly resourceTypes: readonly string[];
  /** What the rule requires, in one sentence (shown in findings). */
  readonly requirement: string;
  /** Why, and how to fix it (shown in verbose findings). */
  readonly explanation: string;
  /** Judge one resource of one of `resourceTypes`. */
  evaluate(resource: EffectiveResource, context: RuleContext): RuleOutcome;
}

/** Freeze and return a rule definition. */
export function defineRule(rule: DermaShieldRule): DermaShieldRule {
  return Object.freeze({ ...rule, resourceTypes: Object.freeze([...rule.resourceTypes]) });
}

/** The outcome constructors. */
export const pass = (): RuleOutcome => ({ kind: 'pass' });
export const notApplicable = (): RuleOutcome => ({ kind: 'not-applicable' });
export const fail = (reason: string): RuleOutcome => ({ kind: 'fail', reason });
export const unverifiable = (reason: string): RuleOutcome => ({ kind: 'unverifiable', reason });

/** Combine outcomes of several checks on one resource: any fail wins, then any unverifiable, then pass. */
export function worst(outcomes: readonly RuleOutcome[]): RuleOutcome {
  const fails = outcomes.filter((o): o is Extract<RuleOutcome, { kind: 'fail' }> => o.kind === 'fail');
  if (fails.length) return fail(fails.map((f) => f.reason).join('; '));
  const unknown = outcomes.filter((o): o is Extract<RuleOutcome, { kind: 'unverifiable' }> => o.kind === 'unverifiable');
  if (unknown.length) return unverifiable(unknown.map((f) => f.reason).join('; '));
  if (outcomes.length && outcomes.every((o) => o.kind === 'not-applicable')) return notApplicable();
  return pass();
}

/**
 * Judge a key property that must name a customer-managed key.
 * @param what the property, for messages (e.g. `KmsKeyId`)
 */
export function requireCustomerManagedKey(resource: EffectiveResource, context: RuleContext, value: unknown, what: string): RuleOutcome {
  const key = context.classifyKey(resource, value);
  switch (key.kind) {
    case 'customer-managed':
      return pass();
    case 'unverifiable':
      return unverifiable(`${what}: ${key.detail}`);
    default:
      return fail(`${what}: ${key.detail}`);
  }
}

/**
 * Judge a boolean that must be true.
 * @param absentMeans what the service does when the property is omitted
 */
export function requireTrue(r: Read<boolean>, what: string, absentMeans = false): RuleOutcome {
  if (r.state === 'unverifiable') return unverifiable(`${what} is ${r.why}`);
  const value = r.state === 'absent' ? absentMeans : r.value;
  if (value) return pass();
  return fail(r.state === 'absent' ? `${what} is not set (the default is ${absentMeans})` : `${what} is false`);
}

/** Build the default rule context for a pack run. */
export function makeRuleContext(options: RuleOptions): RuleContext {
  return {
    options,
    classifyKey: (resource, value) => classifyKey(value, resource.stack, options.externalCmkArns),
  };
}
