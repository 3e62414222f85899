import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Systems Manager: Session Manager, Fleet Manager RDP recordings and Incident Manager. */
export const SSM_CONTROLS = defineControls([
  {
    id: 'DS-SSM-1',
    title: 'Session Manager sessions and session logs encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Session Manager preference documents (DocumentType Session, Standard_Stream) set inputs.kmsKeyId to a customer-managed key and turn on s3EncryptionEnabled / cloudWatchEncryptionEnabled where session logs are kept.',
    ruleIds: ['DermaShield-SsmSessionManagerCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-SSM-2',
    title: 'Fleet Manager RDP recordings encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'SSMGuiConnect preferences that record RDP connections name a customer-managed ConnectionRecordingPreferences.KMSKeyArn.',
    ruleIds: ['DermaShield-SsmGuiConnectRecordingCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-SSM-3',
    title: 'Incident Manager data encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Incident Manager replication sets name a customer-managed SseKmsKeyId in every Region.',
    ruleIds: ['DermaShield-SsmIncidentsCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
