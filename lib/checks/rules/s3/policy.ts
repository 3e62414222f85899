/**
 * Reading S3 bucket policies the way S3 evaluates them, for the bucket-policy rules.
 *
 * A statement counts only when it is a real, unconditional-apart-from-the-one-key deny: `Effect: Deny`, every
 * principal (`*` or `{ AWS: '*' }`), every S3 action (`s3:*` or `*`), on the bucket ARN AND every object
 * (`<bucket-arn>/*`), with no `NotPrincipal` / `NotAction` / `NotResource` and no further condition that would
 * narrow it. Anything decided at deploy time is `unknown`, never a match.
 */
import { EffectiveResource, EffectiveStack } from '../../effective';
import { fail, notApplicable, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, PSEUDO_PARAMETERS, readString } from '../../values';

/** The bucket a policy must protect. */
export interface PolicyTarget {
  /** The bucket resource, when the app defines it. */
  readonly bucket?: EffectiveResource;
  /** Its literal name, when known. */
  readonly name?: string;
  /** False when the policy's `Bucket` could not be resolved: a resource pattern that does not obviously match is `unknown`. */
  readonly known: boolean;
}

/** One statement judged against one requirement. */
export type Verdict =
  | { readonly kind: 'yes' }
  | { readonly kind: 'no'; readonly why: string }
  | { readonly kind: 'unknown'; readonly why: string };

const YES: Verdict = { kind: 'yes' };
const no = (why: string): Verdict => ({ kind: 'no', why });
const unknown = (why: string): Verdict => ({ kind: 'unknown', why });

/** Judges one policy document for one target bucket. */
export type DocumentJudge = (document: unknown, target: PolicyTarget, stack: EffectiveStack) => RuleOutcome;

/** Placeholder for "this bucket's name" when the name is only known at deploy time. */
const THIS_BUCKET = '\u0000this-bucket\u0000';
/** Object keys that a pattern must all match to cover "every object" (no character in common). */
const PROBE_KEYS = ['a', 'Z9/x.jpg', '\u0002'];

/**
 * Judge a bucket by the `AWS::S3::BucketPolicy` resources of its own template.
 * No policy for the bucket is a failure; a policy whose `Bucket` cannot be resolved is unverifiable.
 */
export function judgeBucketPolicies(bucket: EffectiveResource, judge: DocumentJudge, missing: string): RuleOutcome {
  const name = readString(bucket.properties, 'BucketName');
  const literalName = name.state === 'known' ? name.value : undefined;
  const matched: EffectiveResource[] = [];
  const unresolved: { policy: EffectiveResource; why: string }[] = [];
  for (const policy of bucket.stack.ofType('AWS::S3::BucketPolicy')) {
    const target = bucket.stack.resolve(policy.properties.Bucket);
    if (target.kind === 'resource' && target.resource === bucket) matched.push(policy);
    else if (target.kind === 'literal' && literalName !== undefined && target.value === literalName) matched.push(policy);
    else if (target.kind === 'unverifiable') unresolved.push({ policy, why: target.why });
  }
  if (matched.length === 0 && unresolved.length === 0) {
    return fail(`no AWS::S3::BucketPolicy in this template applies to the bucket, so nothing ${missing}`);
  }
  const target: PolicyTarget = { bucket, name: literalName, known: true };
  if (matched.length === 0) {
    return unverifiable(unresolved.map(({ policy, why }) => `bucket policy ${policy.logicalId} names its bucket by ${why}, `
      + 'so it cannot be verified that it applies to this bucket').join('; '));
  }
  const several = matched.length > 1
    ? ` (${matched.length} bucket policies target this bucket; S3 keeps only the one applied last)` : '';
  const outcomes = matched.map((policy) => prefix(judge(policy.properties.PolicyDocument, target, policy.stack), `bucket policy ${policy.logicalId}${several}`));
  for (const { policy, why } of unresolved) {
    const o = judge(policy.properties.PolicyDocument, target, policy.stack);
    if (o.kind !== 'pass') {
      outcomes.push(unverifiable(`bucket policy ${policy.logicalId} names its bucket by ${why} and could replace this bucket's policy: ${o.kind === 'fail' || o.kind === 'unverifiable' ? o.reason : o.kind}`));
    }
  }
  return worst(outcomes);
}

/**
 * Judge an `AWS::S3::BucketPolicy` on its own, when its bucket is not judged with it: a bucket outside this
 * template (imported by name or ARN, or from another stack). Policies of buckets in the same template are judged
 * with their bucket.
 */
export function judgeStandalonePolicy(policy: EffectiveResource, judge: DocumentJudge): RuleOutcome {
  const stack = policy.stack;
  const target = stack.resolve(policy.properties.Bucket);
  const localBuckets = stack.ofType('AWS::S3::Bucket');
  switch (target.kind) {
    case 'resource':
      if (target.resource.stack === stack && target.resource.type === 'AWS::S3::Bucket') return notApplicable();
      return prefix(judge(policy.properties.PolicyDocument, { bucket: target.resource, name: literalBucketName(target.resource), known: true }, stack),
        `bucket policy for ${target.resource.logicalId} (another template)`);
    case 'literal':
      if (localBuckets.some((b) => literalBucketName(b) === target.value)) return notApplicable();
      return prefix(judge(policy.properties.PolicyDocument, { name: target.value, known: true }, stack), `bucket policy for bucket ${target.value}`);
    case 'absent':
      return fail('the bucket policy names no Bucket');
    case 'unverifiable':
      // Buckets of this template judge the policy themselves (as unverifiable when it falls short).
      if (localBuckets.length > 0) return notApplicable();
      return prefix(judge(policy.properties.PolicyDocument, { known: false }, stack), `bucket policy for a bucket named by ${target.why}`);
  }
}

function literalBucketName(bucket: EffectiveResource): string | undefined {
  const name = readString(bucket.properties, 'BucketName');
  return name.state === 'known' ? name.value : undefined;
}

function prefix(outcome: RuleOutcome, what: string): RuleOutcome {
  if (outcome.kind === 'fail') return fail(`${what}: ${outcome.reason}`);
  if (outcome.kind === 'unverifiable') return unverifiable(`${what}: ${outcome.reason}`);
  return outcome;
}

/** The statements of a policy document (which CloudFormation accepts as an object or a JSON string). */
export function statementsOf(document: unknown): { readonly statements: readonly unknown[] } | { readonly why: string } {
  let doc = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return { why: 'PolicyDocument is a string that is not JSON' };
    }
  }
  if (doc === undefined || doc === null) return { statements: [] };
  if (isIntrinsic(doc)) return { why: `PolicyDocument is ${describeIntrinsic(doc)}` };
  if (typeof doc !== 'object' || Array.isArray(doc)) return { why: 'PolicyDocument is not an object' };
  const statement = (doc as Record<string, unknown>).Statement;
  if (statement === undefined) return { statements: [] };
  if (isIntrinsic(statement)) return { why: `Statement is ${describeIntrinsic(statement)}` };
  return { statements: Array.isArray(statement) ? statement : [statement] };
}

/**
 * Is the statement a deny of every S3 action, by every principal, on the bucket and all its objects?
 * The condition is judged by the caller.
 */
export function isDenyAllOnBucket(statement: Record<string, unknown>, target: PolicyTarget, stack: EffectiveStack): Verdict {
  if (statement.Effect !== 'Deny') {
    return isIntrinsic(statement.Effect) ? unknown(`Effect is ${describeIntrinsic(statement.Effect)}`) : no(`Effect is ${JSON.stringify(statement.Effect)}, not Deny`);
  }
  for (const negated of ['NotPrincipal', 'NotAction', 'NotResource']) {
    if (statement[negated] !== undefined) return no(`it uses ${negated}, so it does not apply to every request`);
  }
  const verdicts = [principalIsEveryone(statement.Principal), actionsAreAll(statement.Action), coversBucketAndObjects(statement.Resource, target, stack)];
  return verdicts.find((v) => v.kind === 'no') ?? verdicts.find((v) => v.kind === 'unknown') ?? YES;
}

function principalIsEveryone(principal: unknown): Verdict {
  if (principal === '*') return YES;
  if (isIntrinsic(principal)) return unknown(`Principal is ${describeIntrinsic(principal)}`);
  if (principal && typeof principal === 'object' && !Array.isArray(principal)) {
    const aws = (principal as Record<string, unknown>).AWS;
    const list = Array.isArray(aws) ? aws : [aws];
    if (list.includes('*')) return YES;
    if (list.some(isIntrinsic)) return unknown('Principal contains a deploy-time value');
  }
  return no(`Principal is ${JSON.stringify(principal)}, not every principal ("*")`);
}

function actionsAreAll(action: unknown): Verdict {
  const list = Array.isArray(action) ? action : [action];
  if (list.some((a) => typeof a === 'string' && (a === '*' || a.toLowerCase() === 's3:*'))) return YES;
  if (list.some(isIntrinsic)) return unknown('Action contains a deploy-time value');
  return no(`Action is ${JSON.stringify(action)}, not every S3 action (s3:*)`);
}

function coversBucketAndObjects(resource: unknown, target: PolicyTarget, stack: EffectiveStack): Verdict {
  if (resource === undefined) return no('it has no Resource');
  const entries = Array.isArray(resource) ? resource : [resource];
  const name = target.name ?? THIS_BUCKET;
  const bucketArn = `arn:aws:s3:::${name}`;
  let bucket = false;
  let objects = false;
  const unrendered: string[] = [];
  for (const entry of entries) {
    const pattern = renderArn(entry, target, stack, 0);
    if (pattern === undefined) {
      unrendered.push(describeIntrinsic(entry));
      continue;
    }
    const re = globToRegExp(pattern.replace(/^arn:[^:]*:/, 'arn:aws:'));
    if (re.test(bucketArn)) bucket = true;
    if (PROBE_KEYS.every((k) => re.test(`${bucketArn}/${k}`))) objects = true;
  }
  if (bucket && objects) return YES;
  const missing = [!bucket && 'the bucket ARN', !objects && 'every object (<bucket-arn>/*)'].filter(Boolean).join(' and ');
  if (unrendered.length) return unknown(`Resource ${unrendered.join(', ')} cannot be resolved, so it is not known to cover ${missing}`);
  if (!target.known) return unknown(`the bucket is not known, so it cannot be verified that Resource covers ${missing}`);
  return no(`Resource does not cover ${missing}`);
}

/** Render a Resource entry to an ARN pattern, with this bucket's references replaced by its name (or a placeholder). */
function renderArn(value: unknown, target: PolicyTarget, stack: EffectiveStack, depth: number): string | undefined {
  if (depth > 10) return undefined;
  if (typeof value === 'string') return value;
  if (!isIntrinsic(value)) return undefined;
  const [fn] = Object.keys(value);
  const arg = value[fn] as any;
  const name = target.name ?? THIS_BUCKET;
  if (fn === 'Ref' && arg === 'AWS::Partition') return 'aws';
  if (fn === 'Ref' && typeof arg === 'string' && PSEUDO_PARAMETERS.has(arg)) return undefined;
  if (fn === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
    const parts = arg[1].map((p: unknown) => renderArn(p, target, stack, depth + 1));
    return parts.every((p: string | undefined) => p !== undefined) ? parts.join(arg[0]) : undefined;
  }
  if (fn === 'Fn::Sub') {
    const [text, vars] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) ? [arg[0], arg[1] ?? {}] : [undefined, {}];
    if (typeof text !== 'string') return undefined;
    let ok = true;
    const out = text.replace(/\$\{([^!}][^}]*)\}/g, (_m, ref: string) => {
      const replacement = ref in vars ? vars[ref]
        : ref.includes('.') ? { 'Fn::GetAtt': [ref.slice(0, ref.indexOf('.')), ref.slice(ref.indexOf('.') + 1)] }
          : { Ref: ref };
      const r = renderArn(replacement, target, stack, depth + 1);
      if (r === undefined) ok = false;
      return r ?? '';
    });
    return ok ? out : undefined;
  }
  const resolved = stack.resolve(value);
  switch (resolved.kind) {
    case 'literal':
      return resolved.value;
    case 'resource': {
      const isThis = target.bucket !== undefined && resolved.resource === target.bucket;
      const label = isThis ? name : `\u0001${resolved.resource.logicalId}\u0001`;
      if (resolved.attribute === undefined) return label;
      if (resolved.attribute === 'Arn') return `arn:aws:s3:::${label}`;
      return undefined;
    }
    default:
      return undefined;
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob.split('').map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

/** The single condition of a statement, when it has exactly one operator with exactly one key. */
export function singleCondition(statement: Record<string, unknown>): { operator: string; key: string; value: unknown } | { why: string } | undefined {
  const condition = statement.Condition;
  if (condition === undefined) return undefined;
  if (isIntrinsic(condition) || !condition || typeof condition !== 'object' || Array.isArray(condition)) {
    return { why: `Condition is ${describeIntrinsic(condition)}` };
  }
  const operators = Object.entries(condition as Record<string, unknown>);
  const pairs: { operator: string; key: string; value: unknown }[] = [];
  for (const [operator, block] of operators) {
    if (!block || typeof block !== 'object' || Array.isArray(block) || isIntrinsic(block)) return { why: `Condition ${operator} is not a literal map` };
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) pairs.push({ operator, key, value });
  }
  if (pairs.length !== 1) return { why: `its Condition has ${pairs.length} clauses (${pairs.map((p) => `${p.operator} ${p.key}`).join(', ')}), which narrow the deny` };
  return pairs[0];
}

/** Literal values of a condition (a scalar or a list); undefined when any is decided at deploy time. */
export function conditionValues(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  if (list.some((v) => isIntrinsic(v) || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean'))) return undefined;
  return list.map((v) => String(v));
}

/** Iterate the statements of a document, turning non-object statements into `unknown`. */
export function judgeStatements(document: unknown, each: (statement: Record<string, unknown>, index: number) => void): { why: string } | undefined {
  const read = statementsOf(document);
  if ('why' in read) return read;
  read.statements.forEach((s, i) => {
    if (s && typeof s === 'object' && !Array.isArray(s) && !isIntrinsic(s)) each(s as Record<string, unknown>, i);
  });
  const odd = read.statements.findIndex((s) => !s || typeof s !== 'object' || Array.isArray(s) || isIntrinsic(s));
  return odd >= 0 ? { why: `statement ${odd + 1} is ${describeIntrinsic(read.statements[odd])}` } : undefined;
}

/** Label a statement for messages: its Sid, or its position. */
export function statementLabel(statement: Record<string, unknown>, index: number): string {
  return typeof statement.Sid === 'string' && statement.Sid ? `statement ${statement.Sid}` : `statement ${index + 1}`;
}
