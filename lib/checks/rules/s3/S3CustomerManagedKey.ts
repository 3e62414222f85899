import { defineRule, fail, requireCustomerManagedKey, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, isIntrinsic, describeIntrinsic, readList, readString } from '../../values';

/** SSE algorithms that take a KMS key: SSE-KMS and dual-layer DSSE-KMS (stronger, not weaker). */
const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);

/** DS-S3-1: default encryption with a customer-managed key. */
export const S3CustomerManagedKey = defineRule({
  name: 'S3CustomerManagedKey',
  controlId: 'DS-S3-1',
  resourceTypes: ['AWS::S3::Bucket'],
  requirement: 'Buckets must encrypt by default with SSE-KMS or DSSE-KMS under a customer-managed key (BucketEncryption '
    + 'SSEAlgorithm aws:kms or aws:kms:dsse with KMSMasterKeyID naming a CMK).',
  explanation: 'Without BucketEncryption S3 applies SSE-S3 (AES256) with an S3-owned key; aws:kms without KMSMasterKeyID uses '
    + 'the AWS-managed aws/s3 key. Neither can be controlled, audited per use or revoked by the practice. Use ClinicalImageBucket, '
    + 'or encryption: BucketEncryption.KMS (or DSSE) with encryptionKey: a PhiKey. S3 server-access-log targets and ELB log '
    + 'buckets only support SSE-S3: acknowledge this rule on them with that reason (acknowledgeRule).',
  evaluate(resource, context) {
    if (resource.properties.BucketEncryption === undefined) {
      return fail('BucketEncryption is not set, so S3 applies SSE-S3 (AES256) with an S3-owned key');
    }
    const rules = readList(resource.properties, 'BucketEncryption.ServerSideEncryptionConfiguration');
    if (rules.state === 'unverifiable') return unverifiable(`BucketEncryption.ServerSideEncryptionConfiguration is ${rules.why}`);
    if (rules.state === 'absent' || rules.value.length === 0) {
      return fail('BucketEncryption has no ServerSideEncryptionConfiguration rule, so S3 applies SSE-S3 (AES256)');
    }
    const outcomes: RuleOutcome[] = rules.value.map((rule, i) => {
      const where = `ServerSideEncryptionConfiguration.${i}.ServerSideEncryptionByDefault`;
      if (isIntrinsic(rule)) return unverifiable(`ServerSideEncryptionConfiguration.${i} is ${describeIntrinsic(rule)}`);
      const algorithm = readString(rule, 'ServerSideEncryptionByDefault.SSEAlgorithm');
      if (algorithm.state === 'unverifiable') return unverifiable(`${where}.SSEAlgorithm is ${algorithm.why}`);
      if (algorithm.state === 'absent') return fail(`${where}.SSEAlgorithm is not set, so S3 applies SSE-S3 (AES256)`);
      if (!KMS_ALGORITHMS.has(algorithm.value)) {
        return fail(`${where}.SSEAlgorithm is ${algorithm.value}${algorithm.value === 'AES256' ? ' (SSE-S3, an S3-owned key)' : ''}, not aws:kms or aws:kms:dsse`);
      }
      return requireCustomerManagedKey(resource, context, getPath(rule, 'ServerSideEncryptionByDefault.KMSMasterKeyID'), `${where}.KMSMasterKeyID`);
    });
    return worst(outcomes);
  },
});
