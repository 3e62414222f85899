/**
 * Configuration items for the Guard policy tests, one compliant, one non-compliant and one not-applicable item (at
 * least) per control with a `guardPolicy`. Each item has the shape AWS Config hands a custom policy rule (the
 * configuration item of a ConfigurationItemChangeNotification), with only the properties the documented
 * configuration-item schema lists for its resource type (awslabs/aws-config-resource-schema, and the
 * supplementaryConfiguration of AWS::S3::Bucket as Config records it).
 */

/** A configuration item as Config records it. */
export interface ConfigurationItem {
  readonly version: string;
  readonly accountId: string;
  readonly configurationItemCaptureTime: string;
  readonly configurationItemStatus: string;
  readonly configurationStateId: string;
  readonly arn: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName: string;
  readonly awsRegion: string;
  readonly availabilityZone: string;
  readonly tags: Record<string, string>;
  readonly relatedEvents: string[];
  readonly relationships: unknown[];
  readonly configuration: unknown;
  readonly supplementaryConfiguration: Record<string, unknown>;
}

/** Cases for one control. */
export interface GuardPolicyCases {
  readonly compliant: Record<string, ConfigurationItem>;
  readonly nonCompliant: Record<string, ConfigurationItem>;
  readonly notApplicable: Record<string, ConfigurationItem>;
}

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const CMK_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** A configuration item of this type with this configuration. */
export function ci(resourceType: string, configuration: unknown, supplementaryConfiguration: Record<string, unknown> = {}): ConfigurationItem {
  const name = resourceType.split('::')[2].toLowerCase();
  return {
    version: '1.3',
    accountId: ACCOUNT,
    configurationItemCaptureTime: '2026-11-30T12:00:00.000Z',
    configurationItemStatus: 'OK',
    configurationStateId: '1764504000000',
    arn: `arn:aws:${name}:${REGION}:${ACCOUNT}:${name}/example`,
    resourceType,
    resourceId: `${name}-example`,
    resourceName: `${name}-example`,
    awsRegion: REGION,
    availabilityZone: 'Not Applicable',
    tags: {},
    relatedEvents: [],
    relationships: [],
    configuration,
    supplementaryConfiguration,
  };
}

// ---- S3 ------------------------------------------------------------------------------------------------------
const sse = (applyServerSideEncryptionByDefault: Record<string, unknown>) => ({
  ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault, bucketKeyEnabled: true }] },
});
const bucket = (supplementary: Record<string, unknown>) =>
  ci('AWS::S3::Bucket', { name: 'clinic-images', creationDate: '2026-01-01T00:00:00.000Z' }, supplementary);

/** The TLS statements aws-cdk-lib writes for `enforceSSL: true, minimumTLSVersion: 1.2`, as S3 stores the policy. */
const cdkTlsPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Action: 's3:*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Resource: ['arn:aws:s3:::clinic-images', 'arn:aws:s3:::clinic-images/*'],
    },
    {
      Action: 's3:*',
      Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } },
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Resource: ['arn:aws:s3:::clinic-images', 'arn:aws:s3:::clinic-images/*'],
    },
  ],
});
/** The same condition, with Effect written before Condition and a numeric value, pretty-printed. */
const handWrittenTlsPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{
    Sid: 'DenyOldTls',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: ['arn:aws:s3:::clinic-images', 'arn:aws:s3:::clinic-images/*'],
    Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
  }],
}, null, 2);
const allowWithTlsCondition = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::clinic-images/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::clinic-images/*', Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } },
  ],
});
const tls10Floor = cdkTlsPolicy.replace('"s3:TlsVersion":"1.2"', '"s3:TlsVersion":"1.0"');

// ---- Client VPN ----------------------------------------------------------------------------------------------
const vpn = (overrides: Record<string, unknown> = {}) => ci('AWS::EC2::ClientVpnEndpoint', {
  Id: 'cvpn-endpoint-0123456789abcdef0',
  Description: 'clinic VPN',
  ClientCidrBlock: '10.100.0.0/22',
  DnsServers: [],
  SplitTunnel: false,
  VpnPort: 443,
  TransportProtocol: 'udp',
  ServerCertificateArn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/abc`,
  AuthenticationOptions: [{
    Type: 'federated-authentication',
    FederatedAuthentication: { SAMLProviderArn: `arn:aws:iam::${ACCOUNT}:saml-provider/ClinicIdP` },
  }],
  ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: 'clinic-vpn', CloudwatchLogStream: 'connections' },
  SecurityGroupIds: ['sg-0123456789abcdef0'],
  VpcId: 'vpc-0123456789abcdef0',
  SelfServicePortal: 'disabled',
  ClientConnectOptions: { Enabled: false },
  SessionTimeoutHours: 8,
  ClientLoginBannerOptions: { Enabled: true, BannerText: 'This network carries ePHI. Authorized use only; activity is monitored.' },
  ...overrides,
});
/** An item Config still hands the rule for a deleted endpoint: no configuration to judge. */
const other = (resourceType: string) => ci(resourceType, {});

// ---- RDS -----------------------------------------------------------------------------------------------------
const dbInstance = (overrides: Record<string, unknown>) => ci('AWS::RDS::DBInstance', {
  dBInstanceIdentifier: 'ehr', engine: 'postgres', engineVersion: '16.4', storageEncrypted: true, kmsKeyId: CMK_ARN,
  performanceInsightsEnabled: true, performanceInsightsKMSKeyId: CMK_ARN, performanceInsightsRetentionPeriod: 7,
  ...overrides,
});
const dbCluster = (overrides: Record<string, unknown>) => ci('AWS::RDS::DBCluster', {
  dbclusterIdentifier: 'graph', engine: 'neptune', engineVersion: '1.3.2.1', storageEncrypted: true, kmsKeyId: CMK_ARN,
  ...overrides,
});

// ---- Backup --------------------------------------------------------------------------------------------------
const plan = (rules: unknown[]) => ci('AWS::Backup::BackupPlan', {
  BackupPlanId: 'plan-1', BackupPlanArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-plan:plan-1`, VersionId: 'v1',
  BackupPlan: { BackupPlanName: 'ehr', BackupPlanRule: rules },
});
const planRule = (deleteAfterDays: number | undefined, copy?: number | null) => ({
  RuleName: 'daily',
  TargetBackupVault: 'ehr-vault',
  ScheduleExpression: 'cron(0 5 ? * * *)',
  StartWindowMinutes: 60,
  CompletionWindowMinutes: 180,
  ...(deleteAfterDays === undefined ? {} : { Lifecycle: { DeleteAfterDays: deleteAfterDays } }),
  ...(copy === undefined ? {} : {
    CopyActions: [{
      DestinationBackupVaultArn: `arn:aws:backup:us-west-2:${ACCOUNT}:backup-vault:ehr-copy`,
      ...(copy === null ? {} : { Lifecycle: { DeleteAfterDays: copy } }),
    }],
  }),
});
const vault = (notifications?: unknown) => ci('AWS::Backup::BackupVault', {
  BackupVaultName: 'ehr-vault', BackupVaultArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:ehr-vault`, EncryptionKeyArn: CMK_ARN,
  ...(notifications === undefined ? {} : { Notifications: notifications }),
});
const topicArn = `arn:aws:sns:${REGION}:${ACCOUNT}:backup-results`;

// ---- messaging and streams -----------------------------------------------------------------------------------
const queue = (overrides: Record<string, unknown>) => ci('AWS::SQS::Queue', {
  QueueName: 'intake', QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/intake`,
  QueueArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:intake`, VisibilityTimeout: 30, ...overrides,
});
const topic = (overrides: Record<string, unknown>) => ci('AWS::SNS::Topic', { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`, ...overrides });
const stream = (encryption?: unknown) => ci('AWS::Kinesis::Stream', {
  Name: 'telemetry', Arn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/telemetry`, ShardCount: 1, RetentionPeriodHours: 24,
  ...(encryption === undefined ? {} : { StreamEncryption: encryption }),
});
const firehose = (type: string, keyType?: string) => ci('AWS::KinesisFirehose::DeliveryStream', {
  DeliveryStreamName: 'to-lake', DeliveryStreamType: type,
  ...(keyType === undefined ? {} : { DeliveryStreamEncryptionConfigurationInput: { KeyType: keyType, } }),
  ...(type === 'KinesisStreamAsSource' ? { KinesisStreamSourceConfiguration: { KinesisStreamARN: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/telemetry`, RoleARN: `arn:aws:iam::${ACCOUNT}:role/fh` } } : {}),
});
const msk = (atRestKey: string | undefined, clientBroker: string, inCluster: boolean) => ci('AWS::MSK::Cluster', {
  ClusterName: 'events', KafkaVersion: '3.6.0', NumberOfBrokerNodes: 3,
  EncryptionInfo: {
    ...(atRestKey === undefined ? {} : { EncryptionAtRest: { DataVolumeKMSKeyId: atRestKey } }),
    EncryptionInTransit: { ClientBroker: clientBroker, InCluster: inCluster },
  },
});
const domain = (endpoint: Record<string, unknown>) => ci('AWS::OpenSearch::Domain', {
  DomainName: 'notes', EngineVersion: 'OpenSearch_2.13',
  EncryptionAtRestOptions: { Enabled: true, KmsKeyId: CMK_ARN }, NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: endpoint,
});
const alarm = (overrides: Record<string, unknown>) => ci('AWS::CloudWatch::Alarm', {
  alarmName: 'kms-key-disabled', alarmDescription: '[DS-KMS-3] A PHI key was disabled or scheduled for deletion',
  actionsEnabled: true, alarmActions: [`arn:aws:sns:${REGION}:${ACCOUNT}:security`], okactions: [], insufficientDataActions: [],
  metricName: 'KeyDisabled', namespace: 'DermaShield', comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 1,
  ...overrides,
});

// ---- ELB -----------------------------------------------------------------------------------------------------
const listener = (protocol: string, overrides: Record<string, unknown> = {}) => ci('AWS::ElasticLoadBalancingV2::Listener', {
  ListenerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/portal/50dc6c495c0c9188/f2f7dc8efc522ab2`,
  LoadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/portal/50dc6c495c0c9188`,
  Port: protocol === 'HTTP' ? 80 : 443,
  Protocol: protocol,
  ...(protocol === 'HTTPS' || protocol === 'TLS' ? {
    SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
    Certificates: [{ CertificateArn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012` }],
  } : {}),
  DefaultActions: protocol === 'HTTP'
    ? [{ Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }]
    : [{ Type: 'forward', Order: 1, TargetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/portal/73e2d6bc24d8a067` }],
  ...overrides,
});

// ---- CloudFront ----------------------------------------------------------------------------------------------
const customOrigin = (id: string, protocolPolicy: string, protocols: string[]) => ({
  id, domainName: `${id}.clinic.example`, connectionAttempts: 3, connectionTimeout: 10,
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: protocolPolicy, originSslProtocols: { quantity: protocols.length, items: protocols } },
});
const s3Origin = (id: string) => ({ id, domainName: 'clinic-images.s3.us-east-1.amazonaws.com', originAccessControlId: 'E2QWRUHAPOMQZL', s3OriginConfig: { originAccessIdentity: '' } });
const behavior = (targetOriginId: string, viewerProtocolPolicy: string, pathPattern?: string) => ({ ...(pathPattern ? { pathPattern } : {}), targetOriginId, viewerProtocolPolicy });
const distribution = (origins: unknown[], defaultBehavior: unknown, behaviors: unknown[] = []) => ci('AWS::CloudFront::Distribution', {
  distributionConfig: {
    origins: { quantity: origins.length, items: origins },
    defaultCacheBehavior: defaultBehavior,
    cacheBehaviors: { quantity: behaviors.length, items: behaviors },
    enabled: true,
  },
});

/** The cases, by control id. */
export const GUARD_POLICY_CASES: Readonly<Record<string, GuardPolicyCases>> = {
  'DS-S3-1': {
    compliant: {
      'SSE-KMS with a CMK ARN': bucket(sse({ sseAlgorithm: 'aws:kms', kmsMasterKeyID: CMK_ARN })),
      'DSSE-KMS with a CMK ARN': bucket(sse({ sseAlgorithm: 'aws:kms:dsse', kmsMasterKeyID: CMK_ARN })),
    },
    nonCompliant: {
      'SSE-S3': bucket(sse({ sseAlgorithm: 'AES256' })),
      'SSE-KMS without a key id (aws/s3)': bucket(sse({ sseAlgorithm: 'aws:kms' })),
      'SSE-KMS with alias/aws/s3': bucket(sse({ sseAlgorithm: 'aws:kms', kmsMasterKeyID: 'alias/aws/s3' })),
      'SSE-KMS with the aws/s3 alias ARN': bucket(sse({ sseAlgorithm: 'aws:kms', kmsMasterKeyID: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/s3` })),
      'no encryption configuration recorded': bucket({}),
    },
    notApplicable: { 'another resource type': other('AWS::SQS::Queue') },
  },
  'DS-S3-3': {
    compliant: {
      'aws-cdk-lib enforceSSL + minimumTLSVersion 1.2': bucket({ BucketPolicy: { policyText: cdkTlsPolicy } }),
      'hand-written, Effect before Condition, numeric value': bucket({ BucketPolicy: { policyText: handWrittenTlsPolicy } }),
    },
    nonCompliant: {
      'no bucket policy': bucket({}),
      'policy with SecureTransport only': bucket({ BucketPolicy: { policyText: JSON.stringify({ Version: '2012-10-17', Statement: [JSON.parse(cdkTlsPolicy).Statement[0]] }) } }),
      'TlsVersion condition in an Allow statement': bucket({ BucketPolicy: { policyText: allowWithTlsCondition } }),
      'TLS 1.0 floor': bucket({ BucketPolicy: { policyText: tls10Floor } }),
    },
    notApplicable: { 'another resource type': other('AWS::SNS::Topic') },
  },
  'DS-RDS-4': {
    compliant: {
      'instance with PI on a CMK': dbInstance({}),
      'Multi-AZ cluster with PI on a CMK': ci('AWS::RDS::DBCluster', { dbclusterIdentifier: 'ehr', engine: 'postgres', performanceInsightsEnabled: true, performanceInsightsKMSKeyId: CMK_ARN }),
    },
    nonCompliant: {
      'PI on with no key recorded': dbInstance({ performanceInsightsKMSKeyId: undefined }),
      'PI on with alias/aws/rds': dbInstance({ performanceInsightsKMSKeyId: 'alias/aws/rds' }),
    },
    notApplicable: {
      'PI off': dbInstance({ performanceInsightsEnabled: false, performanceInsightsKMSKeyId: undefined }),
      'another resource type': other('AWS::S3::Bucket'),
    },
  },
  'DS-BACKUP-4': {
    compliant: {
      'every rule 35 days and copies 90': plan([planRule(35, 90), planRule(365)]),
      'a rule that never expires and a copy that never expires': plan([planRule(undefined, null)]),
    },
    nonCompliant: {
      'one rule of two keeps 7 days': plan([planRule(35), planRule(7)]),
      'a copy action keeps 14 days': plan([planRule(35, 14)]),
    },
    notApplicable: { 'another resource type': other('AWS::Backup::BackupVault') },
  },
  'DS-BACKUP-6': {
    compliant: {
      'the three job events to a topic': vault({ SNSTopicArn: topicArn, BackupVaultEvents: ['BACKUP_JOB_COMPLETED', 'COPY_JOB_FAILED', 'RESTORE_JOB_COMPLETED', 'RECOVERY_POINT_MODIFIED'] }),
    },
    nonCompliant: {
      'no notifications': vault(),
      'only the deprecated *_FAILED events': vault({ SNSTopicArn: topicArn, BackupVaultEvents: ['BACKUP_JOB_FAILED', 'COPY_JOB_FAILED', 'RESTORE_JOB_FAILED'] }),
      'events but no topic': vault({ BackupVaultEvents: ['BACKUP_JOB_COMPLETED', 'COPY_JOB_FAILED', 'RESTORE_JOB_COMPLETED'] }),
    },
    notApplicable: { 'another resource type': other('AWS::Backup::BackupPlan') },
  },
  'DS-VPN-2': {
    compliant: {
      'SAML federation': vpn(),
      'certificate plus SAML': vpn({ AuthenticationOptions: [
        { Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChain: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/root` } },
        { Type: 'federated-authentication', FederatedAuthentication: { SAMLProviderArn: `arn:aws:iam::${ACCOUNT}:saml-provider/ClinicIdP` } },
      ] }),
    },
    nonCompliant: {
      'certificate only': vpn({ AuthenticationOptions: [{ Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChain: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/root` } }] }),
      'directory only': vpn({ AuthenticationOptions: [{ Type: 'directory-service-authentication', ActiveDirectory: { DirectoryId: 'd-1234567890' } }] }),
      'federated entry without a provider': vpn({ AuthenticationOptions: [{ Type: 'federated-authentication', FederatedAuthentication: {} }] }),
    },
    notApplicable: { 'another resource type': other('AWS::EC2::VPC') },
  },
  'DS-VPN-3': {
    compliant: { '8 hours': vpn(), '12 hours': vpn({ SessionTimeoutHours: 12 }) },
    nonCompliant: { '24 hours (the default)': vpn({ SessionTimeoutHours: 24 }), 'not recorded': vpn({ SessionTimeoutHours: undefined }) },
    notApplicable: { 'another resource type': other('AWS::EC2::VPC') },
  },
  'DS-VPN-4': {
    compliant: {
      'banner with text': vpn(),
      'banner on, text not in the item': vpn({ ClientLoginBannerOptions: { Enabled: true } }),
    },
    nonCompliant: {
      'banner off': vpn({ ClientLoginBannerOptions: { Enabled: false } }),
      'banner options not recorded': vpn({ ClientLoginBannerOptions: undefined }),
      'banner on with empty text': vpn({ ClientLoginBannerOptions: { Enabled: true, BannerText: '  ' } }),
    },
    notApplicable: { 'another resource type': other('AWS::EC2::VPC') },
  },
  'DS-VPN-6': {
    compliant: { 'split tunnel off': vpn() },
    nonCompliant: { 'split tunnel on': vpn({ SplitTunnel: true }), 'not recorded': vpn({ SplitTunnel: undefined }) },
    notApplicable: { 'another resource type': other('AWS::EC2::VPC') },
  },
  'DS-SQS-1': {
    compliant: { 'CMK ARN': queue({ KmsMasterKeyId: CMK_ARN, KmsDataKeyReusePeriodSeconds: 300 }), 'CMK alias': queue({ KmsMasterKeyId: 'alias/clinic-intake' }) },
    nonCompliant: {
      'SSE-SQS': queue({ SqsManagedSseEnabled: true }),
      'alias/aws/sqs': queue({ KmsMasterKeyId: 'alias/aws/sqs' }),
      'unencrypted': queue({ SqsManagedSseEnabled: false }),
    },
    notApplicable: { 'another resource type': other('AWS::SNS::Topic') },
  },
  'DS-SNS-1': {
    compliant: { 'CMK ARN': topic({ KmsMasterKeyId: CMK_ARN }) },
    nonCompliant: { 'alias/aws/sns': topic({ KmsMasterKeyId: 'alias/aws/sns' }), 'unencrypted': topic({}) },
    notApplicable: { 'another resource type': other('AWS::SQS::Queue') },
  },
  'DS-KINESIS-1': {
    compliant: { 'CMK ARN': stream({ EncryptionType: 'KMS', KeyId: CMK_ARN }) },
    nonCompliant: {
      'alias/aws/kinesis': stream({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }),
      'unencrypted': stream({ EncryptionType: 'NONE' }),
      'no encryption recorded': stream(),
    },
    notApplicable: { 'another resource type': other('AWS::KinesisFirehose::DeliveryStream') },
  },
  'DS-KINESIS-2': {
    compliant: { 'direct put with a CMK': firehose('DirectPut', 'CUSTOMER_MANAGED_CMK') },
    nonCompliant: { 'direct put with the AWS-owned key': firehose('DirectPut', 'AWS_OWNED_CMK'), 'direct put unencrypted': firehose('DirectPut') },
    notApplicable: { 'reads from a Kinesis stream': firehose('KinesisStreamAsSource'), 'another resource type': other('AWS::Kinesis::Stream') },
  },
  'DS-OPENSEARCH-3': {
    compliant: {
      'HTTPS with TLS 1.2 PFS': domain({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' }),
      'HTTPS with TLS 1.2': domain({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }),
    },
    nonCompliant: {
      'HTTPS with the TLS 1.0 default': domain({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }),
      'HTTP allowed': domain({ EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }),
    },
    notApplicable: { 'another resource type': other('AWS::Elasticsearch::Domain') },
  },
  'DS-MSK-1': {
    compliant: { 'CMK ARN': msk(CMK_ARN, 'TLS', true) },
    nonCompliant: { 'no key recorded': msk(undefined, 'TLS', true), 'alias/aws/kafka': msk('alias/aws/kafka', 'TLS', true) },
    notApplicable: { 'another resource type': other('AWS::MSK::Configuration') },
  },
  'DS-MSK-2': {
    compliant: { 'TLS only, in-cluster encryption': msk(CMK_ARN, 'TLS', true) },
    nonCompliant: {
      'TLS and plaintext clients': msk(CMK_ARN, 'TLS_PLAINTEXT', true),
      'plaintext between brokers': msk(CMK_ARN, 'TLS', false),
    },
    notApplicable: { 'another resource type': other('AWS::MSK::Configuration') },
  },
  'DS-NEPTUNE-2': {
    compliant: {
      '1.3.2.1': dbCluster({}),
      '1.0.4.0': dbCluster({ engineVersion: '1.0.4.0' }),
      '1.0.10.0': dbCluster({ engineVersion: '1.0.10.0' }),
      '2.0.0.0': dbCluster({ engineVersion: '2.0.0.0' }),
    },
    nonCompliant: {
      '1.0.3.0': dbCluster({ engineVersion: '1.0.3.0' }),
      '1.0.2.2': dbCluster({ engineVersion: '1.0.2.2' }),
      'version not recorded': dbCluster({ engineVersion: undefined }),
    },
    notApplicable: { 'an Aurora PostgreSQL cluster': dbCluster({ engine: 'aurora-postgresql', engineVersion: '16.4' }) },
  },
  'DS-ELB-1': {
    compliant: {
      'HTTPS with the TLS 1.3/1.2 PQ policy': listener('HTTPS'),
      'TLS (NLB) with the FS 1.2 policy': listener('TLS', { SslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }),
    },
    nonCompliant: {
      'the CloudFormation default ELBSecurityPolicy-2016-08': listener('HTTPS', { SslPolicy: 'ELBSecurityPolicy-2016-08' }),
      'TLS 1.2 with CBC ciphers (RECOMMENDED_TLS)': listener('HTTPS', { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
      'no policy recorded': listener('TLS', { SslPolicy: undefined }),
    },
    notApplicable: { 'HTTP listener that redirects': listener('HTTP'), 'another resource type': other('AWS::ElasticLoadBalancingV2::LoadBalancer') },
  },
  'DS-ELB-3': {
    compliant: { 'ACM certificate': listener('HTTPS') },
    nonCompliant: {
      'IAM server certificate': listener('HTTPS', { Certificates: [{ CertificateArn: `arn:aws:iam::${ACCOUNT}:server-certificate/portal` }] }),
      'no certificate recorded': listener('TLS', { Certificates: [] }),
    },
    notApplicable: { 'HTTP listener': listener('HTTP') },
  },
  'DS-CLOUDFRONT-3': {
    compliant: {
      'custom origin, HTTPS only, TLS 1.2': distribution([customOrigin('api', 'https-only', ['TLSv1.2'])], behavior('api', 'redirect-to-https')),
      'S3 origin behind an HTTPS-only behavior, and a custom origin': distribution(
        [customOrigin('api', 'https-only', ['TLSv1.2']), s3Origin('images')], behavior('api', 'https-only'),
        [behavior('images', 'redirect-to-https', '/images/*')]),
    },
    nonCompliant: {
      'custom origin also allows TLS 1.1': distribution([customOrigin('api', 'https-only', ['TLSv1.1', 'TLSv1.2'])], behavior('api', 'https-only')),
      'custom origin matches the viewer protocol': distribution([customOrigin('api', 'match-viewer', ['TLSv1.2'])], behavior('api', 'https-only')),
      'S3 origin as the default behavior, HTTP allowed': distribution([s3Origin('images')], behavior('images', 'allow-all')),
      'S3 origin behind a path behavior that allows HTTP': distribution(
        [customOrigin('api', 'https-only', ['TLSv1.2']), s3Origin('images')], behavior('api', 'https-only'),
        [behavior('images', 'allow-all', '/images/*')]),
    },
    notApplicable: { 'another resource type': other('AWS::S3::Bucket') },
  },
  'DS-CW-1': {
    compliant: { 'marked alarm with an SNS action': alarm({}) },
    nonCompliant: {
      'marked alarm with actions disabled': alarm({ actionsEnabled: false }),
      'marked alarm with an OK action only': alarm({ alarmActions: [], okactions: [`arn:aws:sns:${REGION}:${ACCOUNT}:security`] }),
    },
    notApplicable: {
      'unmarked alarm without actions': alarm({ alarmDescription: 'CPU high', alarmActions: [] }),
      'alarm without a description': alarm({ alarmDescription: undefined, alarmActions: [] }),
    },
  },
};
