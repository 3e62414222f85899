import { DermaShieldRule } from '../../rule';
import { BackupPlanMinimumRetention } from './BackupPlanMinimumRetention';
import { BackupRestoreTesting } from './BackupRestoreTesting';
import { BackupVaultCustomerManagedKey } from './BackupVaultCustomerManagedKey';
import { BackupVaultKeySeparation } from './BackupVaultKeySeparation';
import { BackupVaultLock } from './BackupVaultLock';
import { BackupVaultNotifications } from './BackupVaultNotifications';

export {
  BackupPlanMinimumRetention, BackupRestoreTesting, BackupVaultCustomerManagedKey, BackupVaultKeySeparation,
  BackupVaultLock, BackupVaultNotifications,
};

/** Rules for AWS Backup (DS-BACKUP-1..6), one file each. */
export const BACKUP_RULES: readonly DermaShieldRule[] = [
  BackupVaultCustomerManagedKey,
  BackupVaultLock,
  BackupVaultKeySeparation,
  BackupPlanMinimumRetention,
  BackupRestoreTesting,
  BackupVaultNotifications,
];
