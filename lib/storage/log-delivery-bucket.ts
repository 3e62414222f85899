import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeRule } from '../checks/acknowledge';

/** How long incomplete multipart uploads to a log bucket are kept before S3 aborts them. */
const ABORT_INCOMPLETE_UPLOADS_DAYS = 7;

/** Options for {@link createLogDeliveryBucket}. */
export interface LogDeliveryBucketOptions {
  /**
   * Why this bucket cannot use a customer-managed key: which AWS log delivery only writes to SSE-S3 buckets. Becomes
   * the acknowledgement of `DermaShield-S3CustomerManagedKey` and of the other packs' KMS-encryption rules.
   */
  readonly sseS3Reason: string;
  /**
   * Lowest TLS version a request may use.
   * @default 1.2
   */
  readonly minimumTlsVersion?: number;
  /** When log objects expire (the lifecycle rule that Control Tower's CT.S3.PR.3/CT.S3.PR.6 require). */
  readonly expiration: Duration;
  /**
   * When noncurrent versions of log objects expire.
   * @default - the same as `expiration`
   */
  readonly noncurrentVersionExpiration?: Duration;
}

/** The acknowledgement namespaces (`<plugin>::<rule prefix>`) of the packs a log bucket is judged by. */
const HIPAA = 'HIPAA.Security::HIPAA.Security';
const NIST = 'NIST.800.53.R5::NIST.800.53.R5';
const AWS_SOLUTIONS = 'AwsSolutions::AwsSolutions';
/** aws-cdk-lib namespaces a plugin's rules by the plugin's name: `cdk-validator-cfnguard` for the Control Tower rules. */
const CONTROL_TOWER = 'cdk-validator-cfnguard';

/** Why a log bucket does not log its own access. */
export const LOG_BUCKET_NOT_LOGGED_REASON = 'This bucket is itself a log-delivery target: logging it to itself would log every log delivery '
  + '(a loop that AWS advises against) and logging it elsewhere needs yet another SSE-S3 log bucket. Only the log-delivery service '
  + 'principals may write to it (bucket policy), and its bucket-level API calls are recorded by CloudTrail.';

/** Why a log bucket is not replicated. */
export const LOG_BUCKET_NOT_REPLICATED_REASON = 'Access logs are request metadata for investigations, not ePHI records: the bucket is '
  + 'versioned, has Object Lock on and is retained on stack deletion; the authoritative audit record is the multi-Region CloudTrail '
  + 'trail (PhiAuditTrail). Replication would need an SSE-S3 bucket in a second Region outside the stack.';

/**
 * A bucket that receives AWS log delivery (S3 server access logs, ELB access logs), which supports only SSE-S3
 * targets (an AWS limit). Everything else is at the floor: TLS-only with a TLS floor, Block Public Access, ACLs off,
 * versioned, S3 Object Lock enabled (no default retention: S3 server access log delivery does not accept a target with
 * one; the lifecycle rule sets the log life), lifecycle expiration and incomplete-upload abort, EventBridge
 * notifications, retained.
 *
 * What it cannot have, and acknowledges on the bucket with the reason: a KMS key (`sseS3Reason`), its own access logging
 * ({@link LOG_BUCKET_NOT_LOGGED_REASON}) and replication ({@link LOG_BUCKET_NOT_REPLICATED_REASON}), for DermaShield,
 * cdk-nag's HIPAA Security, NIST 800-53 R5 and AWS Solutions packs and AWS Control Tower's proactive controls.
 * The construct id is the bucket's own, so callers keep their paths.
 */
export function createLogDeliveryBucket(scope: Construct, id: string, options: LogDeliveryBucketOptions): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: options.minimumTlsVersion ?? 1.2,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    // Object Lock on, without a default retention (S3 server access logging rejects targets that have one).
    objectLockEnabled: true,
    removalPolicy: RemovalPolicy.RETAIN,
    lifecycleRules: [{
      id: 'ExpireAccessLogs',
      expiration: options.expiration,
      noncurrentVersionExpiration: options.noncurrentVersionExpiration ?? options.expiration,
      abortIncompleteMultipartUploadAfter: Duration.days(ABORT_INCOMPLETE_UPLOADS_DAYS),
    }],
  });
  // EventBridge through the native CloudFormation property (aws-cdk-lib's eventBridgeEnabled adds a Lambda-backed
  // custom resource instead): log objects can be routed to a SIEM or an alarm without polling.
  (bucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };

  acknowledgeRule(bucket, 'S3CustomerManagedKey', options.sseS3Reason);
  const ack = (ids: string[], reason: string) => Validations.of(bucket).acknowledge(...ids.map((i) => ({ id: i, reason })));
  ack([`${HIPAA}-S3DefaultEncryptionKMS`, `${NIST}-S3DefaultEncryptionKMS`, `${CONTROL_TOWER}::s3_bucket_default_encryption_kms_check`],
    options.sseS3Reason);
  ack([`${HIPAA}-S3BucketLoggingEnabled`, `${NIST}-S3BucketLoggingEnabled`, `${AWS_SOLUTIONS}-S1`,
    `${CONTROL_TOWER}::s3_bucket_logging_enabled_check`], LOG_BUCKET_NOT_LOGGED_REASON);
  ack([`${HIPAA}-S3BucketReplicationEnabled`, `${NIST}-S3BucketReplicationEnabled`], LOG_BUCKET_NOT_REPLICATED_REASON);
  return bucket;
}
