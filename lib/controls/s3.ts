import { HIPAA } from './citations';
import { defineControls, RuleBlindSpot, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** S3: clinical photos and dermoscopy images, the practice's largest store of ePHI. */
export const S3_CONTROLS = defineControls([
  {
    id: 'DS-S3-1',
    title: 'S3 default encryption with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Every bucket encrypts new objects by default with SSE-KMS or DSSE-KMS under a customer-managed key; SSE-S3 and aws/s3 are not enough.',
    ruleIds: ['DermaShield-S3CustomerManagedKey'],
    configRules: [{
      identifier: 'S3_DEFAULT_ENCRYPTION_KMS',
      resourceTypes: ['AWS::S3::Bucket'],
      caveat: 'Without the kmsKeyArns parameter the managed rule accepts aws/s3; the evidence CLI must compare the bucket key '
        + 'with the practice CMKs (or deploy the rule with kmsKeyArns listing them).',
      decidedByRecord: {
        blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::S3::Bucket',
        attribute: 'supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyID',
      },
    }],
    guardPolicy: {
      resourceTypes: ['AWS::S3::Bucket'],
      decidesManagedRuleCaveat: true,
      caveat: 'A kmsMasterKeyID given as the key id or key ARN of the AWS-managed aws/s3 key (rather than omitted or alias/aws/s3) looks like a customer-managed key in the configuration item.',
    },
  },
  {
    id: 'DS-S3-2',
    title: 'S3 bucket policy denies requests without TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every bucket policy denies any request to the bucket or its objects made without TLS (aws:SecureTransport false).',
    ruleIds: ['DermaShield-S3DenyInsecureTransport'],
    configRules: [{ identifier: 'S3_BUCKET_SSL_REQUESTS_ONLY', resourceTypes: ['AWS::S3::Bucket'] }],
  },
  {
    id: 'DS-S3-3',
    title: 'S3 bucket policy enforces TLS 1.2 or later',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every bucket policy denies requests negotiated with TLS below 1.2 (s3:TlsVersion), for the bucket and all of its objects.',
    ruleIds: ['DermaShield-S3MinimumTlsVersion'],
    configRules: [],
    guardPolicy: {
      resourceTypes: ['AWS::S3::Bucket'],
      caveat: 'Config records the bucket policy as JSON text and Guard 2.x cannot parse it, so the policy looks for a Deny statement with NumericLessThan s3:TlsVersion 1.2 by pattern; it does not check that the statement covers both the bucket and its objects.',
    },
  },
  {
    id: 'DS-S3-4',
    title: 'S3 Block Public Access fully on',
    citations: [HIPAA.ACCESS_CONTROL],
    guidance: 'Every bucket declares all four Block Public Access settings, so no ACL or bucket policy can make ePHI public.',
    ruleIds: ['DermaShield-S3BlockPublicAccess'],
    configRules: [{ identifier: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', resourceTypes: ['AWS::S3::Bucket'] }],
  },
  {
    id: 'DS-S3-5',
    title: 'S3 versioning enabled',
    citations: [HIPAA.INTEGRITY, HIPAA.DATA_BACKUP],
    guidance: 'Every bucket keeps object versions, so an overwrite or delete of ePHI can be undone.',
    ruleIds: ['DermaShield-S3Versioning'],
    configRules: [{ identifier: 'S3_BUCKET_VERSIONING_ENABLED', resourceTypes: ['AWS::S3::Bucket'] }],
  },
  {
    id: 'DS-S3-6',
    title: 'S3 Object Lock with default retention for clinical images',
    citations: [HIPAA.INTEGRITY, HIPAA.INTEGRITY_AUTHENTICATION, HIPAA.CONTINGENCY_PLAN],
    guidance: 'Buckets tagged dermashield:data-class=clinical-images have Object Lock enabled with a default retention period, so image versions cannot be altered or deleted while retained.',
    ruleIds: ['DermaShield-S3ObjectLock'],
    configRules: [{ identifier: 'S3_BUCKET_DEFAULT_LOCK_ENABLED', resourceTypes: ['AWS::S3::Bucket'] }],
  },
  {
    id: 'DS-S3-10',
    title: 'S3 replicas encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.DISASTER_RECOVERY],
    guidance: 'Every replication rule encrypts replicas with a customer-managed key (ReplicaKmsKeyID) and replicates KMS-encrypted source objects.',
    ruleIds: ['DermaShield-S3ReplicationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
