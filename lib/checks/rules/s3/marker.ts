/**
 * How a bucket is marked as holding clinical images: a resource tag on the `AWS::S3::Bucket`.
 *
 * A tag is visible in the effective template, so a bucket defined by `new s3.Bucket`, a raw `CfnResource`, or a
 * `CfnInclude`d template can be marked the same way (`Tags.of(bucket).add(CLINICAL_IMAGE_TAG_KEY,
 * CLINICAL_IMAGE_TAG_VALUE)`). `ClinicalImageBucket` marks its own bucket. Re-exported from
 * `lib/storage/clinical-image-bucket.ts`.
 */
export const CLINICAL_IMAGE_TAG_KEY = 'dermashield:data-class';

/** The tag value that marks a bucket as holding clinical images (see {@link CLINICAL_IMAGE_TAG_KEY}). */
export const CLINICAL_IMAGE_TAG_VALUE = 'clinical-images';
