import { S3_MINIMUM_TLS_VERSION } from '../../../controls/parameters';
import { EffectiveStack } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable } from '../../rule';
import { conditionValues, isDenyAllOnBucket, judgeBucketPolicies, judgeStandalonePolicy, judgeStatements, PolicyTarget, singleCondition, statementLabel } from './policy';


/** The TLS versions S3 can negotiate, in order. */
const TLS_VERSIONS = [1.0, 1.1, 1.2, 1.3];

/** Operators that deny versions below (or at) the given value. */
const OPERATORS: Record<string, (version: number, limit: number) => boolean> = {
  numericlessthan: (v, l) => v < l,
  numericlessthanifexists: (v, l) => v < l,
  numericlessthanequals: (v, l) => v <= l,
  numericlessthanequalsifexists: (v, l) => v <= l,
};

const fmt = (v: number) => v.toFixed(1);

/** Judge one policy document: together its statements deny every TLS version below 1.2 for every request. */
export function enforcesTlsFloor(document: unknown, target: PolicyTarget, stack: EffectiveStack): RuleOutcome {
  const denied = new Set<number>();
  const nearMisses: string[] = [];
  const unknowns: string[] = [];
  let anyFloor = false;
  const problem = judgeStatements(document, (statement, i) => {
    const label = statementLabel(statement, i);
    const condition = singleCondition(statement);
    if (!condition || 'why' in condition) {
      if (condition && JSON.stringify(statement.Condition ?? {}).toLowerCase().includes('s3:tlsversion')) {
        nearMisses.push(`${label} tests s3:TlsVersion but ${condition.why}`);
      }
      return;
    }
    const op = OPERATORS[condition.operator.toLowerCase()];
    if (condition.key.toLowerCase() !== 's3:tlsversion') return;
    if (!op) {
      nearMisses.push(`${label} tests s3:TlsVersion with ${condition.operator}, which does not deny versions below a floor`);
      return;
    }
    const values = conditionValues(condition.value);
    if (!values) {
      unknowns.push(`${label}: s3:TlsVersion is compared with a deploy-time value`);
      return;
    }
    const limits = values.map(Number);
    if (limits.some((n) => !Number.isFinite(n))) {
      nearMisses.push(`${label} compares s3:TlsVersion with ${JSON.stringify(condition.value)}, which is not a number`);
      return;
    }
    const shape = isDenyAllOnBucket(statement, target, stack);
    if (shape.kind === 'unknown') {
      unknowns.push(`${label}: ${shape.why}`);
      return;
    }
    if (shape.kind === 'no') {
      nearMisses.push(`${label} tests s3:TlsVersion but ${shape.why}`);
      return;
    }
    anyFloor = true;
    // A list of values is an OR: a version is denied when it is below any of them.
    for (const v of TLS_VERSIONS) if (limits.some((l) => op(v, l))) denied.add(v);
  });
  const below = TLS_VERSIONS.filter((v) => v < S3_MINIMUM_TLS_VERSION);
  if (below.every((v) => denied.has(v))) return pass();
  if (problem) unknowns.push(problem.why);
  if (unknowns.length) return unverifiable(unknowns.join('; '));
  const lowest = TLS_VERSIONS.find((v) => !denied.has(v));
  const head = anyFloor
    ? `the policy still allows TLS ${fmt(lowest ?? 0)}; it must deny every version below ${fmt(S3_MINIMUM_TLS_VERSION)}`
    : `no statement denies s3:* to every principal on the bucket and its objects when s3:TlsVersion is below ${fmt(S3_MINIMUM_TLS_VERSION)}`;
  return fail([head, ...nearMisses].join('; '));
}

/** DS-S3-3: the bucket policy enforces a TLS floor of at least 1.2. */
export const S3MinimumTlsVersion = defineRule({
  name: 'S3MinimumTlsVersion',
  controlId: 'DS-S3-3',
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  requirement: 'The bucket policy must deny s3:* to every principal on the bucket and its objects when s3:TlsVersion is below 1.2.',
  explanation: 'TLS 1.0 and 1.1 are deprecated (NIST SP 800-52r2) and are not acceptable for ePHI in transit. Use '
    + 'ClinicalImageBucket, or minimumTLSVersion: 1.2 (or 1.3) with enforceSSL: true on s3.Bucket. The statement must be a '
    + 'deny whose only condition is { "NumericLessThan": { "s3:TlsVersion": 1.2 } } (1.3 is stricter and allowed), on "s3:*", '
    + 'Principal "*", and both the bucket ARN and <bucket-arn>/*. enforceSSL alone sets no floor.',
  evaluate(resource) {
    if (resource.type === 'AWS::S3::BucketPolicy') return judgeStandalonePolicy(resource, enforcesTlsFloor);
    return judgeBucketPolicies(resource, enforcesTlsFloor, `denies TLS below ${fmt(S3_MINIMUM_TLS_VERSION)}`);
  },
});
