/**
 * The one test for "this key name is an AWS-managed key": `alias/aws/...`, `arn:...:alias/aws/...`, or the bare
 * `aws/s3` form some services accept. Constructs (prop validation), the rule pack (synth) and the evidence CLI
 * (recorded configuration) all use it, so they cannot disagree about what counts as AWS-managed.
 */
const AWS_MANAGED_KEY_NAME = /(^|[:/])alias\/aws\/|^aws\/[a-z0-9-]+$/i;

/** True when `name` (a key id, ARN, alias name or alias ARN) names an AWS-managed key. */
export function isAwsManagedKeyName(name: string): boolean {
  return AWS_MANAGED_KEY_NAME.test(name);
}
