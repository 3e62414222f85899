import { EffectiveStack } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable } from '../../rule';
import { conditionValues, isDenyAllOnBucket, judgeBucketPolicies, judgeStandalonePolicy, judgeStatements, PolicyTarget, singleCondition, statementLabel } from './policy';

const OPERATORS = new Set(['bool', 'boolifexists']);

/** Judge one policy document: some statement denies every request made without TLS. */
export function deniesInsecureTransport(document: unknown, target: PolicyTarget, stack: EffectiveStack): RuleOutcome {
  const nearMisses: string[] = [];
  const unknowns: string[] = [];
  let found = false;
  const problem = judgeStatements(document, (statement, i) => {
    const condition = singleCondition(statement);
    if (!condition || 'why' in condition) {
      if (condition && JSON.stringify(statement.Condition ?? {}).toLowerCase().includes('aws:securetransport')) {
        nearMisses.push(`${statementLabel(statement, i)} tests aws:SecureTransport but ${condition.why}`);
      }
      return;
    }
    if (condition.key.toLowerCase() !== 'aws:securetransport' || !OPERATORS.has(condition.operator.toLowerCase())) return;
    const values = conditionValues(condition.value);
    if (!values) {
      unknowns.push(`${statementLabel(statement, i)}: aws:SecureTransport is compared with a deploy-time value`);
      return;
    }
    if (!values.some((v) => v.toLowerCase() === 'false')) {
      nearMisses.push(`${statementLabel(statement, i)} matches aws:SecureTransport ${JSON.stringify(condition.value)}, not false`);
      return;
    }
    const shape = isDenyAllOnBucket(statement, target, stack);
    if (shape.kind === 'yes') found = true;
    else if (shape.kind === 'unknown') unknowns.push(`${statementLabel(statement, i)}: ${shape.why}`);
    else nearMisses.push(`${statementLabel(statement, i)} tests aws:SecureTransport but ${shape.why}`);
  });
  if (found) return pass();
  if (problem) unknowns.push(problem.why);
  if (unknowns.length) return unverifiable(unknowns.join('; '));
  return fail(['no statement denies s3:* to every principal on the bucket and its objects when aws:SecureTransport is false', ...nearMisses].join('; '));
}

/** DS-S3-2: the bucket policy denies any request made without TLS. */
export const S3DenyInsecureTransport = defineRule({
  name: 'S3DenyInsecureTransport',
  controlId: 'DS-S3-2',
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  requirement: 'The bucket policy must deny s3:* to every principal on the bucket and its objects when aws:SecureTransport is false.',
  explanation: 'Without this deny, S3 serves ePHI over plain HTTP to any client that asks for it. Use ClinicalImageBucket, or '
    + 'enforceSSL: true on s3.Bucket. The statement must be an unconditional deny apart from '
    + '{ "Bool": { "aws:SecureTransport": "false" } }, on "s3:*", Principal "*", and both the bucket ARN and <bucket-arn>/*. '
    + 'An s3:TlsVersion floor alone does not deny plain HTTP (the key is absent there). The policy must be an '
    + 'AWS::S3::BucketPolicy in the same template as the bucket.',
  evaluate(resource) {
    if (resource.type === 'AWS::S3::BucketPolicy') return judgeStandalonePolicy(resource, deniesInsecureTransport);
    return judgeBucketPolicies(resource, deniesInsecureTransport, 'denies requests made without TLS');
  },
});
