import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Keyspaces (for Apache Cassandra): wide-column tables. */
export const KEYSPACES_CONTROLS = defineControls([
  {
    id: 'DS-KEYSPACES-1',
    title: 'Keyspaces tables encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Keyspaces tables use EncryptionType CUSTOMER_MANAGED_KMS_KEY with a customer-managed KmsKeyIdentifier.',
    ruleIds: ['DermaShield-KeyspacesTableCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
