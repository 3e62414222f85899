import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Redshift integrations and snapshot copy grants. */
export const REDSHIFT_MORE_CONTROLS = defineControls([
  {
    id: 'DS-REDSHIFT-20',
    title: 'Redshift integrations and cross-Region snapshot copies encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Redshift integrations and snapshot copy grants name a customer-managed KMS key.',
    ruleIds: ['DermaShield-RedshiftIntegrationCustomerManagedKey', 'DermaShield-RedshiftSnapshotCopyGrantCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
