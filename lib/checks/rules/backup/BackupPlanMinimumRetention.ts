import { defineRule, fail, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, readList, readNumber, readObject } from '../../values';
import { planRules } from './helpers';

/** The shortest retention allowed, in days (the AWS Config rule's default requiredRetentionDays). */
export const MIN_BACKUP_RETENTION_DAYS = 35;

/** DS-BACKUP-4: every plan rule and copy action keeps recovery points at least 35 days. */
export const BackupPlanMinimumRetention = defineRule({
  name: 'BackupPlanMinimumRetention',
  controlId: 'DS-BACKUP-4',
  resourceTypes: ['AWS::Backup::BackupPlan'],
  requirement: `Every backup plan rule and copy action must keep recovery points at least ${MIN_BACKUP_RETENTION_DAYS} days (Lifecycle.DeleteAfterDays; an absent lifecycle keeps them until deleted).`,
  explanation: 'A short retention lets a corruption or ransomware event outlive every clean backup. Keep daily backups '
    + `${MIN_BACKUP_RETENTION_DAYS} days or more (PhiBackupVault does, plus monthly backups for 7 years).`,
  evaluate(resource) {
    const rules = planRules(resource);
    if ('why' in rules) return unverifiable(rules.why);
    const outcomes: RuleOutcome[] = [];
    for (const { index, rule } of rules.rules) {
      const name = typeof getPath(rule, 'RuleName') === 'string' ? `rule '${getPath(rule, 'RuleName')}'` : `rule ${index}`;
      outcomes.push(judgeLifecycle(rule, `${name} Lifecycle`));
      const copies = readList(rule, 'CopyActions');
      if (copies.state === 'unverifiable') outcomes.push(unverifiable(`${name} CopyActions is ${copies.why}`));
      if (copies.state === 'known') {
        copies.value.forEach((c, i) => outcomes.push(judgeLifecycle(c, `${name} CopyActions.${i}.Lifecycle`)));
      }
    }
    return worst(outcomes);
  },
});

function judgeLifecycle(holder: unknown, what: string): RuleOutcome {
  const lifecycle = readObject(holder, 'Lifecycle');
  if (lifecycle.state === 'unverifiable') return unverifiable(`${what} is ${lifecycle.why}`);
  if (lifecycle.state === 'absent') return pass();
  const days = readNumber(lifecycle.value, 'DeleteAfterDays');
  if (days.state === 'unverifiable') return unverifiable(`${what}.DeleteAfterDays is ${days.why}`);
  if (days.state === 'absent' || days.value >= MIN_BACKUP_RETENTION_DAYS) return pass();
  return fail(`${what}.DeleteAfterDays is ${days.value}, below ${MIN_BACKUP_RETENTION_DAYS}`);
}
