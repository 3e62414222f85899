import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { readBoolean, readNumber, readString } from '../../values';

/** AWS rotates every 365 days when `RotationPeriodInDays` is omitted. */
const AWS_DEFAULT_ROTATION_DAYS = 365;

/** DS-KMS-2: the rotation period is at or below the practice's ceiling. */
export const KmsRotationPeriod = defineRule({
  name: 'KmsRotationPeriod',
  controlId: 'DS-KMS-2',
  resourceTypes: ['AWS::KMS::Key'],
  requirement: 'KMS key RotationPeriodInDays must be at or below the pack ceiling (maxRotationPeriodDays, 365 by default).',
  explanation: 'A rotation period longer than the ceiling lets one key version protect ePHI for too long. '
    + 'Lower rotationPeriod on the key, or raise the ceiling only within the practice policy.',
  evaluate(resource, context) {
    const spec = readString(resource.properties, 'KeySpec');
    if (spec.state === 'known' && spec.value !== 'SYMMETRIC_DEFAULT') return notApplicable();
    // With rotation off the period is moot; KmsKeyRotation reports that.
    const rotation = readBoolean(resource.properties, 'EnableKeyRotation');
    if (rotation.state !== 'known' || !rotation.value) return notApplicable();
    const ceiling = context.options.maxRotationPeriodDays;
    const period = readNumber(resource.properties, 'RotationPeriodInDays');
    if (period.state === 'unverifiable') return unverifiable(`RotationPeriodInDays is ${period.why}`);
    const days = period.state === 'absent' ? AWS_DEFAULT_ROTATION_DAYS : period.value;
    if (days <= ceiling) return pass();
    return fail(`RotationPeriodInDays is ${days}${period.state === 'absent' ? ' (the AWS default)' : ''}, above the ceiling of ${ceiling}`);
  },
});
