import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Customer-managed KMS keys: the root of every at-rest control. */
export const KMS_CONTROLS = defineControls([
  {
    id: 'DS-KMS-1',
    title: 'Customer-managed KMS keys rotate automatically',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Every symmetric customer-managed key that protects ePHI has automatic key rotation enabled.',
    ruleIds: ['DermaShield-KmsKeyRotation'],
    configRules: [{ identifier: 'CMK_BACKING_KEY_ROTATION_ENABLED', resourceTypes: ['AWS::KMS::Key'] }],
  },
  {
    id: 'DS-KMS-2',
    title: 'Key rotation period within the practice ceiling',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Automatic rotation happens at least as often as the rotation-period ceiling (365 days unless the practice sets a stricter one).',
    ruleIds: ['DermaShield-KmsRotationPeriod'],
    configRules: [],
    notEvidencedAfterDeployment: 'The AWS::KMS::Key configuration item records whether rotation is on (supplementaryConfiguration.KeyRotationStatus) but not RotationPeriodInDays, so no Config rule can judge the ceiling; only GetKeyRotationStatus shows it.',
  },
  {
    id: 'DS-KMS-3',
    title: 'Key deletion waits the full 30-day window',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.CONTINGENCY_PLAN],
    guidance: 'A key scheduled for deletion stays recoverable for 30 days, so ePHI is never made unreadable by one mistaken call.',
    ruleIds: ['DermaShield-KmsDeletionWindow'],
    configRules: [{ identifier: 'KMS_CMK_NOT_SCHEDULED_FOR_DELETION', resourceTypes: ['AWS::KMS::Key'] }],
  },
  {
    id: 'DS-KMS-10',
    title: 'KMS replica keys trace to a judged primary key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'A multi-Region replica key shares its primary key\'s material and rotation, so its PrimaryKeyArn names a key defined in the app (judged by the KMS rules) or a declared customer-managed key.',
    ruleIds: ['DermaShield-KmsReplicaKeyPrimary'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-KMS-11',
    title: 'Key policies give no wildcard principal decrypt or grant rights',
    citations: [HIPAA.ACCESS_CONTROL, HIPAA.ENCRYPTION_AT_REST],
    guidance: 'No key policy statement allows kms:Decrypt, kms:ReEncrypt*, kms:CreateGrant, kms:* or * to a wildcard principal unless a condition pins it to the account, the organization or a service.',
    ruleIds: ['DermaShield-KmsKeyPolicyWildcardPrincipal'],
    configRules: [{
      identifier: 'KMS_KEY_POLICY_NO_PUBLIC_ACCESS',
      resourceTypes: ['AWS::KMS::Key'],
      caveat: 'The managed rule treats any wildcard principal as public, conditions or not, so it can report keys this control allows (pinned by a condition).',
    }],
  },
]);
