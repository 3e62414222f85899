import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** CloudWatch Observability Admin: log centralization and S3 Tables integration. */
export const OBSERVABILITYADMIN_CONTROLS = defineControls([
  {
    id: 'DS-OBSERVABILITY-1',
    title: 'Centralized and integrated log copies encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Log centralization rules use EncryptionStrategy CUSTOMER_MANAGED with a customer-managed KmsKeyArn; S3 Tables integrations name a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-LogCentralizationCustomerManagedKey', 'DermaShield-LogTableIntegrationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
