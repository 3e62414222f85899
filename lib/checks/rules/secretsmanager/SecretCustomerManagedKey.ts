import { defineRule, requireCustomerManagedKey } from '../../rule';

/** DS-SM-1: secrets are encrypted with a customer-managed key. */
export const SecretCustomerManagedKey = defineRule({
  name: 'SecretCustomerManagedKey',
  controlId: 'DS-SM-1',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  requirement: 'Secrets Manager secrets must be encrypted with a customer-managed KMS key (KmsKeyId).',
  explanation: 'Database credentials under aws/secretsmanager can be read by anyone with secret access; a CMK adds a '
    + 'second, auditable gate. Pass encryptionKey: a PhiKey.',
  evaluate(resource, context) {
    return requireCustomerManagedKey(resource, context, resource.properties.KmsKeyId, 'KmsKeyId');
  },
});
