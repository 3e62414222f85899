import { defineRule, fail, notApplicable, requireCustomerManagedKey, RuleOutcome, unverifiable } from '../../rule';
import { getPath, readBoolean } from '../../values';

/** DS-RDS-6: the RDS-managed master user secret is encrypted with a customer-managed key. */
export const RdsMasterSecretCustomerManagedKey = defineRule({
  name: 'RdsMasterSecretCustomerManagedKey',
  controlId: 'DS-RDS-6',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  requirement: 'When RDS manages the master user password in Secrets Manager (ManageMasterUserPassword: true), the secret '
    + 'must be encrypted with a customer-managed KMS key (MasterUserSecret.KmsKeyId).',
  explanation: 'Without MasterUserSecret.KmsKeyId the managed secret uses aws/secretsmanager, so anyone allowed to read '
    + 'secrets can read the database master password. Name a PhiKey (EhrDatabase does). Secrets you create yourself are '
    + 'judged by SecretCustomerManagedKey.',
  evaluate(resource, context): RuleOutcome {
    const managed = readBoolean(resource.properties, 'ManageMasterUserPassword');
    if (managed.state === 'unverifiable') return unverifiable(`ManageMasterUserPassword is ${managed.why}`);
    if (managed.state === 'absent' || !managed.value) return notApplicable();
    const key = getPath(resource.properties, 'MasterUserSecret.KmsKeyId');
    if (key === undefined || key === null) {
      return fail('ManageMasterUserPassword is true but MasterUserSecret.KmsKeyId is not set, so the master secret uses the '
        + 'AWS-managed aws/secretsmanager key');
    }
    return requireCustomerManagedKey(resource, context, key, 'MasterUserSecret.KmsKeyId');
  },
});
