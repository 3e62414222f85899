/**
 * The mutation table of the mutation-matrix test: for every control of the catalog, one or more ways to weaken
 * exactly that control in the reference architecture, the way a user (or a careless change) would: through an
 * escape hatch on the reference's real resources, or, for resource types the reference does not deploy, by adding
 * a resource that is compliant with every other control and weak only in the one under test.
 *
 * Every mutation must make `cdk synth` fail with one of the control's rule ids (the plain failing id, not the
 * `[Unverifiable]` variant), at a construct path containing `at`, and with no finding of any other control.
 */
import { CfnResource, Stack } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IConstruct } from 'constructs';
import { PhiKey } from '../../lib';
import { ReferencePractice } from '../../lib/reference';

/** One way to weaken one control. */
export interface Mutation {
  /** What is weakened, in words (the test name). */
  readonly weakening: string;
  /** A part of the construct path where the control's rule must report the finding. */
  readonly at: string;
  /** Weaken the freshly built reference practice (both stacks are available). */
  readonly apply: (ref: ReferencePractice) => void;
  /**
   * Other controls this one change unavoidably weakens too (e.g. dropping a parameter group loses both the TLS
   * requirement and the TLS floor); their rules may also report. Empty for a mutation that is precise.
   * @default - none: only the mutated control's rules may report
   */
  readonly alsoWeakens?: readonly string[];
}

/** A mutation with the control it weakens. */
export interface ControlMutation extends Mutation {
  readonly controlId: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Escape-hatch helpers

/** The L1 resource behind an L2 (or the L1 itself); throws when the construct has none, so a refactor is loud. */
export function l1(construct: IConstruct): CfnResource {
  if (CfnResource.isCfnResource(construct)) return construct;
  const child = construct.node.defaultChild;
  if (!child || !CfnResource.isCfnResource(child)) {
    throw new Error(`mutation: ${construct.node.path} has no L1 default child`);
  }
  return child;
}

/** A named child construct; throws when it does not exist. */
function child(scope: IConstruct, id: string): IConstruct {
  return scope.node.findChild(id);
}

/** The L1 value of a property as it will render (tokens resolved), for finding the index of a list entry. */
function resolved(resource: CfnResource, value: unknown): any {
  return Stack.of(resource).resolve(value);
}

/** The index of the list entry that matches; throws when none does (the mutation would silently not apply). */
function indexWhere(list: unknown, what: string, match: (entry: any) => boolean): number {
  if (!Array.isArray(list)) throw new Error(`mutation: ${what} is not a list`);
  const i = list.findIndex(match);
  if (i < 0) throw new Error(`mutation: no entry of ${what} matches`);
  return i;
}

/** An attribute entry (`{ Key, Value }` in CloudFormation, `{ key, value }` on the L1 before rendering). */
const keyOf = (entry: any): unknown => entry?.Key ?? entry?.key;

/** The statements of an S3 bucket policy, as they will render. */
function bucketPolicyStatements(ref: ReferencePractice): { policy: CfnResource; statements: any[] } {
  const bucketPolicy = ref.practice.images.bucket.policy;
  if (!bucketPolicy) throw new Error('mutation: the clinical image bucket has no bucket policy');
  const policy = l1(bucketPolicy);
  const doc = resolved(policy, (policy as any).policyDocument);
  return { policy, statements: doc.Statement };
}

/** A resource the reference does not deploy, added to the practice stack (`DermaShieldPractice/Mutation<id>`). */
function raw(ref: ReferencePractice, id: string, type: string, properties: Record<string, unknown>): CfnResource {
  return new CfnResource(ref.practice, `Mutation${id}`, { type, properties });
}

/** A customer-managed key of the practice, for resources that must be compliant apart from the weakened control. */
const cmk = (ref: ReferencePractice): string => ref.practice.keys.ehr.key.keyArn;

/** Isolated (data) subnet ids of the practice VPC. */
const dataSubnets = (ref: ReferencePractice): string[] => ref.practice.network.vpc.isolatedSubnets.map((s) => s.subnetId);

// Raw resources of types the reference does not deploy: compliant with every control except `weak`.

function elastiCache(ref: ReferencePractice, weak: 'key' | 'transit'): Record<string, unknown> {
  return {
    ReplicationGroupDescription: 'mutation: teledermatology session cache',
    Engine: 'valkey',
    CacheNodeType: 'cache.t4g.small',
    NumCacheClusters: 2,
    AtRestEncryptionEnabled: true,
    ...(weak === 'key' ? {} : { KmsKeyId: cmk(ref) }),
    TransitEncryptionEnabled: true,
    TransitEncryptionMode: weak === 'transit' ? 'preferred' : 'required',
  };
}

function openSearch(ref: ReferencePractice, weak: 'key' | 'node' | 'tls'): Record<string, unknown> {
  return {
    EngineVersion: 'OpenSearch_2.13',
    EncryptionAtRestOptions: { Enabled: true, ...(weak === 'key' ? {} : { KmsKeyId: cmk(ref) }) },
    NodeToNodeEncryptionOptions: { Enabled: weak !== 'node' },
    DomainEndpointOptions: {
      EnforceHTTPS: true,
      TLSSecurityPolicy: weak === 'tls' ? 'Policy-Min-TLS-1-0-2019-07' : 'Policy-Min-TLS-1-2-PFS-2023-10',
    },
  };
}

function docDb(ref: ReferencePractice, weak: 'key' | 'tls'): Record<string, unknown> {
  const group = raw(ref, `DocDbParameters${weak}`, 'AWS::DocDB::DBClusterParameterGroup', {
    Description: 'mutation: DocumentDB parameters',
    Family: 'docdb5.0',
    Parameters: { tls: weak === 'tls' ? 'enabled' : 'tls1.2+' },
  });
  return {
    StorageEncrypted: true,
    KmsKeyId: weak === 'key' ? 'alias/aws/rds' : cmk(ref),
    DBClusterParameterGroupName: group.ref,
    MasterUsername: 'docdbadmin',
    ManageMasterUserPassword: true,
  };
}

function neptune(ref: ReferencePractice, weak: 'key' | 'tls'): Record<string, unknown> {
  return {
    StorageEncrypted: true,
    KmsKeyId: weak === 'key' ? 'arn:aws:kms:us-east-1:111122223333:alias/aws/rds' : cmk(ref),
    EngineVersion: weak === 'tls' ? '1.0.3.0' : '1.3.2.0',
    IamAuthEnabled: true,
  };
}

function redshift(ref: ReferencePractice, weak: 'key' | 'ssl'): Record<string, unknown> {
  const group = raw(ref, `RedshiftParameters${weak}`, 'AWS::Redshift::ClusterParameterGroup', {
    Description: 'mutation: Redshift parameters',
    ParameterGroupFamily: 'redshift-1.0',
    Parameters: [{ ParameterName: 'require_ssl', ParameterValue: weak === 'ssl' ? 'false' : 'true' }],
  });
  return {
    ClusterType: 'multi-node',
    NumberOfNodes: 2,
    NodeType: 'ra3.xlplus',
    DBName: 'analytics',
    MasterUsername: 'analyticsadmin',
    ManageMasterPassword: true,
    Encrypted: true,
    ...(weak === 'key' ? {} : { KmsKeyId: cmk(ref) }),
    ClusterParameterGroupName: group.ref,
    PubliclyAccessible: false,
  };
}

function cloudFront(ref: ReferencePractice, weak: 'viewerTls' | 'viewerHttps' | 'originTls'): Record<string, unknown> {
  return {
    DistributionConfig: {
      Enabled: true,
      Aliases: ['portal.example-derm.com'],
      ViewerCertificate: {
        AcmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/00000000-0000-0000-0000-000000000000',
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: weak === 'viewerTls' ? 'TLSv1.2_2019' : 'TLSv1.2_2021',
      },
      DefaultCacheBehavior: {
        TargetOriginId: 'portal',
        ViewerProtocolPolicy: weak === 'viewerHttps' ? 'allow-all' : 'redirect-to-https',
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      },
      Origins: [{
        Id: 'portal',
        DomainName: ref.practice.portal.loadBalancer.loadBalancerDnsName,
        CustomOriginConfig: {
          OriginProtocolPolicy: 'https-only',
          OriginSSLProtocols: weak === 'originTls' ? ['TLSv1.1', 'TLSv1.2'] : ['TLSv1.2'],
        },
      }],
    },
  };
}

function msk(ref: ReferencePractice, weak: 'key' | 'transit'): Record<string, unknown> {
  return {
    ClusterName: `mutation-${weak}`,
    KafkaVersion: '3.6.0',
    NumberOfBrokerNodes: 2,
    BrokerNodeGroupInfo: { InstanceType: 'kafka.m7g.large', ClientSubnets: dataSubnets(ref) },
    EncryptionInfo: {
      ...(weak === 'key' ? {} : { EncryptionAtRest: { DataVolumeKMSKeyId: cmk(ref) } }),
      EncryptionInTransit: { ClientBroker: weak === 'transit' ? 'TLS_PLAINTEXT' : 'TLS', InCluster: true },
    },
  };
}

function firehoseStream(ref: ReferencePractice, weak: 'destination' | 'http'): Record<string, unknown> {
  const s3Leg = (keyArn: string) => ({
    BucketARN: ref.practice.images.bucket.bucketArn,
    RoleARN: 'arn:aws:iam::111122223333:role/firehose-delivery',
    EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: keyArn } },
  });
  return {
    DeliveryStreamType: 'DirectPut',
    DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: ref.practice.keys.images.key.keyArn },
    ...(weak === 'destination'
      ? { ExtendedS3DestinationConfiguration: s3Leg('arn:aws:kms:us-east-1:111122223333:alias/aws/s3') }
      : {
        HttpEndpointDestinationConfiguration: {
          EndpointConfiguration: { Url: 'http://fhir.example-derm.com/ingest' },
          RoleARN: 'arn:aws:iam::111122223333:role/firehose-delivery',
          S3Configuration: s3Leg(ref.practice.keys.images.key.keyArn),
        },
      }),
  };
}

/** A queue policy that denies sqs:* without TLS (DS-SQS-10), so a queue mutation weakens only its own control. */
function tlsOnly(ref: ReferencePractice, id: string, queue: CfnResource, statement: Record<string, unknown> = {}): CfnResource {
  raw(ref, `${id}Policy`, 'AWS::SQS::QueuePolicy', {
    Queues: [queue.ref],
    PolicyDocument: { Version: '2012-10-17', Statement: [{
      Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sqs:*', Resource: queue.getAtt('Arn'),
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...statement,
    }] },
  });
  return queue;
}

/** An EFS file system policy that denies mounts without TLS (DS-EFS-10). */
const EFS_TLS_ONLY_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
};

/** An EFS access point's file system id for task and job definitions: a compliant file system of the practice. */
function efsFileSystem(ref: ReferencePractice, id: string): CfnResource {
  return raw(ref, id, 'AWS::EFS::FileSystem', { Encrypted: true, KmsKeyId: cmk(ref), FileSystemPolicy: EFS_TLS_ONLY_POLICY });
}

// ---------------------------------------------------------------------------------------------------------------
// The table, keyed by catalog control id.

export const MUTATIONS: Readonly<Record<string, readonly Mutation[]>> = {
  // --- KMS ---
  'DS-KMS-1': [{
    weakening: 'images key: EnableKeyRotation overridden to false',
    at: 'DermaShieldPractice/ImagesKey/Key/Resource',
    apply: (ref) => l1(ref.practice.keys.images.key).addPropertyOverride('EnableKeyRotation', false),
  }, {
    weakening: 'backup-copy key: EnableKeyRotation deleted (default false)',
    at: 'DermaShieldBackupCopy/BackupCopyKey/Key/Resource',
    apply: (ref) => l1((ref.backupCopy.vault.encryptionKey as PhiKey).key).addPropertyDeletionOverride('EnableKeyRotation'),
  }],
  'DS-KMS-10': [{
    weakening: 'a multi-Region replica key whose PrimaryKeyArn names an AWS-managed key',
    at: 'DermaShieldPractice/MutationReplicaKey',
    apply: (ref) => raw(ref, 'ReplicaKey', 'AWS::KMS::ReplicaKey', {
      PrimaryKeyArn: 'arn:aws:kms:us-west-2:111122223333:alias/aws/backup',
      KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] },
    }),
  }],
  'DS-KMS-11': [{
    weakening: 'images key policy: a statement letting "*" decrypt with no condition (added by escape hatch)',
    at: 'DermaShieldPractice/ImagesKey/Key/Resource',
    apply: (ref) => {
      const key = l1(ref.practice.keys.images.key);
      const statements: unknown[] = resolved(key, (key as any).keyPolicy).Statement;
      key.addPropertyOverride('KeyPolicy.Statement', [...statements,
        { Sid: 'PartnerLab', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }]);
    },
  }],
  'DS-KMS-2': [{
    weakening: 'EHR key: RotationPeriodInDays raised to 730',
    at: 'DermaShieldPractice/EhrKey/Key/Resource',
    apply: (ref) => l1(ref.practice.keys.ehr.key).addPropertyOverride('RotationPeriodInDays', 730),
  }],
  'DS-KMS-3': [{
    weakening: 'backup key: PendingWindowInDays lowered to 7',
    at: 'DermaShieldPractice/BackupKey/Key/Resource',
    apply: (ref) => l1(ref.practice.keys.backup.key).addPropertyOverride('PendingWindowInDays', 7),
  }],

  // --- S3 ---
  'DS-S3-1': [{
    weakening: 'clinical image bucket: KMSMasterKeyID swapped to alias/aws/s3',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => l1(ref.practice.images.bucket).addPropertyOverride(
      'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID', 'alias/aws/s3'),
  }, {
    weakening: 'clinical image bucket: SSEAlgorithm lowered to AES256 (SSE-S3)',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => {
      const bucket = l1(ref.practice.images.bucket);
      bucket.addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm', 'AES256');
      bucket.addPropertyDeletionOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID');
    },
  }],
  'DS-S3-10': [{
    weakening: 'clinical image bucket: a DR replication rule without a replica key (destination default encryption)',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => l1(ref.practice.images.bucket).addPropertyOverride('ReplicationConfiguration', {
      Role: 'arn:aws:iam::111122223333:role/dermashield-replication',
      Rules: [{
        Id: 'dr-copy', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' },
        Destination: { Bucket: 'arn:aws:s3:::dermashield-images-dr-us-west-2' },
        SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
      }],
    }),
  }],
  'DS-S3-2': [{
    weakening: 'clinical image bucket policy: the aws:SecureTransport deny statement removed',
    at: 'DermaShieldPractice/ClinicalImages/Bucket',
    apply: (ref) => {
      const { policy, statements } = bucketPolicyStatements(ref);
      const i = indexWhere(statements, 'bucket policy statements', (s) => s.Condition?.Bool?.['aws:SecureTransport'] !== undefined);
      policy.addPropertyOverride('PolicyDocument.Statement', statements.filter((_, j) => j !== i));
    },
  }],
  'DS-S3-3': [{
    weakening: 'clinical image bucket policy: s3:TlsVersion floor lowered to 1.1',
    at: 'DermaShieldPractice/ClinicalImages/Bucket',
    apply: (ref) => {
      const { policy, statements } = bucketPolicyStatements(ref);
      const i = indexWhere(statements, 'bucket policy statements', (s) => s.Condition?.NumericLessThan?.['s3:TlsVersion'] !== undefined);
      policy.addPropertyOverride(`PolicyDocument.Statement.${i}.Condition.NumericLessThan.s3:TlsVersion`, 1.1);
    },
  }],
  'DS-S3-4': [{
    weakening: 'clinical image bucket: RestrictPublicBuckets overridden to false',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => l1(ref.practice.images.bucket).addPropertyOverride('PublicAccessBlockConfiguration.RestrictPublicBuckets', false),
  }, {
    weakening: 'audit trail bucket: PublicAccessBlockConfiguration deleted',
    at: 'DermaShieldPractice/AuditTrail/Bucket/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.bucket).addPropertyDeletionOverride('PublicAccessBlockConfiguration'),
  }],
  'DS-S3-5': [{
    weakening: 'clinical image bucket: versioning Suspended',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => l1(ref.practice.images.bucket).addPropertyOverride('VersioningConfiguration.Status', 'Suspended'),
  }, {
    // Object Lock keeps a bucket versioned whatever VersioningConfiguration says, so both go (the log bucket has Object Lock on).
    weakening: 'load balancer access-log bucket: VersioningConfiguration and ObjectLockEnabled deleted',
    at: 'DermaShieldPractice/Portal/AccessLogs/Resource',
    apply: (ref) => {
      l1(ref.practice.portal.accessLogBucket).addPropertyDeletionOverride('VersioningConfiguration');
      l1(ref.practice.portal.accessLogBucket).addPropertyDeletionOverride('ObjectLockEnabled');
    },
  }],
  'DS-S3-6': [{
    weakening: 'clinical image bucket: Object Lock default retention rule removed',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => l1(ref.practice.images.bucket).addPropertyDeletionOverride('ObjectLockConfiguration.Rule'),
  }],

  // --- RDS ---
  'DS-RDS-1': [{
    weakening: 'EHR database: KmsKeyId swapped to alias/aws/rds',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => l1(ref.practice.ehr.instance!).addPropertyOverride('KmsKeyId', 'alias/aws/rds'),
  }, {
    weakening: 'EHR database: StorageEncrypted overridden to false',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => {
      const db = l1(ref.practice.ehr.instance!);
      db.addPropertyOverride('StorageEncrypted', false);
      db.addPropertyDeletionOverride('KmsKeyId');
    },
  }],
  'DS-RDS-10': [{
    weakening: 'EHR database restored from a DR snapshot without its own KmsKeyId',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => {
      const db = l1(ref.practice.ehr.instance!);
      db.addPropertyOverride('DBSnapshotIdentifier', 'arn:aws:rds:us-east-1:111122223333:snapshot:ehr-dr');
      db.addPropertyDeletionOverride('KmsKeyId');
    },
  }],
  'DS-RDS-2': [{
    weakening: 'EHR parameter group: rds.force_ssl set to 0',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => l1(ref.practice.ehr.parameterGroup).addPropertyOverride('Parameters.rds\\.force_ssl', '0'),
  }, {
    weakening: 'EHR database: DBParameterGroupName deleted (engine default group)',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    alsoWeakens: ['DS-RDS-3'], // the default group sets no TLS floor either
    apply: (ref) => l1(ref.practice.ehr.instance!).addPropertyDeletionOverride('DBParameterGroupName'),
  }],
  'DS-RDS-3': [{
    weakening: 'EHR parameter group: ssl_min_protocol_version lowered to TLSv1',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => l1(ref.practice.ehr.parameterGroup).addPropertyOverride('Parameters.ssl_min_protocol_version', 'TLSv1'),
  }],
  'DS-RDS-4': [{
    weakening: 'EHR database: PerformanceInsightsKMSKeyId deleted (aws/rds)',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => l1(ref.practice.ehr.instance!).addPropertyDeletionOverride('PerformanceInsightsKMSKeyId'),
  }],
  'DS-RDS-5': [{
    weakening: 'an RDS Proxy in front of the EHR database with RequireTLS false',
    at: 'DermaShieldPractice/MutationEhrProxy',
    apply: (ref) => raw(ref, 'EhrProxy', 'AWS::RDS::DBProxy', {
      DBProxyName: 'ehr-proxy',
      EngineFamily: 'POSTGRESQL',
      RoleArn: 'arn:aws:iam::111122223333:role/ehr-proxy',
      Auth: [{ AuthScheme: 'SECRETS', IAMAuth: 'REQUIRED', SecretArn: ref.practice.ehr.masterSecret.secretArn }],
      VpcSubnetIds: dataSubnets(ref),
      RequireTLS: false,
    }),
  }],
  'DS-RDS-6': [{
    weakening: 'EHR database: MasterUserSecret.KmsKeyId swapped to alias/aws/secretsmanager',
    at: 'DermaShieldPractice/Ehr/Instance/Resource',
    apply: (ref) => l1(ref.practice.ehr.instance!).addPropertyOverride('MasterUserSecret.KmsKeyId', 'alias/aws/secretsmanager'),
  }],

  // --- ELB ---
  'DS-ELB-1': [{
    weakening: 'HTTPS listener: SslPolicy lowered to ELBSecurityPolicy-2016-08',
    at: 'DermaShieldPractice/Portal/LoadBalancer/Https/Resource',
    apply: (ref) => l1(ref.practice.portal.httpsListener).addPropertyOverride('SslPolicy', 'ELBSecurityPolicy-2016-08'),
  }, {
    weakening: 'HTTPS listener: SslPolicy lowered to ELBSecurityPolicy-TLS-1-2-2017-01 (CBC ciphers)',
    at: 'DermaShieldPractice/Portal/LoadBalancer/Https/Resource',
    apply: (ref) => l1(ref.practice.portal.httpsListener).addPropertyOverride('SslPolicy', 'ELBSecurityPolicy-TLS-1-2-2017-01'),
  }],
  'DS-ELB-2': [{
    weakening: 'HTTP listener: the redirect replaced by a forward to the portal targets',
    at: 'DermaShieldPractice/Portal/LoadBalancer/Http/Resource',
    apply: (ref) => l1(ref.practice.portal.httpRedirectListener).addPropertyOverride('DefaultActions', [
      { Type: 'forward', TargetGroupArn: l1(child(ref.practice.portal, 'PortalAppTargets')).ref },
    ]),
  }],
  'DS-ELB-3': [{
    weakening: 'HTTPS listener: certificate swapped to an IAM server certificate',
    at: 'DermaShieldPractice/Portal/LoadBalancer/Https/Resource',
    apply: (ref) => l1(ref.practice.portal.httpsListener).addPropertyOverride(
      'Certificates.0.CertificateArn', 'arn:aws:iam::111122223333:server-certificate/portal'),
  }],
  'DS-ELB-4': [{
    weakening: 'load balancer: routing.http.drop_invalid_header_fields.enabled set to false',
    at: 'DermaShieldPractice/Portal/LoadBalancer/Resource',
    apply: (ref) => {
      const lb = l1(ref.practice.portal.loadBalancer);
      const attributes = resolved(lb, (lb as any).loadBalancerAttributes);
      const i = indexWhere(attributes, 'LoadBalancerAttributes', (a) => keyOf(a) === 'routing.http.drop_invalid_header_fields.enabled');
      lb.addPropertyOverride(`LoadBalancerAttributes.${i}.Value`, 'false');
    },
  }],
  'DS-ELB-5': [{
    weakening: 'HTTPS listener: HSTS max-age lowered to 300 seconds',
    at: 'DermaShieldPractice/Portal/LoadBalancer/Https/Resource',
    apply: (ref) => {
      const listener = l1(ref.practice.portal.httpsListener);
      const attributes = resolved(listener, (listener as any).listenerAttributes);
      const i = indexWhere(attributes, 'ListenerAttributes',
        (a) => keyOf(a) === 'routing.http.response.strict_transport_security.header_value');
      listener.addPropertyOverride(`ListenerAttributes.${i}.Value`, 'max-age=300');
    },
  }],
  'DS-ELB-6': [{
    weakening: 'portal target group: Protocol lowered to HTTP',
    at: 'DermaShieldPractice/Portal/PortalAppTargets/Resource',
    apply: (ref) => l1(child(ref.practice.portal, 'PortalAppTargets')).addPropertyOverride('Protocol', 'HTTP'),
  }],

  // --- Backup ---
  'DS-BACKUP-1': [{
    weakening: 'backup vault: EncryptionKeyArn deleted (aws/backup)',
    at: 'DermaShieldPractice/Backup/Vault/Resource',
    apply: (ref) => l1(ref.practice.backup.vault).addPropertyDeletionOverride('EncryptionKeyArn'),
  }],
  'DS-BACKUP-2': [{
    weakening: 'second-Region copy vault: Vault Lock removed',
    at: 'DermaShieldBackupCopy/CopyVault/Vault/Resource',
    apply: (ref) => l1(ref.backupCopy.vault.vault).addPropertyDeletionOverride('LockConfiguration'),
  }, {
    weakening: 'backup vault: Vault Lock MinRetentionDays 0',
    at: 'DermaShieldPractice/Backup/Vault/Resource',
    apply: (ref) => l1(ref.practice.backup.vault).addPropertyOverride('LockConfiguration.MinRetentionDays', 0),
  }],
  'DS-BACKUP-3': [{
    weakening: 'backup vault: encrypted with the EHR data key it protects',
    at: 'DermaShieldPractice/Backup/Vault/Resource',
    apply: (ref) => l1(ref.practice.backup.vault).addPropertyOverride('EncryptionKeyArn', ref.practice.keys.ehr.key.keyArn),
  }],
  'DS-BACKUP-4': [{
    weakening: 'backup plan: Daily rule DeleteAfterDays lowered to 7',
    at: 'DermaShieldPractice/Backup/Plan/Resource',
    apply: (ref) => {
      const plan = l1(ref.practice.backup.plan);
      const rules = resolved(plan, (plan as any).backupPlan).backupPlanRule;
      const i = indexWhere(rules, 'BackupPlanRule', (r) => (r.RuleName ?? r.ruleName) === 'Daily');
      plan.addPropertyOverride(`BackupPlan.BackupPlanRule.${i}.Lifecycle.DeleteAfterDays`, 7);
    },
  }],
  'DS-BACKUP-5': [{
    weakening: 'restore testing of the EHR database (RDS selection) dropped',
    at: 'DermaShieldPractice/Backup/Plan/Resource',
    apply: (ref) => {
      if (!ref.practice.backup.node.tryRemoveChild('RestoreTestRDS')) throw new Error('mutation: no RestoreTestRDS selection');
    },
  }, {
    weakening: 'restore testing plan no longer includes the practice vault',
    at: 'DermaShieldPractice/Backup/Plan/Resource',
    apply: (ref) => l1(ref.practice.backup.restoreTestingPlan).addPropertyOverride('RecoveryPointSelection.IncludeVaults',
      ['arn:aws:backup:us-east-1:111122223333:backup-vault:some-other-vault']),
  }],
  'DS-BACKUP-6': [{
    weakening: 'backup vault: notifications reduced to BACKUP_JOB_COMPLETED (no copy or restore results)',
    at: 'DermaShieldPractice/Backup/Vault/Resource',
    apply: (ref) => l1(ref.practice.backup.vault).addPropertyOverride('Notifications.BackupVaultEvents', ['BACKUP_JOB_COMPLETED']),
  }],

  // --- Client VPN ---
  'DS-VPN-1': [{
    weakening: 'VPN endpoint: connection logging disabled',
    at: 'DermaShieldPractice/Vpn/Endpoint/Resource',
    apply: (ref) => l1(ref.practice.vpn.endpoint).addPropertyOverride('ConnectionLogOptions.Enabled', false),
  }],
  'DS-VPN-2': [{
    weakening: 'VPN endpoint: SAML federation replaced by mutual certificate authentication',
    at: 'DermaShieldPractice/Vpn/Endpoint/Resource',
    apply: (ref) => l1(ref.practice.vpn.endpoint).addPropertyOverride('AuthenticationOptions', [{
      Type: 'certificate-authentication',
      MutualAuthentication: { ClientRootCertificateChainArn: 'arn:aws:acm:us-east-1:111122223333:certificate/22222222-2222-2222-2222-222222222222' },
    }]),
  }],
  'DS-VPN-3': [{
    weakening: 'VPN endpoint: SessionTimeoutHours raised to 24',
    at: 'DermaShieldPractice/Vpn/Endpoint/Resource',
    apply: (ref) => l1(ref.practice.vpn.endpoint).addPropertyOverride('SessionTimeoutHours', 24),
  }],
  'DS-VPN-4': [{
    weakening: 'VPN endpoint: login banner turned off',
    at: 'DermaShieldPractice/Vpn/Endpoint/Resource',
    apply: (ref) => l1(ref.practice.vpn.endpoint).addPropertyDeletionOverride('ClientLoginBannerOptions'),
  }],
  'DS-VPN-5': [{
    weakening: 'clinicians authorization rule: AuthorizeAllGroups true',
    at: 'DermaShieldPractice/Vpn/Endpoint/Allow-clinicians/Resource',
    apply: (ref) => {
      const rule = l1(child(ref.practice.vpn.endpoint, 'Allow-clinicians'));
      rule.addPropertyOverride('AuthorizeAllGroups', true);
      rule.addPropertyDeletionOverride('AccessGroupId');
    },
  }],
  'DS-VPN-6': [{
    weakening: 'VPN endpoint: SplitTunnel turned on',
    at: 'DermaShieldPractice/Vpn/Endpoint/Resource',
    apply: (ref) => l1(ref.practice.vpn.endpoint).addPropertyOverride('SplitTunnel', true),
  }],

  // --- Logs, SNS, SQS, Secrets Manager, EC2, EFS, DynamoDB ---
  'DS-LOGS-1': [{
    weakening: 'EHR PostgreSQL log group: KmsKeyId deleted',
    at: 'DermaShieldPractice/Ehr/PostgresqlLogGroup/Resource',
    apply: (ref) => l1(child(ref.practice.ehr, 'PostgresqlLogGroup')).addPropertyDeletionOverride('KmsKeyId'),
  }],
  'DS-SNS-1': [{
    weakening: 'encryption-alarm topic: KmsMasterKeyId swapped to alias/aws/sns',
    at: 'DermaShieldPractice/EncryptionAlarms/Topic/Resource',
    apply: (ref) => l1(ref.practice.alarms.topic).addPropertyOverride('KmsMasterKeyId', 'alias/aws/sns'),
  }],
  'DS-SQS-1': [{
    weakening: 'a queue (L2, encrypted with the alerts key) overridden to alias/aws/sqs',
    at: 'DermaShieldPractice/MutationQueue/Resource',
    apply: (ref) => {
      const queue = new sqs.Queue(ref.practice, 'MutationQueue', {
        encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: ref.practice.keys.alerts.key, enforceSSL: true,
      });
      l1(queue).addPropertyOverride('KmsMasterKeyId', 'alias/aws/sqs');
    },
  }, {
    weakening: 'a raw queue with SQS-managed SSE',
    at: 'DermaShieldPractice/MutationSseSqsQueue',
    apply: (ref) => tlsOnly(ref, 'SseSqsQueue', raw(ref, 'SseSqsQueue', 'AWS::SQS::Queue', { SqsManagedSseEnabled: true })),
  }],
  'DS-SQS-10': [{
    weakening: 'a CMK-encrypted queue whose policy denies plain-HTTP SendMessage only (receives allowed without TLS)',
    at: 'DermaShieldPractice/MutationHalfTlsQueue',
    apply: (ref) => tlsOnly(ref, 'HalfTlsQueue', raw(ref, 'HalfTlsQueue', 'AWS::SQS::Queue', { KmsMasterKeyId: cmk(ref) }), { Action: 'sqs:SendMessage' }),
  }],
  'DS-SNS-10': [{
    weakening: 'encryption-alarm topic policy: the aws:SecureTransport deny removed',
    at: 'DermaShieldPractice/EncryptionAlarms/Topic/Resource',
    apply: (ref) => {
      const policy = l1(child(ref.practice.alarms.topic, 'Policy'));
      const statements: any[] = resolved(policy, (policy as any).policyDocument).Statement;
      const i = indexWhere(statements, 'topic policy statements', (st) => st.Condition?.Bool?.['aws:SecureTransport'] !== undefined);
      policy.addPropertyOverride('PolicyDocument.Statement', statements.filter((_, j) => j !== i));
    },
  }],
  'DS-SNS-11': [{
    weakening: 'encryption-alarm topic: an http:// subscription for a paging partner',
    at: 'DermaShieldPractice/MutationHttpSubscription',
    apply: (ref) => raw(ref, 'HttpSubscription', 'AWS::SNS::Subscription', {
      TopicArn: l1(ref.practice.alarms.topic).ref, Protocol: 'http', Endpoint: 'http://pager.example-derm.com/hook',
    }),
  }],
  'DS-SM-1': [{
    weakening: 'a secret (L2, encrypted with the EHR key) with KmsKeyId deleted',
    at: 'DermaShieldPractice/MutationSecret/Resource',
    apply: (ref) => {
      const secret = new secretsmanager.Secret(ref.practice, 'MutationSecret', { encryptionKey: ref.practice.keys.ehr.key });
      l1(secret).addPropertyDeletionOverride('KmsKeyId');
    },
  }],
  'DS-SM-10': [{
    weakening: 'a secret (L2, EHR key) replicated to us-west-2 without a replica key',
    at: 'DermaShieldPractice/MutationReplicatedSecret/Resource',
    apply: (ref) => new secretsmanager.Secret(ref.practice, 'MutationReplicatedSecret', {
      encryptionKey: ref.practice.keys.ehr.key, replicaRegions: [{ region: 'us-west-2' }],
    }),
  }],
  'DS-EC2-1': [{
    weakening: 'an unencrypted EBS volume',
    at: 'DermaShieldPractice/MutationVolume',
    apply: (ref) => raw(ref, 'Volume', 'AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 100, VolumeType: 'gp3', Encrypted: false }),
  }],
  'DS-EC2-10': [{
    weakening: 'an encrypted EBS volume under alias/aws/ebs',
    at: 'DermaShieldPractice/MutationAwsEbsVolume',
    apply: (ref) => raw(ref, 'AwsEbsVolume', 'AWS::EC2::Volume', {
      AvailabilityZone: 'us-east-1a', Size: 100, VolumeType: 'gp3', Encrypted: true, KmsKeyId: 'alias/aws/ebs',
    }),
  }],
  'DS-EFS-1': [{
    weakening: 'an EFS file system encrypted with alias/aws/elasticfilesystem',
    at: 'DermaShieldPractice/MutationFileSystem',
    apply: (ref) => raw(ref, 'FileSystem', 'AWS::EFS::FileSystem', {
      Encrypted: true, KmsKeyId: 'alias/aws/elasticfilesystem', FileSystemPolicy: EFS_TLS_ONLY_POLICY,
    }),
  }],
  'DS-EFS-10': [{
    weakening: 'a CMK-encrypted EFS file system without a file system policy (plain NFS mounts allowed)',
    at: 'DermaShieldPractice/MutationPlainNfs',
    apply: (ref) => raw(ref, 'PlainNfs', 'AWS::EFS::FileSystem', { Encrypted: true, KmsKeyId: cmk(ref) }),
  }],
  'DS-LAMBDA-2': [{
    weakening: 'the default-security-group closer function loses its own log group and falls back to the implicit /aws/lambda one',
    at: 'DermaShieldPractice/Network/DefaultSecurityGroupCloser',
    apply: (ref) => l1(ref.practice.network.node.findChild('DefaultSecurityGroupCloser')).addPropertyDeletionOverride('LoggingConfig'),
  }],
  'DS-ECS-10': [{
    weakening: 'an ECS task definition mounting a TLS-only EFS file system with TransitEncryption DISABLED',
    at: 'DermaShieldPractice/MutationImagingTask',
    apply: (ref) => raw(ref, 'ImagingTask', 'AWS::ECS::TaskDefinition', {
      ContainerDefinitions: [{ Name: 'dicom', Image: 'public.ecr.aws/docker/library/busybox:latest', Essential: true }],
      Volumes: [{ Name: 'images', EFSVolumeConfiguration: { FilesystemId: efsFileSystem(ref, 'TaskFileSystem').ref, TransitEncryption: 'DISABLED' } }],
    }),
  }],
  'DS-BATCH-1': [{
    weakening: 'a Batch job definition mounting EFS without transit encryption',
    at: 'DermaShieldPractice/MutationImagingJob',
    apply: (ref) => raw(ref, 'ImagingJob', 'AWS::Batch::JobDefinition', {
      Type: 'container',
      ContainerProperties: {
        Image: 'public.ecr.aws/docker/library/busybox:latest',
        ResourceRequirements: [{ Type: 'VCPU', Value: '1' }, { Type: 'MEMORY', Value: '2048' }],
        Volumes: [{ Name: 'images', EfsVolumeConfiguration: { FileSystemId: efsFileSystem(ref, 'JobFileSystem').ref } }],
      },
    }),
  }],
  'DS-DDB-1': [{
    weakening: 'a DynamoDB table with KMS SSE but no customer-managed key (aws/dynamodb)',
    at: 'DermaShieldPractice/MutationTable',
    apply: (ref) => raw(ref, 'Table', 'AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
    }),
  }],

  // --- CloudTrail, VPC, CloudWatch ---
  'DS-TRAIL-1': [{
    weakening: 'audit trail: KMSKeyId deleted',
    at: 'DermaShieldPractice/AuditTrail/Trail/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyDeletionOverride('KMSKeyId'),
  }],
  'DS-TRAIL-2': [{
    weakening: 'audit trail: EnableLogFileValidation false',
    at: 'DermaShieldPractice/AuditTrail/Trail/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyOverride('EnableLogFileValidation', false),
  }],
  'DS-TRAIL-3': [{
    weakening: 'audit trail: IsLogging false (trail stopped)',
    at: 'DermaShieldPractice/AuditTrail/Trail/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyOverride('IsLogging', false),
  }, {
    weakening: 'audit trail: single-Region',
    at: 'DermaShieldPractice/AuditTrail/Trail/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyOverride('IsMultiRegionTrail', false),
  }],
  'DS-TRAIL-10': [{
    weakening: 'audit trail: kms.amazonaws.com excluded from management events',
    at: 'DermaShieldPractice/AuditTrail/Trail/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyOverride('EventSelectors.0.ExcludeManagementEventSources', ['kms.amazonaws.com']),
  }, {
    weakening: 'audit trail: management events WriteOnly (KMS Decrypt is a read event)',
    at: 'DermaShieldPractice/AuditTrail/Trail/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyOverride('EventSelectors.0.ReadWriteType', 'WriteOnly'),
  }],
  'DS-TRAIL-11': [{
    weakening: 'audit trail: the clinical-image S3 data event selector dropped',
    at: 'DermaShieldPractice/ClinicalImages/Bucket/Resource',
    apply: (ref) => l1(ref.practice.auditTrail.trail).addPropertyOverride('EventSelectors', [{ IncludeManagementEvents: true, ReadWriteType: 'All' }]),
  }],
  'DS-VPC-1': [{
    weakening: 'VPC flow log: TrafficType REJECT only',
    at: 'DermaShieldPractice/Network/Vpc/Resource',
    apply: (ref) => l1(child(ref.practice.network.flowLog, 'FlowLog')).addPropertyOverride('TrafficType', 'REJECT'),
  }, {
    weakening: 'VPC flow log removed',
    at: 'DermaShieldPractice/Network/Vpc/Resource',
    apply: (ref) => {
      if (!ref.practice.network.node.tryRemoveChild('FlowLog')) throw new Error('mutation: no FlowLog');
    },
  }],
  'DS-CW-1': [{
    weakening: 'KMS decrypt-failure alarm: AlarmActions deleted',
    at: 'DermaShieldPractice/EncryptionAlarms/KmsDecryptFailuresAlarm/Resource',
    apply: (ref) => l1(ref.practice.alarms.decryptFailureAlarm).addPropertyDeletionOverride('AlarmActions'),
  }, {
    weakening: 'key-disabled EventBridge rule: State DISABLED',
    at: 'DermaShieldPractice/EncryptionAlarms/KmsKeyDisabledOrDeleted/Resource',
    apply: (ref) => l1(child(ref.practice.alarms, 'KmsKeyDisabledOrDeleted')).addPropertyOverride('State', 'DISABLED'),
  }],

  // --- Resource types the reference does not deploy: compliant except for the one control ---
  'DS-ELASTICACHE-1': [{
    weakening: 'a Valkey replication group without a customer-managed key',
    at: 'DermaShieldPractice/MutationCacheKey',
    apply: (ref) => raw(ref, 'CacheKey', 'AWS::ElastiCache::ReplicationGroup', elastiCache(ref, 'key')),
  }],
  'DS-ELASTICACHE-2': [{
    weakening: "a Valkey replication group with TransitEncryptionMode 'preferred'",
    at: 'DermaShieldPractice/MutationCacheTransit',
    apply: (ref) => raw(ref, 'CacheTransit', 'AWS::ElastiCache::ReplicationGroup', elastiCache(ref, 'transit')),
  }],
  'DS-KINESIS-1': [{
    weakening: 'a Kinesis stream encrypted with alias/aws/kinesis',
    at: 'DermaShieldPractice/MutationStream',
    apply: (ref) => raw(ref, 'Stream', 'AWS::Kinesis::Stream', {
      ShardCount: 1, StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    }),
  }],
  'DS-KINESIS-2': [{
    weakening: 'a Direct PUT Firehose stream with an AWS-owned key',
    at: 'DermaShieldPractice/MutationFirehose',
    apply: (ref) => raw(ref, 'Firehose', 'AWS::KinesisFirehose::DeliveryStream', {
      DeliveryStreamType: 'DirectPut',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      ExtendedS3DestinationConfiguration: {
        BucketARN: ref.practice.images.bucket.bucketArn,
        RoleARN: 'arn:aws:iam::111122223333:role/firehose-delivery',
        EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: ref.practice.keys.images.key.keyArn } },
      },
    }),
  }],
  'DS-FIREHOSE-1': [{
    weakening: 'a CMK-encrypted Firehose stream whose S3 destination writes under alias/aws/s3',
    at: 'DermaShieldPractice/MutationFirehoseDestination',
    apply: (ref) => raw(ref, 'FirehoseDestination', 'AWS::KinesisFirehose::DeliveryStream', firehoseStream(ref, 'destination')),
  }],
  'DS-FIREHOSE-2': [{
    weakening: 'a CMK-encrypted Firehose stream delivering to an http:// endpoint',
    at: 'DermaShieldPractice/MutationFirehoseHttp',
    apply: (ref) => raw(ref, 'FirehoseHttp', 'AWS::KinesisFirehose::DeliveryStream', firehoseStream(ref, 'http')),
  }],
  'DS-OPENSEARCH-1': [{
    weakening: 'an OpenSearch domain encrypted at rest with the AWS-managed key',
    at: 'DermaShieldPractice/MutationSearchKey',
    apply: (ref) => raw(ref, 'SearchKey', 'AWS::OpenSearchService::Domain', openSearch(ref, 'key')),
  }],
  'DS-OPENSEARCH-2': [{
    weakening: 'an OpenSearch domain without node-to-node encryption',
    at: 'DermaShieldPractice/MutationSearchNode',
    apply: (ref) => raw(ref, 'SearchNode', 'AWS::OpenSearchService::Domain', openSearch(ref, 'node')),
  }],
  'DS-OPENSEARCH-3': [{
    weakening: 'an OpenSearch domain with TLSSecurityPolicy Policy-Min-TLS-1-0-2019-07',
    at: 'DermaShieldPractice/MutationSearchTls',
    apply: (ref) => raw(ref, 'SearchTls', 'AWS::OpenSearchService::Domain', openSearch(ref, 'tls')),
  }],
  'DS-DOCDB-1': [{
    weakening: 'a DocumentDB cluster encrypted with alias/aws/rds',
    at: 'DermaShieldPractice/MutationDocDbKey',
    apply: (ref) => raw(ref, 'DocDbKey', 'AWS::DocDB::DBCluster', docDb(ref, 'key')),
  }],
  'DS-DOCDB-2': [{
    weakening: "a DocumentDB cluster whose parameter group sets tls 'enabled' (TLS 1.0)",
    at: 'DermaShieldPractice/MutationDocDbTls',
    apply: (ref) => raw(ref, 'DocDbTls', 'AWS::DocDB::DBCluster', docDb(ref, 'tls')),
  }],
  'DS-NEPTUNE-1': [{
    weakening: 'a Neptune cluster encrypted with the AWS-managed RDS key (ARN form)',
    at: 'DermaShieldPractice/MutationNeptuneKey',
    apply: (ref) => raw(ref, 'NeptuneKey', 'AWS::Neptune::DBCluster', neptune(ref, 'key')),
  }],
  'DS-NEPTUNE-2': [{
    weakening: 'a Neptune cluster on engine 1.0.3.0 (TLS below 1.2)',
    at: 'DermaShieldPractice/MutationNeptuneTls',
    apply: (ref) => raw(ref, 'NeptuneTls', 'AWS::Neptune::DBCluster', neptune(ref, 'tls')),
  }],
  'DS-REDSHIFT-1': [{
    weakening: 'a Redshift cluster without a customer-managed key',
    at: 'DermaShieldPractice/MutationRedshiftKey',
    apply: (ref) => raw(ref, 'RedshiftKey', 'AWS::Redshift::Cluster', redshift(ref, 'key')),
  }],
  'DS-REDSHIFT-2': [{
    weakening: 'a Redshift cluster whose parameter group sets require_ssl false',
    at: 'DermaShieldPractice/MutationRedshiftSsl',
    apply: (ref) => raw(ref, 'RedshiftSsl', 'AWS::Redshift::Cluster', redshift(ref, 'ssl')),
  }],
  'DS-CLOUDFRONT-1': [{
    weakening: 'a CloudFront distribution with viewer policy TLSv1.2_2019',
    at: 'DermaShieldPractice/MutationCdnViewerTls',
    apply: (ref) => raw(ref, 'CdnViewerTls', 'AWS::CloudFront::Distribution', cloudFront(ref, 'viewerTls')),
  }],
  'DS-CLOUDFRONT-2': [{
    weakening: "a CloudFront distribution with ViewerProtocolPolicy 'allow-all'",
    at: 'DermaShieldPractice/MutationCdnViewerHttps',
    apply: (ref) => raw(ref, 'CdnViewerHttps', 'AWS::CloudFront::Distribution', cloudFront(ref, 'viewerHttps')),
  }],
  'DS-CLOUDFRONT-3': [{
    weakening: 'a CloudFront distribution whose origin allows TLSv1.1',
    at: 'DermaShieldPractice/MutationCdnOriginTls',
    apply: (ref) => raw(ref, 'CdnOriginTls', 'AWS::CloudFront::Distribution', cloudFront(ref, 'originTls')),
  }],
  'DS-APIGW-1': [{
    weakening: 'an API Gateway custom domain with SecurityPolicy TLS_1_0',
    at: 'DermaShieldPractice/MutationApiDomain',
    apply: (ref) => raw(ref, 'ApiDomain', 'AWS::ApiGateway::DomainName', {
      DomainName: 'api.example-derm.com',
      RegionalCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/33333333-3333-3333-3333-333333333333',
      EndpointConfiguration: { Types: ['REGIONAL'] },
      SecurityPolicy: 'TLS_1_0',
    }),
  }],
  'DS-APIGW-10': [{
    weakening: 'a REST API method proxying to an http:// scheduling backend',
    at: 'DermaShieldPractice/MutationApiMethod',
    apply: (ref) => {
      const api = raw(ref, 'RestApi', 'AWS::ApiGateway::RestApi', { Name: 'mutation-portal-api', EndpointConfiguration: { Types: ['REGIONAL'] }, SecurityPolicy: 'TLS_1_2' });
      raw(ref, 'ApiMethod', 'AWS::ApiGateway::Method', {
        RestApiId: api.ref, ResourceId: api.getAtt('RootResourceId'), HttpMethod: 'GET', AuthorizationType: 'AWS_IAM',
        Integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'GET', Uri: 'http://scheduling.example-derm.com/' },
      });
    },
  }],
  'DS-APIGW-11': [{
    weakening: 'an HTTP API integration proxying to an http:// backend',
    at: 'DermaShieldPractice/MutationHttpApiIntegration',
    apply: (ref) => {
      const api = raw(ref, 'HttpApi', 'AWS::ApiGatewayV2::Api', { Name: 'mutation-portal-http-api', ProtocolType: 'HTTP' });
      raw(ref, 'HttpApiIntegration', 'AWS::ApiGatewayV2::Integration', {
        ApiId: api.ref, IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', PayloadFormatVersion: '1.0',
        IntegrationUri: 'http://scheduling.example-derm.com/',
      });
    },
  }],
  'DS-MSK-1': [{
    weakening: 'an MSK cluster without a customer-managed data-volume key',
    at: 'DermaShieldPractice/MutationKafkaKey',
    apply: (ref) => raw(ref, 'KafkaKey', 'AWS::MSK::Cluster', msk(ref, 'key')),
  }],
  'DS-MSK-2': [{
    weakening: "an MSK cluster with ClientBroker 'TLS_PLAINTEXT'",
    at: 'DermaShieldPractice/MutationKafkaTransit',
    apply: (ref) => raw(ref, 'KafkaTransit', 'AWS::MSK::Cluster', msk(ref, 'transit')),
  }],
};

/** The table flattened, one entry per mutation. */
export function allMutations(): ControlMutation[] {
  return Object.entries(MUTATIONS).flatMap(([controlId, list]) => list.map((m) => ({ ...m, controlId })));
}
