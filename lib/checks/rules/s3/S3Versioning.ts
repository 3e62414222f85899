import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readBoolean, readString } from '../../values';

/** DS-S3-5: versioning enabled. */
export const S3Versioning = defineRule({
  name: 'S3Versioning',
  controlId: 'DS-S3-5',
  resourceTypes: ['AWS::S3::Bucket'],
  requirement: 'Buckets must have versioning enabled (VersioningConfiguration.Status: Enabled).',
  explanation: 'Without versions, an overwrite or a delete destroys ePHI for good. Use ClinicalImageBucket, or versioned: true on '
    + 's3.Bucket. A bucket created with Object Lock (ObjectLockEnabled: true) is always versioned.',
  evaluate(resource) {
    const status = readString(resource.properties, 'VersioningConfiguration.Status');
    if (status.state === 'known' && status.value === 'Enabled') return pass();
    // Object Lock enabled at creation turns versioning on for good; S3 rejects suspending it.
    const lock = readBoolean(resource.properties, 'ObjectLockEnabled');
    if (lock.state === 'known' && lock.value && status.state === 'absent') return pass();
    if (status.state === 'unverifiable') return unverifiable(`VersioningConfiguration.Status is ${status.why}`);
    if (status.state === 'absent') return fail('VersioningConfiguration is not set, so the bucket is unversioned');
    return fail(`VersioningConfiguration.Status is ${status.value}, not Enabled`);
  },
});
