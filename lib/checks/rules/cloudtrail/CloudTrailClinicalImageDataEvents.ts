import { CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE } from '../../../controls/markers';
import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { marked } from '../s3/S3ObjectLock';
import { Coverage, recordsDataEventsFor } from './trail-selectors';

/** DS-TRAIL-11: S3 data events of clinical-image buckets are recorded by a trail of the app. */
export const CloudTrailClinicalImageDataEvents = defineRule({
  name: 'CloudTrailClinicalImageDataEvents',
  controlId: 'DS-TRAIL-11',
  resourceTypes: ['AWS::S3::Bucket'],
  requirement: `Every bucket tagged ${CLINICAL_IMAGE_TAG_KEY}=${CLINICAL_IMAGE_TAG_VALUE} must have its S3 data events (read and `
    + 'write) recorded by a trail of the app (event selectors or advanced event selectors naming the bucket, or every bucket).',
  explanation: 'Management events do not show who read or overwrote an image: only S3 data events do, and trails record '
    + 'none by default. Pass the bucket in PhiAuditTrail\'s imageBuckets, or add a data event selector for '
    + '<bucket-arn>/ with ReadWriteType All. A trail outside the app cannot be seen: acknowledge with its name.',
  evaluate(resource) {
    const mark = marked(resource.properties);
    if (mark.kind === 'no') return notApplicable();
    if (mark.kind === 'unknown') return unverifiable(mark.why);
    const verdicts: Coverage[] = resource.stack.app.ofType('AWS::CloudTrail::Trail').map((t) => recordsDataEventsFor(t, resource));
    if (verdicts.some((v) => v.kind === 'yes')) return pass();
    const unknown = verdicts.find((v): v is Extract<Coverage, { kind: 'unknown' }> => v.kind === 'unknown');
    if (unknown) return unverifiable(unknown.why);
    if (verdicts.length === 0) return fail('no trail in this app records S3 data events, so reads and overwrites of the images leave no audit record');
    return fail(`no trail of the app records the bucket's S3 data events (read and write): ${verdicts.map((v) => (v.kind === 'no' ? v.why : '')).join('; ')}`);
  },
});
