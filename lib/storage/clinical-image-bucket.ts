import { Duration, RemovalPolicy, Tags, Token, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { createLogDeliveryBucket } from './log-delivery-bucket';
import { Construct } from 'constructs';
import { CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE } from '../controls/markers';
import { S3_MINIMUM_TLS_VERSION } from '../controls/parameters';
import { DermaShieldError } from '../errors';
import { requireCustomerManagedKey, requireReason, requireWholeDays } from '../validation';
import { perConstructAlias } from '../keys/key-policy';
import { PhiKey } from '../keys/phi-key';


/** TLS versions a ClinicalImageBucket accepts as its floor. */
const ALLOWED_TLS_VERSIONS = [1.2, 1.3];

/** S3 Object Lock limits a default retention to 100 years (36500 days). */
const MAX_RETENTION_YEARS = 100;

/** HIPAA documentation retention (164.316(b)(2)(i)): the default life of server access logs. */
const DEFAULT_ACCESS_LOG_RETENTION_DAYS = 6 * 366;

/** Why the dedicated access-log bucket uses SSE-S3; recorded as its acknowledgement of DS-S3-1. */
export const ACCESS_LOG_SSE_S3_REASON = 'S3 server access log delivery only supports SSE-S3 (AES256) on the target bucket; '
  + 'SSE-KMS targets are not supported. The bucket holds request metadata, not images, is private (Block Public Access, '
  + 'TLS 1.2+ only) and versioned.';

/**
 * The default Object Lock retention of new image versions, in days or in years.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html
 */
export class ClinicalImageRetention {
  /** Retain every new image version for `days` days (1 to 36500). */
  public static days(days: number): ClinicalImageRetention {
    return new ClinicalImageRetention(days, undefined);
  }

  /** Retain every new image version for `years` years (1 to 100). */
  public static years(years: number): ClinicalImageRetention {
    return new ClinicalImageRetention(undefined, years);
  }

  private constructor(
    /** Retention in days, when given in days (not `days`: jsii forbids a static and an instance member of one name). */
    public readonly retentionDays: number | undefined,
    /** Retention in years, when given in years. */
    public readonly retentionYears: number | undefined,
  ) {}

  /** The longest the retention can last, in days (a year counted as 366 days), for comparing lifecycle rules with it. */
  public toMaxDays(): number {
    return this.retentionDays ?? (this.retentionYears ?? 0) * 366;
  }

  /** e.g. `7 years`. */
  public toString(): string {
    return this.retentionDays !== undefined ? `${this.retentionDays} days` : `${this.retentionYears} years`;
  }
}

/** How the bucket policy makes uploads tamper-evident in transit. */
export enum UploadIntegrity {
  /**
   * Deny uploads whose payload is not signed (`s3:x-amz-content-sha256` = `UNSIGNED-PAYLOAD`): the SigV4 signature then
   * covers the SHA-256 of the body (or of each chunk), so S3 rejects any altered byte. Presigned-URL uploads always send
   * `UNSIGNED-PAYLOAD` and are denied; upload through an SDK with credentials (for example from a backend or with
   * Cognito credentials on the device).
   */
  SIGNED_PAYLOAD = 'SIGNED_PAYLOAD',
  /**
   * Allow unsigned payloads (presigned-URL uploads from a browser or phone). Integrity then rests on the checksum the
   * client sends (`x-amz-checksum-sha256`, or the SDK default CRC) and on the CRC64NVME checksum S3 computes and
   * validates for every upload; the bucket policy cannot insist on it. Prefer SIGNED_PAYLOAD.
   */
  CLIENT_CHECKSUM = 'CLIENT_CHECKSUM',
}

/** Properties of a {@link ClinicalImageBucket}. */
export interface ClinicalImageBucketProps {
  /**
   * Customer-managed KMS key for the images: any `kms.IKey`, a `PhiKey` included. AWS-managed keys (`alias/aws/s3`) are
   * rejected.
   * @default - a new PhiKey for the `images` domain, alias `alias/dermashield/images/<unique name of this construct>`
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Server-side encryption: `BucketEncryption.KMS` (SSE-KMS, with an S3 Bucket Key) or `BucketEncryption.DSSE`
   * (dual-layer DSSE-KMS, stronger; S3 Bucket Keys are not supported with it, so every request calls KMS).
   * Any other value (SSE-S3, `KMS_MANAGED`, `DSSE_MANAGED`, unencrypted) throws.
   * @default s3.BucketEncryption.KMS
   */
  readonly encryption?: s3.BucketEncryption;
  /**
   * The lowest TLS version the bucket policy accepts: 1.2 or 1.3. Lower values throw.
   * @default 1.2
   */
  readonly minimumTlsVersion?: number;
  /**
   * Default Object Lock retention of every new image version.
   * @default ClinicalImageRetention.years(7)
   */
  readonly objectLockRetention?: ClinicalImageRetention;
  /**
   * Object Lock mode. GOVERNANCE lets principals granted `s3:BypassGovernanceRetention` remove a lock (for example to
   * honour a legal erasure request); COMPLIANCE lets nobody, not even the root user, until the retention ends.
   * @default s3.ObjectLockMode.GOVERNANCE
   */
  readonly objectLockMode?: s3.ObjectLockMode;
  /**
   * When noncurrent (overwritten or deleted) image versions expire. Must not be shorter than the Object Lock retention.
   * @default - the Object Lock retention, in days (a year counted as 366 days)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * When incomplete multipart uploads are aborted (whole days, at least 1).
   * @default Duration.days(7)
   */
  readonly abortIncompleteMultipartUploadAfter?: Duration;
  /**
   * How uploads are made tamper-evident in transit.
   * @default UploadIntegrity.SIGNED_PAYLOAD
   */
  readonly uploadIntegrity?: UploadIntegrity;
  /**
   * Deny object uploads that do not carry `If-None-Match: *` (S3 conditional writes), so an image key, once written,
   * always returns the same bytes. Multipart parts are exempt (`s3:ObjectCreationOperation`); CopyObject into the
   * bucket is denied. With `false`, an overwrite still keeps the previous version, locked.
   * @default true
   */
  readonly preventOverwrites?: boolean;
  /**
   * Physical bucket name.
   * @default - generated by CloudFormation
   */
  readonly bucketName?: string;
  /**
   * Bucket that receives the server access logs. It must allow `logging.s3.amazonaws.com` to put objects (added
   * automatically for a bucket defined in this app) and is judged by the pack like any bucket.
   * @default - a new dedicated, private, versioned log bucket (SSE-S3, acknowledged)
   */
  readonly serverAccessLogsBucket?: s3.IBucket;
  /**
   * Key prefix of the server access logs.
   * @default 'clinical-images/'
   */
  readonly serverAccessLogsPrefix?: string;
  /**
   * How long the dedicated log bucket keeps access logs. Ignored with `serverAccessLogsBucket`.
   * @default Duration.days(2196) - six years, as HIPAA documentation retention (164.316(b)(2)(i))
   */
  readonly accessLogRetention?: Duration;
  /**
   * Do not write S3 server access logs, because CloudTrail S3 data events (PhiAuditTrail) record object access for
   * this bucket. The reason (at least 20 characters) names the trail. Cannot be combined with `serverAccessLogsBucket`.
   * @default - server access logs are written
   */
  readonly accessLoggedByCloudTrail?: string;
  /**
   * Why the image bucket is not replicated to a second Region: the recovery copy the practice relies on instead (at
   * least 20 characters). Recorded as the acknowledgement of cdk-nag's `HIPAA.Security-S3BucketReplicationEnabled` and
   * `NIST.800.53.R5-S3BucketReplicationEnabled` on the bucket. Name your backup (e.g. the PhiBackupVault and its copy vault).
   * @default - recovery by AWS Backup (PhiBackupVault.protect with a second-Region copy vault), versioning and Object Lock in place
   */
  readonly replicationReason?: string;
  /**
   * Not allowed: a bucket of clinical images is never emptied by a stack deletion. Passing `true` throws. Present only
   * so a caller that spreads aws-cdk-lib `BucketProps` gets an error instead of a silently different bucket.
   * @default false
   */
  readonly autoDeleteObjects?: boolean;
}

/**
 * Encrypted, tamper-evident storage for clinical photos and dermoscopy images.
 *
 * Default settings: SSE-KMS with a new PhiKey (`images` domain) and an S3 Bucket Key; a bucket policy that denies
 * requests without TLS, TLS below 1.2, uploads naming another encryption or KMS key, SSE-C, unsigned payloads and
 * overwrites; Block Public Access on all four settings and ACLs disabled (bucket owner enforced); versioning and
 * S3 Object Lock (GOVERNANCE, 7 years); noncurrent versions kept at least as long as the lock; incomplete multipart
 * uploads aborted after 7 days; EventBridge notifications on; server access logs to a dedicated log bucket; tagged
 * `dermashield:data-class=clinical-images`; retained on stack deletion.
 *
 * What you cannot change: encryption with a customer-managed key, the TLS deny and a floor of at least 1.2, Block Public
 * Access, versioning, Object Lock, EventBridge, retention on stack deletion.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html
 */
export class ClinicalImageBucket extends Construct {
  /** The images bucket. */
  public readonly bucket: s3.Bucket;
  /** The key that encrypts the images (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** The bucket that receives server access logs, unless CloudTrail data events are used instead. */
  public readonly accessLogsBucket?: s3.IBucket;
  /** The Object Lock default retention. */
  public readonly retention: ClinicalImageRetention;

  constructor(scope: Construct, id: string, props: ClinicalImageBucketProps = {}) {
    super(scope, id);
    // Validate everything before creating any child.
    const encryption = props.encryption ?? s3.BucketEncryption.KMS;
    if (encryption !== s3.BucketEncryption.KMS && encryption !== s3.BucketEncryption.DSSE) {
      throw new DermaShieldError('ClinicalImageBucketEncryption', this,
        `encryption ${encryption} is not allowed; use BucketEncryption.KMS or BucketEncryption.DSSE with a customer-managed key (control DS-S3-1).`);
    }
    requireCustomerManagedKey(this, 'ClinicalImageBucketAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-S3-1');
    const tls = props.minimumTlsVersion ?? S3_MINIMUM_TLS_VERSION;
    if (!Token.isUnresolved(tls) && !ALLOWED_TLS_VERSIONS.includes(tls)) {
      // Echo a TLS version as written (1.0, not 1).
      const shown = Number.isInteger(tls) ? tls.toFixed(1) : String(tls);
      throw new DermaShieldError('ClinicalImageBucketTlsVersion', this, tls < S3_MINIMUM_TLS_VERSION
        ? `minimumTlsVersion ${shown} is below the allowed minimum ${S3_MINIMUM_TLS_VERSION}; use 1.2 or 1.3 (control DS-S3-3).`
        : `minimumTlsVersion ${shown} is not a TLS version; use 1.2 or 1.3 (control DS-S3-3).`);
    }
    if (props.autoDeleteObjects) {
      throw new DermaShieldError('ClinicalImageBucketAutoDelete', this,
        'autoDeleteObjects true is not allowed: clinical images are retained when the stack is deleted. Remove the prop.');
    }
    const retention = props.objectLockRetention ?? ClinicalImageRetention.years(7);
    this.validateRetention(retention);
    const noncurrentDays = this.validateNoncurrent(props.noncurrentVersionExpiration, retention);
    const abortDays = this.wholeDays(props.abortIncompleteMultipartUploadAfter ?? Duration.days(7), 'abortIncompleteMultipartUploadAfter', 1);
    const logRetentionDays = this.wholeDays(props.accessLogRetention ?? Duration.days(DEFAULT_ACCESS_LOG_RETENTION_DAYS), 'accessLogRetention', 1);
    if (props.accessLoggedByCloudTrail !== undefined) {
      if (props.serverAccessLogsBucket) {
        throw new DermaShieldError('ClinicalImageBucketAccessLogging', this,
          'serverAccessLogsBucket and accessLoggedByCloudTrail cannot both be set; choose one way of recording object access.');
      }
      requireReason(this, 'ClinicalImageBucketAccessLogging', 'accessLoggedByCloudTrail', props.accessLoggedByCloudTrail,
        'naming the CloudTrail trail that records S3 data events for this bucket');
    }

    const replicationReason = requireReason(this, 'ClinicalImageBucketReplicationReason', 'replicationReason', props.replicationReason
      ?? 'Clinical images are recovered from AWS Backup, not a replica: protect the bucket with a PhiBackupVault (continuous and daily/monthly '
        + 'backups, copied to a vault in a second Region with copyToVaultArn, restore-tested weekly). In place, versioning and S3 Object Lock '
        + 'keep every image version and the bucket is retained on stack deletion.',
    'naming the recovery copy used instead of replication');

    this.retention = retention;
    // One alias per bucket, so two image buckets in one account and Region do not collide.
    this.encryptionKey = props.encryptionKey ?? new PhiKey(this, 'Key', { domain: 'images', alias: perConstructAlias(this, 'images') });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      encryption,
      encryptionKey: this.encryptionKey,
      // S3 Bucket Keys cut KMS calls for SSE-KMS; DSSE-KMS does not support them.
      bucketKeyEnabled: encryption === s3.BucketEncryption.KMS,
      enforceSSL: true,
      minimumTLSVersion: tls,
      // aws-cdk-lib leaves Block Public Access undeclared by default: pin all four.
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      objectLockEnabled: true,
      lifecycleRules: [
        { id: 'ExpireNoncurrentVersionsAfterLock', noncurrentVersionExpiration: Duration.days(noncurrentDays) },
        { id: 'AbortIncompleteMultipartUploads', abortIncompleteMultipartUploadAfter: Duration.days(abortDays) },
      ],
      // aws-cdk-lib orphans buckets by default; stated here because these are PHI originals.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const cfnBucket = this.bucket.node.defaultChild as s3.CfnBucket;
    cfnBucket.objectLockConfiguration = {
      objectLockEnabled: 'Enabled',
      rule: {
        defaultRetention: {
          mode: props.objectLockMode ?? s3.ObjectLockMode.GOVERNANCE,
          days: retention.retentionDays,
          years: retention.retentionYears,
        },
      },
    };
    // EventBridge through the native CloudFormation property: aws-cdk-lib's eventBridgeEnabled deploys a Lambda-backed
    // custom resource with s3:PutBucketNotification instead.
    cfnBucket.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    Validations.of(this.bucket).acknowledge(...['HIPAA.Security::HIPAA.Security', 'NIST.800.53.R5::NIST.800.53.R5']
      .map((pack) => ({ id: `${pack}-S3BucketReplicationEnabled`, reason: replicationReason })));
    // Marks the bucket for DS-S3-6; a high priority so a broader Tags.of(...).remove/add cannot unmark it.
    Tags.of(this.bucket).add(CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE, { priority: 1000 });

    this.addUploadGuards(encryption, props.uploadIntegrity ?? UploadIntegrity.SIGNED_PAYLOAD, props.preventOverwrites ?? true);
    this.accessLogsBucket = this.configureAccessLogs(props, tls, logRetentionDays, cfnBucket);

    this.node.addValidation({
      validate: () => this.bucket.node.tryFindChild('Notifications')
        ? [`ClinicalImageBucket '${this.node.path}': addEventNotification replaces the bucket's notification configuration and `
          + 'would turn EventBridge off; route object events with EventBridge rules on the bucket instead.']
        : [],
    });
  }

  /** Let a principal read images (and decrypt them with the key). */
  public grantRead(grantee: iam.IGrantable, objectsKeyPattern?: string): iam.Grant {
    return this.bucket.grantRead(grantee, objectsKeyPattern);
  }

  /** Let a principal put, tag and delete images (and encrypt with the key). Deletes only add delete markers while locked. */
  public grantWrite(grantee: iam.IGrantable, objectsKeyPattern?: string): iam.Grant {
    return this.bucket.grantWrite(grantee, objectsKeyPattern);
  }

  /** Let a principal upload images only (and encrypt with the key). */
  public grantPut(grantee: iam.IGrantable, objectsKeyPattern?: string): iam.Grant {
    return this.bucket.grantPut(grantee, objectsKeyPattern);
  }

  private validateRetention(retention: ClinicalImageRetention): void {
    const [value, unit, max] = retention.retentionDays !== undefined
      ? [retention.retentionDays, 'days', MAX_RETENTION_YEARS * 365] : [retention.retentionYears, 'years', MAX_RETENTION_YEARS];
    if (value === undefined || Token.isUnresolved(value)) return;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new DermaShieldError('ClinicalImageBucketRetention', this,
        `objectLockRetention ${value} ${unit} is not allowed; use a whole number of ${unit} from 1 to ${max} (the S3 Object Lock limits).`);
    }
  }

  private validateNoncurrent(expiration: Duration | undefined, retention: ClinicalImageRetention): number {
    const lockDays = retention.toMaxDays();
    if (!expiration) return lockDays;
    const days = this.wholeDays(expiration, 'noncurrentVersionExpiration', 1);
    if (days < lockDays) {
      throw new DermaShieldError('ClinicalImageBucketNoncurrentExpiration', this,
        `noncurrentVersionExpiration ${days} days is shorter than the Object Lock retention (${retention}, up to ${lockDays} days); `
        + `use at least ${lockDays} days so lifecycle never cuts under the lock.`);
    }
    return days;
  }

  private wholeDays(duration: Duration, prop: string, min: number): number {
    return requireWholeDays(this, 'ClinicalImageBucketDuration', prop, duration, { min }) ?? duration.toDays({ integral: false });
  }

  /** Deny statements that keep every upload under the bucket's key, signed and write-once. */
  private addUploadGuards(encryption: s3.BucketEncryption, integrity: UploadIntegrity, preventOverwrites: boolean): void {
    const objects = this.bucket.arnForObjects('*');
    const deny = (sid: string, conditions: Record<string, unknown>) => this.bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid, effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['s3:PutObject'], resources: [objects], conditions,
    }));
    // A header that asks for SSE-S3, or for SSE-KMS on a DSSE bucket, would weaken the object's encryption.
    const algorithms = encryption === s3.BucketEncryption.DSSE ? ['aws:kms:dsse'] : ['aws:kms', 'aws:kms:dsse'];
    deny('DenyOtherEncryption', { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption': algorithms } });
    deny('DenyOtherKmsKey', { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption-aws-kms-key-id': this.encryptionKey.keyArn } });
    deny('DenyCustomerProvidedKeys', { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'false' } });
    if (integrity === UploadIntegrity.SIGNED_PAYLOAD) {
      deny('DenyUnsignedPayloads', { StringEquals: { 's3:x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } });
    }
    if (preventOverwrites) {
      deny('DenyOverwrites', { 'Null': { 's3:if-none-match': 'true' }, 'Bool': { 's3:ObjectCreationOperation': 'true' } });
    }
  }

  private configureAccessLogs(props: ClinicalImageBucketProps, tls: number, retentionDays: number, cfnBucket: s3.CfnBucket): s3.IBucket | undefined {
    if (props.accessLoggedByCloudTrail !== undefined) return undefined;
    const prefix = props.serverAccessLogsPrefix ?? 'clinical-images/';
    let target = props.serverAccessLogsBucket;
    if (!target) {
      // S3 log delivery only supports SSE-S3 targets: acknowledged with the reason.
      const logs = createLogDeliveryBucket(this, 'AccessLogs', {
        sseS3Reason: ACCESS_LOG_SSE_S3_REASON,
        minimumTlsVersion: tls,
        expiration: Duration.days(retentionDays),
        noncurrentVersionExpiration: Duration.days(30),
      });
      target = logs;
    }
    // Log delivery by bucket policy (not ACLs, which are disabled), scoped to this source bucket and account.
    target.addToResourcePolicy(new iam.PolicyStatement({
      sid: `AllowServerAccessLogsFrom${this.node.addr.slice(0, 8)}`,
      principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
      actions: ['s3:PutObject'],
      resources: [target.arnForObjects(`${prefix}*`)],
      conditions: {
        ArnLike: { 'aws:SourceArn': this.bucket.bucketArn },
        StringEquals: { 'aws:SourceAccount': this.bucket.env.account },
      },
    }));
    cfnBucket.loggingConfiguration = { destinationBucketName: target.bucketName, logFilePrefix: prefix };
    return target;
  }
}
