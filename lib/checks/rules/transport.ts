/**
 * Resource policies that deny requests made without TLS (`aws:SecureTransport` false), for the queue, topic and file
 * system rules. A statement counts only when it is `Effect: Deny`, to every principal, covering the service's
 * data-carrying actions, on the protected resource, with `aws:SecureTransport` false as its only condition. Anything
 * decided at deploy time is unverifiable, never a match. (S3's bucket-policy rules have their own, stricter reader.)
 */
import { EffectiveResource, EffectiveStack } from '../effective';
import { fail, pass, RuleOutcome, unverifiable, worst } from '../rule';
import { describeIntrinsic, isIntrinsic } from '../values';
import { conditionValues, judgeStatements, singleCondition, statementLabel } from './s3/policy';

type Verdict = { readonly kind: 'yes' } | { readonly kind: 'no'; readonly why: string } | { readonly kind: 'unknown'; readonly why: string };
const YES: Verdict = { kind: 'yes' };

/** What a deny statement must cover for one service. */
export interface TransportRequirement {
  /** Data-carrying actions the deny must cover, e.g. `sqs:SendMessage`. */
  readonly actions: readonly string[];
  /** Whether a `Resource` entry covers the protected resource. */
  readonly coversResource: (entry: unknown, stack: EffectiveStack) => Verdict;
}

/** Judge one policy document: some statement denies the required actions to everyone without TLS. */
export function deniesInsecureTransport(document: unknown, requirement: TransportRequirement, stack: EffectiveStack): RuleOutcome {
  const nearMisses: string[] = [];
  const unknowns: string[] = [];
  let found = false;
  const odd = judgeStatements(document, (statement, i) => {
    const label = statementLabel(statement, i);
    const condition = singleCondition(statement);
    if (!condition) return;
    if ('why' in condition) {
      if (!JSON.stringify(statement.Condition ?? {}).toLowerCase().includes('aws:securetransport')) return;
      if (isIntrinsic(statement.Condition)) unknowns.push(`${label}: ${condition.why}`);
      else nearMisses.push(`${label} tests aws:SecureTransport but ${condition.why}`);
      return;
    }
    if (condition.key.toLowerCase() !== 'aws:securetransport' || !/^bool(ifexists)?$/i.test(condition.operator)) return;
    const values = conditionValues(condition.value);
    if (!values) return void unknowns.push(`${label}: aws:SecureTransport is compared with a deploy-time value`);
    if (!values.some((v) => v.toLowerCase() === 'false')) return void nearMisses.push(`${label} matches aws:SecureTransport ${JSON.stringify(condition.value)}, not false`);
    const shape = denyShape(statement, requirement, stack);
    if (shape.kind === 'yes') found = true;
    else if (shape.kind === 'unknown') unknowns.push(`${label}: ${shape.why}`);
    else nearMisses.push(`${label} tests aws:SecureTransport but ${shape.why}`);
  });
  if (found) return pass();
  if (odd) unknowns.push(odd.why);
  if (unknowns.length) return unverifiable(unknowns.join('; '));
  return fail([`no statement denies ${requirement.actions.join(', ')} to every principal when aws:SecureTransport is false`, ...nearMisses].join('; '));
}

function denyShape(statement: Record<string, unknown>, requirement: TransportRequirement, stack: EffectiveStack): Verdict {
  if (statement.Effect !== 'Deny') {
    return isIntrinsic(statement.Effect) ? { kind: 'unknown', why: `Effect is ${describeIntrinsic(statement.Effect)}` } : { kind: 'no', why: 'its Effect is not Deny' };
  }
  for (const negated of ['NotPrincipal', 'NotAction', 'NotResource']) {
    if (statement[negated] !== undefined) return { kind: 'no', why: `it uses ${negated}, so it does not apply to every request` };
  }
  const verdicts = [everyone(statement.Principal), covers(statement.Action, requirement.actions), resources(statement.Resource, requirement, stack)];
  return verdicts.find((v) => v.kind === 'no') ?? verdicts.find((v) => v.kind === 'unknown') ?? YES;
}

function everyone(principal: unknown): Verdict {
  if (principal === '*') return YES;
  if (isIntrinsic(principal)) return { kind: 'unknown', why: `Principal is ${describeIntrinsic(principal)}` };
  if (principal && typeof principal === 'object' && !Array.isArray(principal)) {
    const aws = (principal as Record<string, unknown>).AWS;
    const list = Array.isArray(aws) ? aws : [aws];
    if (list.includes('*')) return YES;
    if (list.some(isIntrinsic)) return { kind: 'unknown', why: 'Principal contains a deploy-time value' };
  }
  return { kind: 'no', why: `Principal is ${JSON.stringify(principal)}, not every principal ("*")` };
}

function covers(action: unknown, required: readonly string[]): Verdict {
  const list = (Array.isArray(action) ? action : [action]);
  const patterns = list.filter((a): a is string => typeof a === 'string').map(glob);
  const missing = required.filter((r) => !patterns.some((p) => p.test(r.toLowerCase())));
  if (missing.length === 0) return YES;
  if (list.some(isIntrinsic)) return { kind: 'unknown', why: 'Action contains a deploy-time value' };
  return { kind: 'no', why: `Action ${JSON.stringify(action)} does not cover ${missing.join(', ')}` };
}

function resources(resource: unknown, requirement: TransportRequirement, stack: EffectiveStack): Verdict {
  if (resource === undefined) return requirement.coversResource(undefined, stack); // an embedded policy (EFS) may omit it
  const entries = Array.isArray(resource) ? resource : [resource];
  const verdicts = entries.map((e) => (e === '*' ? YES : requirement.coversResource(e, stack)));
  return verdicts.find((v) => v.kind === 'yes') ?? verdicts.find((v) => v.kind === 'unknown') ?? verdicts[0] ?? { kind: 'no', why: 'Resource is empty' };
}

/** A `Resource` entry that names `target` (a Ref or Fn::GetAtt to it), or a literal ARN pattern matching `literalArn`. */
export function namesResource(target: EffectiveResource, literalArn?: string): (entry: unknown, stack: EffectiveStack) => Verdict {
  return (entry, stack) => {
    if (entry === undefined) return { kind: 'no', why: 'it has no Resource' };
    const resolved = stack.resolve(entry);
    if (resolved.kind === 'resource') return resolved.resource === target ? YES : { kind: 'no', why: `Resource names ${resolved.resource.logicalId}, not ${target.logicalId}` };
    if (resolved.kind === 'literal') {
      if (literalArn && glob(resolved.value).test(literalArn.toLowerCase())) return YES;
      return literalArn ? { kind: 'no', why: `Resource ${resolved.value} does not cover ${literalArn}` }
        : { kind: 'unknown', why: `Resource ${resolved.value} cannot be matched to ${target.logicalId}, whose name is decided at deploy time` };
    }
    return { kind: 'unknown', why: `Resource is ${resolved.kind === 'unverifiable' ? resolved.why : 'absent'}` };
  };
}

/** Any `Resource` will do: the policy is attached to resources the template does not define. */
export const ANY_RESOURCE = (): Verdict => YES;

/**
 * Judge a protected resource by the policy resources of its template that attach to it (`attachments` lists, per
 * policy type, the property naming the targets). No attached policy fails.
 */
export function judgeAttachedPolicies(
  target: EffectiveResource, attachments: Readonly<Record<string, string>>, requirement: TransportRequirement, what: string,
): RuleOutcome {
  const outcomes: RuleOutcome[] = [];
  const unresolved: string[] = [];
  for (const [type, property] of Object.entries(attachments)) {
    for (const policy of target.stack.ofType(type)) {
      const value = policy.properties[property];
      const refs = Array.isArray(value) ? value : [value];
      const targets = refs.map((r) => target.stack.resolve(r));
      if (targets.some((t) => t.kind === 'resource' && t.resource === target)) {
        const o = deniesInsecureTransport(policy.properties.PolicyDocument, requirement, target.stack);
        outcomes.push(o.kind === 'fail' || o.kind === 'unverifiable' ? { ...o, reason: `${policy.logicalId}: ${o.reason}` } : o);
      } else if (targets.some((t) => t.kind === 'unverifiable')) {
        unresolved.push(policy.logicalId);
      }
    }
  }
  if (outcomes.length) return worst(outcomes);
  if (unresolved.length) return unverifiable(`policies ${unresolved.join(', ')} name their ${what} by deploy-time values, so it cannot be verified that one applies`);
  return fail(`no ${Object.keys(attachments).join(' or ')} in this template applies to the ${what}, so nothing denies requests made without TLS`);
}

/**
 * Judge a policy resource on its own when none of its targets is defined in its template (those are judged with
 * their target); undefined when its targets are judged themselves.
 */
export function judgeDetachedPolicy(policy: EffectiveResource, property: string, targetType: string, requirement: TransportRequirement): RuleOutcome | undefined {
  const value = policy.properties[property];
  const refs = Array.isArray(value) ? value : [value];
  const local = refs.some((r) => {
    const t = policy.stack.resolve(r);
    return t.kind === 'resource' && t.resource.type === targetType && t.resource.stack === policy.stack;
  });
  if (local) return undefined;
  return deniesInsecureTransport(policy.properties.PolicyDocument, { ...requirement, coversResource: ANY_RESOURCE }, policy.stack);
}

/** An IAM wildcard pattern (`*`, `?`) as a case-insensitive matcher of lower-case strings. */
export function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.toLowerCase().split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
}

/** A resource type protected by attached policy resources (a queue by queue policies, a topic by topic policies). */
export interface PolicyProtectedType {
  /** The protected type, e.g. `AWS::SQS::Queue`. */
  readonly targetType: string;
  /** Policy types that attach to it, with the property naming their targets. */
  readonly attachments: Readonly<Record<string, string>>;
  /** Data-carrying actions the deny must cover. */
  readonly actions: readonly string[];
  /** The property holding the resource's literal name, and the ARN service (`sqs`), to match literal ARNs. */
  readonly nameProperty: string;
  readonly arnService: string;
  /** The resource in words, for messages (`queue`). */
  readonly what: string;
}

/** Judge a protected resource (by its attached policies) or a policy resource (alone, when its targets are elsewhere). */
export function judgePolicyProtected(resource: EffectiveResource, spec: PolicyProtectedType): RuleOutcome {
  if (resource.type === spec.targetType) {
    const name = resource.properties[spec.nameProperty];
    const arn = typeof name === 'string' ? `arn:aws:${spec.arnService}:*:*:${name}`.toLowerCase() : undefined;
    return judgeAttachedPolicies(resource, spec.attachments, { actions: spec.actions, coversResource: namesResource(resource, arn) }, spec.what);
  }
  return judgeDetachedPolicy(resource, spec.attachments[resource.type], spec.targetType, { actions: spec.actions, coversResource: ANY_RESOURCE })
    ?? { kind: 'not-applicable' };
}
