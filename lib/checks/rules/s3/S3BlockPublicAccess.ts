import { defineRule, fail, requireTrue, unverifiable, worst } from '../../rule';
import { readBoolean, readObject } from '../../values';

/** The four Block Public Access settings; each defaults to false inside a declared configuration. */
const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

/** DS-S3-4: all four Block Public Access settings declared true. */
export const S3BlockPublicAccess = defineRule({
  name: 'S3BlockPublicAccess',
  controlId: 'DS-S3-4',
  resourceTypes: ['AWS::S3::Bucket'],
  requirement: 'Buckets must declare PublicAccessBlockConfiguration with BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls '
    + 'and RestrictPublicBuckets all true.',
  explanation: 'Block Public Access is the guard that stops an ACL or a bucket policy from exposing ePHI to the internet. '
    + 'S3 turns it on for new buckets, but a template that does not declare it does not pin it: it can be switched off '
    + 'outside the template, and removing the property from an existing bucket removes the block. Use ClinicalImageBucket, '
    + 'or blockPublicAccess: BlockPublicAccess.BLOCK_ALL on s3.Bucket.',
  evaluate(resource) {
    const config = readObject(resource.properties, 'PublicAccessBlockConfiguration');
    if (config.state === 'unverifiable') return unverifiable(`PublicAccessBlockConfiguration is ${config.why}`);
    if (config.state === 'absent') {
      return fail('PublicAccessBlockConfiguration is not declared, so Block Public Access is not pinned by the template');
    }
    return worst(SETTINGS.map((s) => requireTrue(readBoolean(config.value, s), `PublicAccessBlockConfiguration.${s}`, false)));
  },
});
