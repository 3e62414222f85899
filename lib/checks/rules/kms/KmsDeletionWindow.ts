import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readNumber } from '../../values';

/** The longest (and safest) waiting period KMS allows, and its default. */
const REQUIRED_WINDOW_DAYS = 30;

/** DS-KMS-3: a deleted key stays recoverable for 30 days. */
export const KmsDeletionWindow = defineRule({
  name: 'KmsDeletionWindow',
  controlId: 'DS-KMS-3',
  resourceTypes: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'],
  requirement: 'KMS key PendingWindowInDays must be 30 (the maximum), so a scheduled deletion can be cancelled.',
  explanation: 'Deleting a key makes every object encrypted under it unreadable forever. Keep the 30-day window '
    + '(PhiKey does) so an alarm on ScheduleKeyDeletion can be acted on.',
  evaluate(resource) {
    const window = readNumber(resource.properties, 'PendingWindowInDays');
    if (window.state === 'unverifiable') return unverifiable(`PendingWindowInDays is ${window.why}`);
    if (window.state === 'absent' || window.value >= REQUIRED_WINDOW_DAYS) return pass();
    return fail(`PendingWindowInDays is ${window.value}, below ${REQUIRED_WINDOW_DAYS}`);
  },
});
