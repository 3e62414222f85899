import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** CloudWatch Logs: application, database, VPN and flow logs routinely carry ePHI. */
export const LOGS_CONTROLS = defineControls([
  {
    id: 'DS-LOGS-1',
    title: 'Log groups encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.AUDIT_CONTROLS],
    guidance: 'CloudWatch Logs log groups are encrypted with a customer-managed KMS key, not the service default.',
    ruleIds: ['DermaShield-LogGroupCustomerManagedKey'],
    configRules: [
      {
        identifier: 'CLOUDWATCH_LOG_GROUP_ENCRYPTED',
        resourceTypes: ['AWS::Logs::LogGroup'],
        caveat: 'Passes any KMS key; the evidence CLI joins the key id to the recorded key and its KeyManager.',
      },
    ],
  },
  {
    id: 'DS-LOGS-20',
    title: 'Log anomaly detectors and OpenSearch integrations encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'CloudWatch Logs anomaly detectors and OpenSearch integrations name a customer-managed KMS key.',
    ruleIds: ['DermaShield-LogAnomalyDetectorCustomerManagedKey', 'DermaShield-LogsOpenSearchIntegrationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
