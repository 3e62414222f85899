import { TableEntry } from './entry';

/** Amazon Connect Voice ID (control DS-VOICEID-1). */
export const VOICEID_ENTRIES: readonly TableEntry[] = [
  {
    name: 'VoiceIdCustomerManagedKey',
    controlId: 'DS-VOICEID-1',
    resourceTypes: ['AWS::VoiceID::Domain'],
    requirement: 'Voice ID domains must name a customer-managed KMS key (ServerSideEncryptionConfiguration.KmsKeyId), not an AWS-managed alias.',
    fix: 'Voiceprints are biometric identifiers (ePHI). Set ServerSideEncryptionConfiguration.KmsKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'ServerSideEncryptionConfiguration.KmsKeyId' }],
  },
];
