import { TableEntry } from './entry';

/** AWS Backup vaults beyond the standard vault (control DS-BACKUP-1). */
export const BACKUP_ENTRIES: readonly TableEntry[] = [
  {
    name: 'BackupAirGappedVaultCustomerManagedKey',
    controlId: 'DS-BACKUP-1',
    resourceTypes: ['AWS::Backup::LogicallyAirGappedBackupVault'],
    requirement: 'Logically air-gapped backup vaults must name a customer-managed KMS key (EncryptionKeyArn).',
    fix: 'Without EncryptionKeyArn the vault encrypts its recovery points with an AWS-owned key the practice cannot control '
      + 'or audit. Set EncryptionKeyArn to a PhiKey kept for backups (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionKeyArn' }],
  },
];
