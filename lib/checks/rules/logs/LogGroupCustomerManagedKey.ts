import { defineRule, requireCustomerManagedKey } from '../../rule';

/** DS-LOGS-1: log groups are encrypted with a customer-managed key. */
export const LogGroupCustomerManagedKey = defineRule({
  name: 'LogGroupCustomerManagedKey',
  controlId: 'DS-LOGS-1',
  resourceTypes: ['AWS::Logs::LogGroup'],
  requirement: 'CloudWatch Logs log groups must be encrypted with a customer-managed KMS key (KmsKeyId).',
  explanation: 'Without KmsKeyId, CloudWatch Logs uses a service-owned key the practice cannot control or audit. '
    + 'Pass encryptionKey: a PhiKey (its key policy must allow the logs service principal).',
  evaluate(resource, context) {
    return requireCustomerManagedKey(resource, context, resource.properties.KmsKeyId, 'KmsKeyId');
  },
});
