import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Secrets Manager: database credentials are the keys to ePHI. */
export const SECRETSMANAGER_CONTROLS = defineControls([
  {
    id: 'DS-SM-1',
    title: 'Secrets encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.ACCESS_CONTROL],
    guidance: 'Secrets Manager secrets are encrypted with a customer-managed KMS key, not aws/secretsmanager.',
    ruleIds: ['DermaShield-SecretCustomerManagedKey'],
    configRules: [{ identifier: 'SECRETSMANAGER_USING_CMK', resourceTypes: ['AWS::SecretsManager::Secret'] }],
  },
  {
    id: 'DS-SM-10',
    title: 'Secrets Manager replicas encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.ACCESS_CONTROL],
    guidance: 'Every replica Region of a secret names a customer-managed key of that Region (ReplicaRegions[].KmsKeyId), not aws/secretsmanager.',
    ruleIds: ['DermaShield-SecretReplicaCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
