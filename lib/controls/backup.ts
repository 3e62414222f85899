import { HIPAA } from './citations';
import { defineControls, RuleBlindSpot } from './types';

/**
 * AWS Backup: "encrypt all backups, store backup keys separately, test restores regularly".
 * Implemented by PhiBackupVault; enforced by the `Backup*` rules.
 */
export const BACKUP_CONTROLS = defineControls([
  {
    id: 'DS-BACKUP-1',
    title: 'Backup vaults encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.DATA_BACKUP, HIPAA.MEDIA_BACKUP],
    guidance: 'Every backup vault that holds ePHI recovery points names a customer-managed KMS key (EncryptionKeyArn); the aws/backup default is not enough.',
    ruleIds: ['DermaShield-BackupVaultCustomerManagedKey', 'DermaShield-BackupAirGappedVaultCustomerManagedKey'],
    configRules: [{
      identifier: 'BACKUP_RECOVERY_POINT_ENCRYPTED',
      resourceTypes: ['AWS::Backup::RecoveryPoint'],
      caveat: 'Only proves recovery points are encrypted; it cannot tell the vault CMK from aws/backup. The evidence CLI must read the vault EncryptionKeyArn.',
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::Backup::BackupVault', attribute: 'configuration.EncryptionKeyArn' },
    }],
  },
  {
    id: 'DS-BACKUP-2',
    title: 'Backup vaults protected by AWS Backup Vault Lock',
    citations: [HIPAA.DATA_BACKUP, HIPAA.CONTINGENCY_PLAN, HIPAA.INTEGRITY],
    guidance: 'Every backup vault has a Vault Lock (minimum retention, governance or compliance mode), so recovery points cannot be deleted or shortened before their retention ends.',
    ruleIds: ['DermaShield-BackupVaultLock'],
    configRules: [
      {
        identifier: 'RDS_RESOURCES_PROTECTED_BY_BACKUP_PLAN',
        parameters: { backupVaultLockCheck: 'True' },
        resourceTypes: ['AWS::RDS::DBInstance'],
        caveat: 'Evidences the lock per protected DB instance (backed up into a locked vault), not per vault.',
      },
      {
        identifier: 'S3_RESOURCES_PROTECTED_BY_BACKUP_PLAN',
        parameters: { backupVaultLockCheck: 'True' },
        resourceTypes: ['AWS::S3::Bucket'],
        caveat: 'Evidences the lock per protected bucket (backed up into a locked vault), not per vault.',
      },
    ],
  },
  {
    id: 'DS-BACKUP-3',
    title: 'Backup vault key separate from the keys of the data it protects',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.DATA_BACKUP, HIPAA.DISASTER_RECOVERY],
    guidance: 'A backup vault is never encrypted with the key of a resource it backs up, so one key compromise or scheduled deletion cannot reach both the data and its backups.',
    ruleIds: ['DermaShield-BackupVaultKeySeparation'],
    configRules: [],
    notEvidencedAfterDeployment: 'Key separation compares the vault EncryptionKeyArn with the keys of the resources it protects: a custom policy rule sees one configuration item at a time, so no Config rule can judge it (the evidence CLI could, by joining recorded items).',
  },
  {
    id: 'DS-BACKUP-4',
    title: 'Backup plans keep recovery points at least 35 days',
    citations: [HIPAA.DATA_BACKUP, HIPAA.DISASTER_RECOVERY],
    guidance: 'Every backup plan rule and copy action that expires recovery points keeps them at least 35 days.',
    ruleIds: ['DermaShield-BackupPlanMinimumRetention'],
    configRules: [
      {
        identifier: 'BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK',
        parameters: { requiredFrequencyValue: '1', requiredRetentionDays: '35', requiredFrequencyUnit: 'days' },
        resourceTypes: ['AWS::Backup::BackupPlan'],
        caveat: 'Passes when ONE rule of the plan meets the retention; the DermaShield rule requires every rule and copy action to.',
      },
      {
        identifier: 'BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK',
        parameters: { requiredRetentionDays: '35' },
        resourceTypes: ['AWS::Backup::RecoveryPoint'],
      },
    ],
    guardPolicy: { resourceTypes: ['AWS::Backup::BackupPlan'], decidesManagedRuleCaveat: true },
  },
  {
    id: 'DS-BACKUP-5',
    title: 'Backups restore-tested on a schedule',
    citations: [HIPAA.CONTINGENCY_TESTING, HIPAA.DISASTER_RECOVERY],
    guidance: 'Every vault a backup plan writes to is covered by an AWS Backup restore testing plan with a selection for each protected resource type.',
    ruleIds: ['DermaShield-BackupRestoreTesting'],
    configRules: [],
    notEvidencedAfterDeployment: 'Coverage compares each vault a plan writes to with the restore testing plans and selections: that needs several configuration items at once, and AWS::Backup::RestoreTestingPlan is not a resource type in the AWS Config resource schema (awslabs/aws-config-resource-schema) or in aws-cdk-lib 2.276 config.ResourceType.',
  },
  {
    id: 'DS-BACKUP-6',
    title: 'Backup, copy and restore job results notified',
    citations: [HIPAA.INCIDENT_RESPONSE, HIPAA.DATA_BACKUP],
    guidance: 'Every backup vault sends backup, copy and restore job events to an SNS topic, so a failed backup or restore is seen the day it happens.',
    ruleIds: ['DermaShield-BackupVaultNotifications'],
    configRules: [],
    guardPolicy: { resourceTypes: ['AWS::Backup::BackupVault'] },
  },
]);
