import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readList, readObject } from '../../values';

/**
 * Events that must be sent: AWS Backup reports failed backup and restore jobs only through the *_COMPLETED events
 * (with a status); BACKUP_JOB_FAILED and RESTORE_JOB_FAILED are deprecated and never fire.
 */
export const REQUIRED_VAULT_EVENTS: readonly string[] = ['BACKUP_JOB_COMPLETED', 'COPY_JOB_FAILED', 'RESTORE_JOB_COMPLETED'];

/** DS-BACKUP-6: vault notifications for backup, copy and restore job results. */
export const BackupVaultNotifications = defineRule({
  name: 'BackupVaultNotifications',
  controlId: 'DS-BACKUP-6',
  resourceTypes: ['AWS::Backup::BackupVault'],
  requirement: `Backup vaults must send ${REQUIRED_VAULT_EVENTS.join(', ')} to an SNS topic (Notifications.SNSTopicArn).`,
  explanation: 'A backup that silently fails for weeks is discovered only when a restore is needed. BACKUP_JOB_COMPLETED and '
    + 'RESTORE_JOB_COMPLETED carry the job state (including FAILED); BACKUP_JOB_FAILED and RESTORE_JOB_FAILED are deprecated '
    + 'and do not fire. Use PhiBackupVault, or notificationTopic with those events.',
  evaluate(resource) {
    const n = readObject(resource.properties, 'Notifications');
    if (n.state === 'unverifiable') return unverifiable(`Notifications is ${n.why}`);
    if (n.state === 'absent') return fail('Notifications is not set, so no backup, copy or restore job result is sent anywhere');
    const topic = n.value.SNSTopicArn;
    if (topic === undefined || topic === '') return fail('Notifications.SNSTopicArn is not set');
    const events = readList(n.value, 'BackupVaultEvents');
    if (events.state === 'unverifiable') return unverifiable(`Notifications.BackupVaultEvents is ${events.why}`);
    if (events.state === 'absent') return fail('Notifications.BackupVaultEvents is not set');
    if (events.value.some((e) => typeof e !== 'string')) return unverifiable('Notifications.BackupVaultEvents contains a value decided at deploy time');
    const missing = REQUIRED_VAULT_EVENTS.filter((e) => !events.value.includes(e));
    if (missing.length) return fail(`Notifications.BackupVaultEvents lacks ${missing.join(', ')}`);
    const t = resource.stack.resolve(topic);
    if (t.kind === 'unverifiable') return unverifiable(`Notifications.SNSTopicArn is ${t.why}`);
    return pass();
  },
});
