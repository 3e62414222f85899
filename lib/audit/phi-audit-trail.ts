import { Duration, Names, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { createLogDeliveryBucket } from '../storage/log-delivery-bucket';
import { DermaShieldError } from '../errors';
import { requireCustomerManagedKey, requireLogRetention, requireReason, requireWholeDays } from '../validation';
import { allowCloudWatchLogs } from '../keys/key-policy';
import { PhiKey } from '../keys/phi-key';

/** HIPAA keeps documentation six years (45 CFR 164.316(b)(2)(i)): the default Object Lock retention of audit logs. */
export const DEFAULT_AUDIT_LOG_RETENTION_DAYS = 6 * 365;

/** The shortest Object Lock retention and CloudWatch Logs retention PhiAuditTrail accepts. */
export const MIN_AUDIT_LOG_RETENTION_DAYS = 365;

/** CloudTrail's limit of data resources across a trail's event selectors. */
const MAX_DATA_RESOURCES = 250;

/** Properties of a {@link PhiAuditTrail}. */
export interface PhiAuditTrailProps {
  /**
   * The clinical image buckets whose object-level access (read and write S3 data events) the trail records, so
   * every view, upload and delete of a photo is in the audit record. At most 250.
   * @default - none: the trail records management events only
   */
  readonly imageBuckets?: s3.IBucket[];
  /**
   * The customer-managed key that encrypts the log files, the log bucket and the CloudWatch Logs copy: any `kms.IKey`,
   * a `PhiKey` included. Its policy is extended to let CloudTrail (this trail only) and CloudWatch Logs use it; an
   * imported key's policy must already allow both.
   * @default - a new PhiKey for the `audit` domain
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Name of the trail.
   * @default - a name unique to this construct's path
   */
  readonly trailName?: string;
  /**
   * Default Object Lock retention of every log file in the log bucket: 365 days or longer.
   * @default Duration.days(2190) (six years, the HIPAA documentation retention)
   */
  readonly objectLockRetention?: Duration;
  /**
   * When log files (and their noncurrent versions) expire from the log bucket, and when the access records of the log
   * bucket expire. At least `objectLockRetention`.
   * @default - the Object Lock retention (six years by default)
   */
  readonly logFileExpiration?: Duration;
  /**
   * Object Lock mode. `COMPLIANCE` means nobody, not even the account root, can delete a log file before its
   * retention ends; `GOVERNANCE` lets principals with `s3:BypassGovernanceRetention` do so (and that call is logged).
   * @default s3.ObjectLockMode.GOVERNANCE
   */
  readonly objectLockMode?: s3.ObjectLockMode;
  /**
   * Retention of the CloudWatch Logs copy of the trail (used for metric filters and alarms): one year or longer.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly cloudWatchLogsRetention?: logs.RetentionDays;
  /**
   * Why the log buckets are not replicated to another Region. Recorded as the acknowledgement of cdk-nag's
   * `HIPAA.Security-S3BucketReplicationEnabled`.
   * @default - Object Lock, versioning and RETAIN protect the records in place, and the CloudWatch Logs copy is a second store
   */
  readonly replicationReason?: string;
}

/**
 * The audit trail for ePHI: a multi-Region CloudTrail trail, encrypted with a customer-managed key, with log file
 * validation, a CloudWatch Logs copy and S3 data events (read and write) for the clinical image buckets.
 *
 * Default settings: multi-Region, global service events, all management events, data events for every bucket in
 * `imageBuckets`; log files encrypted with an `audit` PhiKey (CloudTrail may use it only for this trail, by
 * `aws:SourceArn`); signed digest files; a log bucket with SSE-KMS (same key, S3 Bucket Key), versioning, Object Lock
 * (GOVERNANCE, six years), a lifecycle rule that expires log files and noncurrent versions when the lock ends (never
 * sooner), EventBridge notifications, Block Public Access, bucket-owner-enforced ownership, TLS 1.2+ only, server access
 * logging, retained on stack deletion; a CMK-encrypted CloudWatch Logs group kept one year and retained; the
 * CloudWatch Logs delivery role's permissions in a customer-managed policy.
 *
 * What you cannot change: multi-Region, encryption, log file validation, CloudWatch Logs delivery, Object Lock,
 * retention below one year, the log buckets' removal policy.
 *
 * Acknowledgements it makes: the server-access-log bucket uses SSE-S3 (S3 server access logging supports only SSE-S3
 * targets) and does not log itself, and neither log bucket is replicated across Regions (see `replicationReason`).
 */
export class PhiAuditTrail extends Construct {
  /** The trail. */
  public readonly trail: cloudtrail.Trail;
  /** The key that encrypts the log files, the log bucket and the log group (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** The log bucket (Object Lock, SSE-KMS). */
  public readonly bucket: s3.Bucket;
  /** The bucket that receives the log bucket's server access logs (SSE-S3: an S3 limit). */
  public readonly accessLogBucket: s3.Bucket;
  /** The CloudWatch Logs copy of the trail. */
  public readonly logGroup: logs.LogGroup;
  /** The role CloudTrail assumes to deliver to CloudWatch Logs. */
  public readonly logsRole: iam.Role;
  /** ARN of the trail. */
  public readonly trailArn: string;

  constructor(scope: Construct, id: string, props: PhiAuditTrailProps = {}) {
    super(scope, id);
    requireCustomerManagedKey(this, 'PhiAuditTrailAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-TRAIL-1');
    const lockRetention = props.objectLockRetention ?? Duration.days(DEFAULT_AUDIT_LOG_RETENTION_DAYS);
    const lockDays = requireWholeDays(this, 'PhiAuditTrailObjectLockRetention', 'objectLockRetention', lockRetention, { min: MIN_AUDIT_LOG_RETENTION_DAYS });
    const logFileExpiration = props.logFileExpiration ?? lockRetention;
    requireWholeDays(this, 'PhiAuditTrailLogFileExpiration', 'logFileExpiration', logFileExpiration, {
      min: lockDays, why: '(never shorter than the Object Lock retention, so lifecycle never cuts under the lock)' });
    const cwRetention = props.cloudWatchLogsRetention ?? logs.RetentionDays.ONE_YEAR;
    requireLogRetention(this, 'PhiAuditTrailLogRetention', 'cloudWatchLogsRetention', cwRetention, { min: MIN_AUDIT_LOG_RETENTION_DAYS });
    const imageBuckets = props.imageBuckets ?? [];
    if (imageBuckets.length > MAX_DATA_RESOURCES) {
      throw new DermaShieldError('PhiAuditTrailTooManyBuckets', this,
        `imageBuckets has ${imageBuckets.length} buckets; a trail records data events for at most ${MAX_DATA_RESOURCES}. Use a second PhiAuditTrail.`);
    }
    const trailName = props.trailName ?? Names.uniqueResourceName(this, { maxLength: 128, separator: '-' });
    if (!Token.isUnresolved(trailName) && !/^[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/.test(trailName)) {
      throw new DermaShieldError('PhiAuditTrailName', this,
        `trailName ${JSON.stringify(trailName)} is not allowed; use 3-128 letters, digits, '.', '_' or '-', starting with a letter or digit.`);
    }
    const replicationReason = requireReason(this, 'PhiAuditTrailReplicationReason', 'replicationReason', props.replicationReason
      ?? 'Audit log records are protected in place by S3 Object Lock, versioning and RETAIN, and a second copy is kept in the '
        + 'CMK-encrypted CloudWatch Logs group; cross-Region replication needs a bucket in a second Region, outside this stack.',
    'naming what compensates');

    const stack = Stack.of(this);
    this.trailArn = stack.formatArn({ service: 'cloudtrail', resource: 'trail', resourceName: trailName });
    this.encryptionKey = props.encryptionKey ?? new PhiKey(this, 'Key', { domain: 'audit' });
    allowCloudWatchLogs(this.encryptionKey);
    // CloudTrail may use the key for this trail only (aws:SourceArn), and only with the CloudTrail encryption context.
    this.encryptionKey.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudTrailToEncryptLogs',
      principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
      actions: ['kms:GenerateDataKey*'],
      resources: ['*'],
      conditions: {
        StringEquals: { 'aws:SourceArn': this.trailArn },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${stack.partition}:cloudtrail:*:${stack.account}:trail/*` },
      },
    }));
    // DescribeKey to validate the key; Decrypt because the log bucket uses an S3 Bucket Key.
    this.encryptionKey.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudTrailToDescribeKeyAndUseBucketKey',
      principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
      actions: ['kms:DescribeKey', 'kms:Decrypt'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceArn': this.trailArn } },
    }));

    // S3 server access logging delivers only to SSE-S3 buckets: the one bucket here without the CMK.
    this.accessLogBucket = createLogDeliveryBucket(this, 'AccessLogBucket', {
      sseS3Reason: 'AWS limit: S3 server access logging delivers only to buckets with SSE-S3 (AES256) default encryption. The bucket holds '
        + 'access records of the audit log bucket (no ePHI), blocks public access and accepts TLS 1.2+ requests only.',
      // The access records of the audit log are kept as long as the audit log files themselves.
      expiration: logFileExpiration,
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.encryptionKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: (props.objectLockMode ?? s3.ObjectLockMode.GOVERNANCE) === s3.ObjectLockMode.COMPLIANCE
        ? s3.ObjectLockRetention.compliance(lockRetention)
        : s3.ObjectLockRetention.governance(lockRetention),
      // Log files (and any noncurrent version) expire no sooner than their Object Lock retention ends: the lifecycle
      // never cuts under the lock (Control Tower CT.S3.PR.3 and CT.S3.PR.6 ask for a lifecycle rule).
      lifecycleRules: [{
        id: 'ExpireAuditLogsAfterRetention',
        expiration: logFileExpiration,
        noncurrentVersionExpiration: logFileExpiration,
        abortIncompleteMultipartUploadAfter: Duration.days(7),
      }],
      // aws-cdk-lib's default is RETAIN too; stated because these are the audit records.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // EventBridge notifications through the native property (Control Tower CT.S3.PR.4): new log files can be routed to a
    // SIEM without polling, and aws-cdk-lib's eventBridgeEnabled would add a Lambda-backed custom resource instead.
    (this.bucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    // Server access logging set on the L1 with a bucket policy for the logging service: aws-cdk-lib's
    // serverAccessLogsBucket would fall back to the LogDeliveryWrite ACL unless a feature flag is set.
    const accessLogPrefix = 'audit-log-bucket/';
    (this.bucket.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
      destinationBucketName: this.accessLogBucket.bucketName,
      logFilePrefix: accessLogPrefix,
    };
    this.accessLogBucket.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowS3ServerAccessLogsFromTheAuditLogBucket',
      principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
      actions: ['s3:PutObject'],
      resources: [this.accessLogBucket.arnForObjects(`${accessLogPrefix}*`)],
      conditions: {
        ArnLike: { 'aws:SourceArn': this.bucket.bucketArn },
        StringEquals: { 'aws:SourceAccount': stack.account },
      },
    }));
    // (The access-log bucket acknowledges its own replication finding, see createLogDeliveryBucket.)
    Validations.of(this.bucket).acknowledge(
      ...['HIPAA.Security::HIPAA.Security', 'NIST.800.53.R5::NIST.800.53.R5'].map((pack) => ({ id: `${pack}-S3BucketReplicationEnabled`, reason: replicationReason })),
    );

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      encryptionKey: this.encryptionKey,
      retention: cwRetention,
      // aws-cdk-lib destroys log groups on stack deletion by default: keep the audit copy.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The Trail L2 would create this role with an inline policy; ours keeps the permissions in a managed policy.
    const logsPolicy = new iam.ManagedPolicy(this, 'LogsPolicy', {
      description: 'CloudTrail delivery to the PhiAuditTrail log group',
      statements: [new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      })],
    });
    this.logsRole = new iam.Role(this, 'LogsRole', {
      assumedBy: new iam.ServicePrincipal('cloudtrail.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceArn': this.trailArn },
      }),
      managedPolicies: [logsPolicy],
    });

    this.trail = new cloudtrail.Trail(this, 'Trail', {
      trailName,
      bucket: this.bucket,
      encryptionKey: this.encryptionKey,
      enableFileValidation: true,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      managementEvents: cloudtrail.ReadWriteType.ALL,
    });
    if (imageBuckets.length > 0) {
      this.trail.addS3EventSelector(imageBuckets.map((bucket) => ({ bucket })), {
        readWriteType: cloudtrail.ReadWriteType.ALL,
        includeManagementEvents: false,
      });
    }
    const cfnTrail = this.trail.node.defaultChild as cloudtrail.CfnTrail;
    cfnTrail.cloudWatchLogsLogGroupArn = this.logGroup.logGroupArn;
    cfnTrail.cloudWatchLogsRoleArn = this.logsRole.roleArn;
    // CloudTrail checks the role's permissions and the key policy when the trail is created.
    cfnTrail.node.addDependency(this.logsRole, logsPolicy, PhiKey.isPhiKey(this.encryptionKey) ? this.encryptionKey.key : this.encryptionKey);
  }

  /** Let a principal read and decrypt the log files (e.g. an auditor or a SIEM), through S3 only. */
  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.bucket.grantRead(grantee);
  }
}
