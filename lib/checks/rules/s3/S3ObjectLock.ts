import { defineRule, fail, notApplicable, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, getPath, isIntrinsic, readBoolean, readList, readNumber, readString } from '../../values';
import { CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE } from '../../../controls/markers';

const MODES = new Set(['GOVERNANCE', 'COMPLIANCE']);

/** Is the bucket marked as holding clinical images? `unknown` when the tags are decided at deploy time. */
export type Mark = { readonly kind: 'yes' } | { readonly kind: 'no' } | { readonly kind: 'unknown'; readonly why: string };

export function marked(properties: Record<string, unknown>): Mark {
  const tags = readList(properties, 'Tags');
  if (tags.state === 'unverifiable') return { kind: 'unknown', why: `Tags is ${tags.why}` };
  if (tags.state === 'absent') return { kind: 'no' };
  let unknownWhy: string | undefined;
  for (const tag of tags.value) {
    if (isIntrinsic(tag)) {
      unknownWhy = `a tag is ${describeIntrinsic(tag)}`;
      continue;
    }
    const key = getPath(tag, 'Key');
    if (isIntrinsic(key)) {
      unknownWhy = `a tag key is ${describeIntrinsic(key)}`;
      continue;
    }
    if (key !== CLINICAL_IMAGE_TAG_KEY) continue;
    const value = readString(tag, 'Value');
    if (value.state === 'unverifiable') return { kind: 'unknown', why: `tag ${CLINICAL_IMAGE_TAG_KEY} is ${value.why}` };
    if (value.state === 'known' && value.value === CLINICAL_IMAGE_TAG_VALUE) return { kind: 'yes' };
  }
  return unknownWhy ? { kind: 'unknown', why: unknownWhy } : { kind: 'no' };
}

/** Judge Object Lock with a default retention rule. */
function lockOutcome(properties: Record<string, unknown>): RuleOutcome {
  const enabled = readBoolean(properties, 'ObjectLockEnabled');
  if (enabled.state === 'unverifiable') return unverifiable(`ObjectLockEnabled is ${enabled.why}`);
  if (enabled.state === 'absent' || !enabled.value) {
    return fail(`ObjectLockEnabled is ${enabled.state === 'absent' ? 'not set' : 'false'}; Object Lock can only be enabled when the bucket is created`);
  }
  const config = readString(properties, 'ObjectLockConfiguration.ObjectLockEnabled');
  if (config.state === 'unverifiable') return unverifiable(`ObjectLockConfiguration.ObjectLockEnabled is ${config.why}`);
  if (config.state === 'absent' || config.value !== 'Enabled') {
    return fail('ObjectLockConfiguration.ObjectLockEnabled is not Enabled, so no default retention applies');
  }
  const rule = 'ObjectLockConfiguration.Rule.DefaultRetention';
  const mode = readString(properties, `${rule}.Mode`);
  const days = readNumber(properties, `${rule}.Days`);
  const years = readNumber(properties, `${rule}.Years`);
  const checks: RuleOutcome[] = [];
  if (mode.state === 'unverifiable') checks.push(unverifiable(`${rule}.Mode is ${mode.why}`));
  else if (mode.state === 'absent') checks.push(fail(`${rule}.Mode is not set, so new object versions are not locked by default`));
  else if (!MODES.has(mode.value)) checks.push(fail(`${rule}.Mode is ${mode.value}, not GOVERNANCE or COMPLIANCE`));
  if (days.state === 'unverifiable') checks.push(unverifiable(`${rule}.Days is ${days.why}`));
  else if (years.state === 'unverifiable') checks.push(unverifiable(`${rule}.Years is ${years.why}`));
  else {
    const period = days.state === 'known' ? days.value : years.state === 'known' ? years.value : undefined;
    if (period === undefined) checks.push(fail(`${rule} sets neither Days nor Years, so new object versions are not locked by default`));
    else if (period < 1) checks.push(fail(`${rule} period is ${period}, not a positive retention`));
  }
  return worst(checks);
}

/** DS-S3-6: buckets marked as holding clinical images have Object Lock with a default retention. */
export const S3ObjectLock = defineRule({
  name: 'S3ObjectLock',
  controlId: 'DS-S3-6',
  resourceTypes: ['AWS::S3::Bucket'],
  requirement: `Buckets tagged ${CLINICAL_IMAGE_TAG_KEY}=${CLINICAL_IMAGE_TAG_VALUE} must have Object Lock enabled with a default `
    + 'retention (Mode GOVERNANCE or COMPLIANCE, and Days or Years).',
  explanation: 'Object Lock makes every version of a clinical image immutable for the retention period, so an altered or '
    + 'deleted image can always be recovered (HIPAA integrity). It can only be enabled when the bucket is created. Use '
    + 'ClinicalImageBucket. GOVERNANCE mode lets principals with s3:BypassGovernanceRetention remove a lock; COMPLIANCE '
    + 'mode lets nobody, including the root user. Buckets without the tag are not judged.',
  evaluate(resource) {
    const mark = marked(resource.properties);
    if (mark.kind === 'no') return notApplicable();
    const lock = lockOutcome(resource.properties);
    if (lock.kind === 'pass') return pass();
    if (mark.kind === 'yes') return lock;
    return unverifiable(`whether the bucket holds clinical images cannot be told (${mark.why}), and ${lock.kind === 'fail' || lock.kind === 'unverifiable' ? lock.reason : 'Object Lock is not verified'}`);
  },
});
