import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readNumber, readObject } from '../../values';

/** DS-BACKUP-2: backup vaults have an AWS Backup Vault Lock. */
export const BackupVaultLock = defineRule({
  name: 'BackupVaultLock',
  controlId: 'DS-BACKUP-2',
  resourceTypes: ['AWS::Backup::BackupVault'],
  requirement: 'Backup vaults must have a Vault Lock (LockConfiguration with MinRetentionDays of at least 1, and MaxRetentionDays, if set, not below it).',
  explanation: 'Without Vault Lock anyone with backup:DeleteRecoveryPoint (or a compromised admin, or ransomware) can delete '
    + 'every backup of the ePHI. Use PhiBackupVault (governance mode by default; compliance mode with changeableFor), or set '
    + 'lockConfiguration on the vault.',
  evaluate(resource) {
    const lock = readObject(resource.properties, 'LockConfiguration');
    if (lock.state === 'unverifiable') return unverifiable(`LockConfiguration is ${lock.why}`);
    if (lock.state === 'absent') return fail('LockConfiguration is not set, so the vault has no Vault Lock');
    const min = readNumber(lock.value, 'MinRetentionDays');
    if (min.state === 'unverifiable') return unverifiable(`LockConfiguration.MinRetentionDays is ${min.why}`);
    if (min.state === 'absent') return fail('LockConfiguration.MinRetentionDays is not set');
    if (min.value < 1) return fail(`LockConfiguration.MinRetentionDays is ${min.value}, below 1`);
    const max = readNumber(lock.value, 'MaxRetentionDays');
    if (max.state === 'unverifiable') return unverifiable(`LockConfiguration.MaxRetentionDays is ${max.why}`);
    if (max.state === 'known' && max.value < min.value) {
      return fail(`LockConfiguration.MaxRetentionDays ${max.value} is below MinRetentionDays ${min.value}`);
    }
    const changeable = readNumber(lock.value, 'ChangeableForDays');
    if (changeable.state === 'unverifiable') return unverifiable(`LockConfiguration.ChangeableForDays is ${changeable.why}`);
    if (changeable.state === 'known' && changeable.value < 3) {
      return fail(`LockConfiguration.ChangeableForDays is ${changeable.value}; AWS Backup requires at least 3 (the 72-hour cooling-off period)`);
    }
    return pass();
  },
});
