import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeRule } from '../checks/acknowledge';

/** Options for {@link createLogDeliveryBucket}. */
export interface LogDeliveryBucketOptions {
  /**
   * Why this bucket cannot use a customer-managed key: which AWS log delivery only writes to SSE-S3 buckets. Becomes
   * the acknowledgement of `DermaShield-S3CustomerManagedKey`.
   */
  readonly sseS3Reason: string;
  /**
   * Lowest TLS version a request may use.
   * @default 1.2
   */
  readonly minimumTlsVersion?: number;
  /**
   * When log objects expire.
   * @default - never
   */
  readonly expiration?: Duration;
  /**
   * When noncurrent versions of log objects expire.
   * @default - the same as `expiration`, or never
   */
  readonly noncurrentVersionExpiration?: Duration;
}

/**
 * A bucket that receives AWS log delivery (S3 server access logs, ELB access logs), which supports only SSE-S3
 * targets (an AWS limit). Everything else is at the floor: TLS-only with a TLS floor, Block Public Access, ACLs off,
 * versioned, retained; the SSE-S3 finding is acknowledged on the bucket with the given reason. The construct id is
 * the bucket's own, so callers keep their paths.
 */
export function createLogDeliveryBucket(scope: Construct, id: string, options: LogDeliveryBucketOptions): s3.Bucket {
  const expiration = options.expiration;
  const noncurrent = options.noncurrentVersionExpiration ?? expiration;
  const bucket = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: options.minimumTlsVersion ?? 1.2,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    lifecycleRules: expiration || noncurrent
      ? [{ id: 'ExpireAccessLogs', expiration, noncurrentVersionExpiration: noncurrent }]
      : undefined,
  });
  acknowledgeRule(bucket, 'S3CustomerManagedKey', options.sseS3Reason);
  return bucket;
}
