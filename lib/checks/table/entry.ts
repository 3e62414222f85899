/**
 * Declarative rule entries: most encryption judgements are one of a few shapes ("this path names a customer-managed
 * key", "this value is in the allowed set", "this flag is true"). An entry states the shape, the paths and the texts;
 * the shared code below turns it into a {@link DermaShieldRule}, and test/checks/table.test.ts generates each entry's
 * tests from the same entry. Hand-write a rule file only for judgements that need more.
 *
 * Paths are dotted (`SSESpecification.KMSMasterKeyId`); `[]` judges every element of a list
 * (`Listeners[].Protocol`). An intrinsic anywhere on the way (a parameter, `Fn::If`, an import) makes the value
 * unverifiable; an absent list has nothing to judge only where the entry says so.
 */
import { EffectiveResource } from '../effective';
import { defineRule, DermaShieldRule, fail, notApplicable, pass, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable, worst } from '../rule';
import { describeIntrinsic, isIntrinsic } from '../values';

/** The property must name a customer-managed KMS key (absent, AWS-managed and AWS-owned fail; a deploy-time value is unverifiable). */
export interface CustomerManagedKeyCheck {
  readonly kind: 'customer-managed-key';
  readonly path: string;
}

/** The property must be one of `allowed` (compared case-insensitively). */
export interface OneOfCheck {
  readonly kind: 'one-of';
  readonly path: string;
  readonly allowed: readonly string[];
  /**
   * What the service does when the property is omitted: a value (judged like a literal), or `'fail'`.
   * @default 'fail'
   */
  readonly absentMeans?: string;
}

/** The property must be true. */
export interface TrueCheck {
  readonly kind: 'true';
  readonly path: string;
  /** What the service does when the property is omitted. */
  readonly absentMeans: boolean;
}

/** A URL (or endpoint) property must use one of the encrypted schemes, e.g. `https://`. */
export interface SchemeCheck {
  readonly kind: 'scheme';
  readonly path: string;
  readonly allowed: readonly string[];
  /** @default 'fail' */
  readonly absentMeans?: 'pass' | 'fail';
}

/** One judgement on one property path. */
export type TableCheck = CustomerManagedKeyCheck | OneOfCheck | TrueCheck | SchemeCheck;

/**
 * When the resource has something to protect: the entry judges it only when the property at `path` is present
 * (and, with `equals`, has one of those values). Otherwise the rule is not applicable, e.g. an API stage with caching
 * off has no cache to encrypt.
 */
export interface TableCondition {
  readonly path: string;
  /** @default - any present value */
  readonly equals?: readonly (string | boolean | number)[];
}

/** One declarative rule. */
export interface TableEntry {
  /** Rule name; the rule id is `DermaShield-<name>`. */
  readonly name: string;
  /** The catalog control it enforces. */
  readonly controlId: string;
  /** The CloudFormation types it judges (usually one). */
  readonly resourceTypes: readonly string[];
  /** What is required, in one sentence (shown in findings). */
  readonly requirement: string;
  /** Why, and how to fix it (shown in verbose findings). */
  readonly fix: string;
  /** Every check must hold. */
  readonly checks: readonly TableCheck[];
  /**
   * Judge only when this condition holds; otherwise nothing to protect.
   * @default - always judged
   */
  readonly when?: TableCondition;
}

/** One value found at a path: where (`Listeners.0.Protocol`) and the raw value (undefined when absent). */
export interface Located {
  readonly at: string;
  readonly value: unknown;
}

/**
 * Every value at `path`, expanding `[]` over list elements. An intrinsic on the way is returned as the value (so
 * the check reports it unverifiable); an absent container yields one absent value; an empty list yields none.
 */
export function locate(root: unknown, path: string): Located[] {
  const walk = (current: unknown, segments: readonly string[], at: string): Located[] => {
    if (segments.length === 0) return [{ at, value: current }];
    if (current === undefined || current === null) return [{ at: [at, ...segments].filter(Boolean).join('.'), value: undefined }];
    if (isIntrinsic(current)) return [{ at, value: current }];
    const [head, ...rest] = segments;
    const list = head.endsWith('[]');
    const name = list ? head.slice(0, -2) : head;
    const next = typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>)[name] : undefined;
    const here = at ? `${at}.${name}` : name;
    if (!list) return walk(next, rest, here);
    if (next === undefined || next === null) return [{ at: [here, ...rest].join('.'), value: undefined }];
    if (!Array.isArray(next)) return [{ at: here, value: next }];
    return next.flatMap((element, i) => walk(element, rest, `${here}.${i}`));
  };
  return walk(root, path.split('.'), '');
}

function judgeOne(check: TableCheck, resource: EffectiveResource, context: RuleContext, { at, value }: Located): RuleOutcome {
  if (check.kind === 'customer-managed-key') return requireCustomerManagedKey(resource, context, value, at);
  if (isIntrinsic(value)) return unverifiable(`${at} is ${describeIntrinsic(value)}`);
  if (value !== undefined && value !== null && typeof value === 'object') return unverifiable(`${at} is ${JSON.stringify(value)}, not a literal`);
  switch (check.kind) {
    case 'true': {
      const absent = value === undefined || value === null;
      const v = absent ? check.absentMeans : value === true || String(value).toLowerCase() === 'true';
      if (v) return pass();
      return fail(absent ? `${at} is not set (the default is false)` : `${at} is ${JSON.stringify(value)}`);
    }
    case 'one-of': {
      const absent = value === undefined || value === null;
      if (absent && check.absentMeans === undefined) return fail(`${at} is not set; it must be one of ${check.allowed.join(', ')}`);
      const v = String(absent ? check.absentMeans : value);
      if (check.allowed.some((a) => a.toLowerCase() === v.toLowerCase())) return pass();
      return fail(`${at} is ${v}${absent ? ' (the default)' : ''}; it must be one of ${check.allowed.join(', ')}`);
    }
    case 'scheme': {
      if (value === undefined || value === null || value === '') {
        return check.absentMeans === 'pass' ? pass() : fail(`${at} is not set; it must use ${check.allowed.join(' or ')}`);
      }
      const v = String(value);
      if (check.allowed.some((s) => v.toLowerCase().startsWith(s.toLowerCase()))) return pass();
      return fail(`${at} is ${v}; it must use ${check.allowed.join(' or ')}`);
    }
  }
}

/** Whether the entry's condition holds: yes, no, or cannot tell at synth. */
function applies(when: TableCondition | undefined, properties: Record<string, unknown>): RuleOutcome | 'yes' | 'no' {
  if (!when) return 'yes';
  const found = locate(properties, when.path);
  let any = false;
  for (const { at, value } of found) {
    if (value === undefined || value === null) continue;
    if (isIntrinsic(value)) return unverifiable(`${at} is ${describeIntrinsic(value)}, so whether there is anything to protect cannot be told at synth`);
    if (!when.equals || when.equals.some((e) => String(e).toLowerCase() === String(value).toLowerCase())) any = true;
  }
  return any ? 'yes' : 'no';
}

/** Evaluate an entry on one resource. */
export function evaluateEntry(entry: TableEntry, resource: EffectiveResource, context: RuleContext): RuleOutcome {
  const gate = applies(entry.when, resource.properties);
  if (gate === 'no') return notApplicable();
  if (gate !== 'yes') return gate;
  return worst(entry.checks.flatMap((check) => locate(resource.properties, check.path).map((l) => judgeOne(check, resource, context, l))));
}

/** The rule an entry defines. */
export function tableRule(entry: TableEntry): DermaShieldRule {
  return defineRule({
    name: entry.name,
    controlId: entry.controlId,
    resourceTypes: entry.resourceTypes,
    requirement: entry.requirement,
    explanation: entry.fix,
    evaluate: (resource, context) => evaluateEntry(entry, resource, context),
  });
}
