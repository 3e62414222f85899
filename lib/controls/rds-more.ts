import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon RDS zero-ETL integrations. */
export const RDS_MORE_CONTROLS = defineControls([
  {
    id: 'DS-RDS-20',
    title: 'RDS zero-ETL integrations encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'RDS integrations name a customer-managed KMSKeyId; the default is an AWS-owned key.',
    ruleIds: ['DermaShield-RdsIntegrationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
