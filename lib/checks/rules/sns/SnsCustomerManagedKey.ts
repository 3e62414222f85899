import { defineRule, requireCustomerManagedKey } from '../../rule';

/** DS-SNS-1: topics are encrypted with a customer-managed key. */
export const SnsCustomerManagedKey = defineRule({
  name: 'SnsCustomerManagedKey',
  controlId: 'DS-SNS-1',
  resourceTypes: ['AWS::SNS::Topic'],
  requirement: 'SNS topics must be encrypted with a customer-managed KMS key (KmsMasterKeyId).',
  explanation: 'Notifications can quote ePHI; alias/aws/sns cannot be scoped or audited per practice. Pass masterKey: a PhiKey.',
  evaluate(resource, context) {
    return requireCustomerManagedKey(resource, context, resource.properties.KmsMasterKeyId, 'KmsMasterKeyId');
  },
});
