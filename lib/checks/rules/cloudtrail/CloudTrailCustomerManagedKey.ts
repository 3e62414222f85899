import { defineRule, requireCustomerManagedKey } from '../../rule';

/** DS-TRAIL-1: trails and CloudTrail Lake event data stores encrypt with a customer-managed key. */
export const CloudTrailCustomerManagedKey = defineRule({
  name: 'CloudTrailCustomerManagedKey',
  controlId: 'DS-TRAIL-1',
  resourceTypes: ['AWS::CloudTrail::Trail', 'AWS::CloudTrail::EventDataStore'],
  requirement: 'CloudTrail trails (KMSKeyId) and event data stores (KmsKeyId) must be encrypted with a customer-managed KMS key.',
  explanation: 'Without a key, trail log files get SSE-S3 and event data stores an AWS-owned key: anyone who can read the bucket '
    + 'reads the audit record of ePHI access. Use PhiAuditTrail, or pass encryptionKey: a PhiKey whose policy allows cloudtrail.amazonaws.com.',
  evaluate(resource, context) {
    const property = resource.type === 'AWS::CloudTrail::Trail' ? 'KMSKeyId' : 'KmsKeyId';
    return requireCustomerManagedKey(resource, context, resource.properties[property], property);
  },
});
