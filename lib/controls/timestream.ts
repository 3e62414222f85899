import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Timestream for LiveAnalytics. */
export const TIMESTREAM_CONTROLS = defineControls([
  {
    id: 'DS-TIMESTREAM-1',
    title: 'Timestream data encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Timestream databases and scheduled queries name a customer-managed KmsKeyId; rejected-record and error-report S3 locations use SSE_KMS.',
    ruleIds: ['DermaShield-TimestreamDatabaseCustomerManagedKey', 'DermaShield-TimestreamRejectedDataCustomerManagedKey', 'DermaShield-TimestreamScheduledQueryCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
