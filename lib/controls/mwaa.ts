import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Managed Workflows for Apache Airflow. */
export const MWAA_CONTROLS = defineControls([
  {
    id: 'DS-MWAA-1',
    title: 'Airflow environments and workflows encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'MWAA environments name a customer-managed KmsKey and MWAA Serverless workflows a customer-managed EncryptionConfiguration.KmsKeyId.',
    ruleIds: ['DermaShield-MwaaCustomerManagedKey', 'DermaShield-MwaaServerlessCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
