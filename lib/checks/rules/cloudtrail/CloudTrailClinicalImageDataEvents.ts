import { CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE } from '../../../controls/markers';
import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { marked } from '../s3/S3ObjectLock';
import { Coverage, recordsDataEventsFor } from './trail-selectors';

/** DS-TRAIL-11: S3 data events of clinical-image buckets are recorded by a trail of the app. */
export const CloudTrailClinicalImageDataEvents = defineRule({
  name: 'CloudTrailClinicalImageDataEvents',
  controlId: 'DS-TRAIL-11',
  resourceTypes: ['AWS::S3::Bucket'],
  requirement: `In an app that sets up CloudTrail trails, every bucket tagged ${CLINICAL_IMAGE_TAG_KEY}=${CLINICAL_IMAGE_TAG_VALUE} `
    + 'must have its S3 data events (read and write) recorded by one of them (event selectors or advanced event selectors '
    + 'naming the bucket, or every bucket).',
  explanation: 'Management events do not show who read or overwrote an image: only S3 data events do, and trails record '
    + 'none by default. Pass the bucket in PhiAuditTrail\'s imageBuckets, or add a data event selector for '
    + '<bucket-arn>/ with ReadWriteType All. An app with no trail of its own is not judged (its trail lives elsewhere).',
  evaluate(resource) {
    const mark = marked(resource.properties);
    if (mark.kind === 'no') return notApplicable();
    if (mark.kind === 'unknown') return unverifiable(mark.why);
    const verdicts: Coverage[] = resource.stack.app.ofType('AWS::CloudTrail::Trail').map((t) => recordsDataEventsFor(t, resource));
    if (verdicts.some((v) => v.kind === 'yes')) return pass();
    const unknown = verdicts.find((v): v is Extract<Coverage, { kind: 'unknown' }> => v.kind === 'unknown');
    if (unknown) return unverifiable(unknown.why);
    // An app that sets up no trail leaves auditing to a trail elsewhere (an organization trail), which synth cannot see.
    if (verdicts.length === 0) return notApplicable();
    return fail(`no trail of the app records the bucket's S3 data events (read and write): ${verdicts.map((v) => (v.kind === 'no' ? v.why : '')).join('; ')}`);
  },
});
