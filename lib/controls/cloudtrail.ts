import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** CloudTrail: the audit record of every access to ePHI (S3 data events on clinical images, KMS decrypts). */
export const CLOUDTRAIL_CONTROLS = defineControls([
  {
    id: 'DS-TRAIL-1',
    title: 'CloudTrail logs encrypted with a customer-managed key',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Trails (and CloudTrail Lake event data stores) encrypt their log files with a customer-managed KMS key, so reading the audit record is itself a logged, key-policy-controlled act.',
    ruleIds: ['DermaShield-CloudTrailCustomerManagedKey'],
    configRules: [
      {
        identifier: 'CLOUD_TRAIL_ENCRYPTION_ENABLED',
        caveat: 'Periodic and account-wide: it passes when any KMS key is set; the evidence CLI joins the trail KmsKeyId to the key and its KeyManager.',
      },
    ],
  },
  {
    id: 'DS-TRAIL-2',
    title: 'CloudTrail log file validation enabled',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.INTEGRITY, HIPAA.INTEGRITY_AUTHENTICATION],
    guidance: 'Trails deliver signed digest files so any change to or deletion of an audit log file can be proven.',
    ruleIds: ['DermaShield-CloudTrailLogFileValidation'],
    configRules: [{ identifier: 'CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED' }],
  },
  {
    id: 'DS-TRAIL-3',
    title: 'CloudTrail logging in every Region',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.ACTIVITY_REVIEW],
    guidance: 'Trails are logging and multi-Region, so no access to ePHI or its keys goes unrecorded in any Region.',
    ruleIds: ['DermaShield-CloudTrailLogging'],
    configRules: [{ identifier: 'MULTI_REGION_CLOUD_TRAIL_ENABLED' }],
  },
  {
    id: 'DS-TRAIL-10',
    title: 'KMS and all management events recorded',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.ACTIVITY_REVIEW],
    guidance: 'Some trail of the app records all management events, read and write, without excluding kms.amazonaws.com, so every use of a PHI key is on record.',
    ruleIds: ['DermaShield-CloudTrailManagementEvents'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-TRAIL-11',
    title: 'S3 data events recorded for clinical-image buckets',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.ACTIVITY_REVIEW],
    guidance: 'Every bucket tagged as holding clinical images has its object-level reads and writes recorded by a trail of the app.',
    ruleIds: ['DermaShield-CloudTrailClinicalImageDataEvents'],
    configRules: [{ identifier: 'CLOUDTRAIL_S3_DATAEVENTS_ENABLED' }],
  },
]);
