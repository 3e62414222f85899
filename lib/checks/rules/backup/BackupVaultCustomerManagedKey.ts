import { defineRule, requireCustomerManagedKey } from '../../rule';

/** DS-BACKUP-1: backup vaults are encrypted with a customer-managed key. */
export const BackupVaultCustomerManagedKey = defineRule({
  name: 'BackupVaultCustomerManagedKey',
  controlId: 'DS-BACKUP-1',
  resourceTypes: ['AWS::Backup::BackupVault'],
  requirement: 'Backup vaults must name a customer-managed KMS key in EncryptionKeyArn; without it AWS Backup uses the AWS-managed aws/backup key.',
  explanation: 'Recovery points of fully managed resource types (S3, EFS, DynamoDB advanced backups...) are encrypted with the vault key. '
    + 'aws/backup cannot be restricted, audited per practice or kept separate from other workloads. Use PhiBackupVault, or '
    + 'encryptionKey: a PhiKey for the backup domain.',
  evaluate(resource, context) {
    return requireCustomerManagedKey(resource, context, resource.properties.EncryptionKeyArn, 'EncryptionKeyArn');
  },
});
