/** A small practice account as AWS Config would describe it, and a fixed test catalog. */
import { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry';
import { ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { HIPAA } from '../../lib/controls/citations';
import { Control, defineControls, RuleBlindSpot } from '../../lib/controls/types';
import { FakeData, FakeEval, FakeRule } from './fake-config-server';

export const ACCOUNT = '111122223333';
/** "Now" of every test run, and times relative to it. */
export const NOW = new Date('2025-06-01T12:00:00Z');
/** Rules last evaluated an hour before NOW: fresh. */
export const FRESH = NOW.getTime() / 1000 - 3600;
/** Configuration items recorded two days before NOW. */
export const RECORDED_AT = new Date(NOW.getTime() - 2 * 86_400_000).toISOString();
export const REGION = 'us-east-1';
const arnKey = (id: string, account = ACCOUNT, region = REGION): string => `arn:aws:kms:${region}:${account}:key/${id}`;

/** The test catalog: fixed, so metric assertions do not move while the real catalog grows. */
export const TEST_CONTROLS: readonly Control[] = defineControls([
  {
    id: 'DS-KMS-1', title: 'Customer-managed KMS keys rotate automatically', citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Rotation on.', ruleIds: ['DermaShield-KmsKeyRotation'],
    configRules: [{ identifier: 'CMK_BACKING_KEY_ROTATION_ENABLED', resourceTypes: ['AWS::KMS::Key'] }],
  },
  {
    id: 'DS-S3-1', title: 'Clinical images encrypted with a customer-managed key', citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Buckets use a CMK.', ruleIds: ['DermaShield-S3CustomerManagedKey'],
    configRules: [{
      identifier: 'S3_DEFAULT_ENCRYPTION_KMS', resourceTypes: ['AWS::S3::Bucket'], caveat: 'Without kmsKeyArns the rule passes the AWS-managed aws/s3 key.',
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::S3::Bucket', attribute: 'supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyID' },
    }],
  },
  {
    id: 'DS-RDS-1', title: 'EHR database storage encrypted', citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'RDS encrypted.', ruleIds: ['DermaShield-RdsStorageEncrypted'],
    configRules: [{
      identifier: 'RDS_STORAGE_ENCRYPTED', resourceTypes: ['AWS::RDS::DBInstance'],
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::RDS::DBInstance', attribute: 'configuration.kmsKeyId' },
    }],
  },
  {
    id: 'DS-ELB-1', title: 'Load balancers accept only TLS', citations: [HIPAA.TRANSMISSION_SECURITY],
    guidance: 'TLS listeners only.', ruleIds: ['DermaShield-ElbTlsOnly'],
    configRules: [{ identifier: 'ELB_TLS_HTTPS_LISTENERS_ONLY' }],
  },
  {
    id: 'DS-BACKUP-1', title: 'Recovery points encrypted', citations: [HIPAA.DATA_BACKUP],
    guidance: 'Backups encrypted.', ruleIds: ['DermaShield-BackupVaultCustomerManagedKey'],
    configRules: [{
      identifier: 'BACKUP_RECOVERY_POINT_ENCRYPTED', resourceTypes: ['AWS::Backup::RecoveryPoint'],
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::Backup::BackupVault', attribute: 'configuration.EncryptionKeyArn' },
    }],
  },
  {
    id: 'DS-DYNAMODB-1', title: 'DynamoDB tables on a customer-managed key', citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Tables use a CMK.', ruleIds: ['DermaShield-DynamoDbCustomerManagedKey'],
    configRules: [{
      identifier: 'DYNAMODB_TABLE_ENCRYPTED_KMS', resourceTypes: ['AWS::DynamoDB::Table'],
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::DynamoDB::Table', attribute: 'configuration.ssedescription.kmsmasterKeyArn' },
    }],
  },
  {
    id: 'DS-EFS-1', title: 'EFS file systems on a customer-managed key', citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'File systems use a CMK.', ruleIds: ['DermaShield-EfsCustomerManagedKey'],
    configRules: [{
      identifier: 'EFS_ENCRYPTED_CHECK', resourceTypes: ['AWS::EFS::FileSystem'],
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::EFS::FileSystem', attribute: 'configuration.KmsKeyId' },
    }],
  },
  {
    id: 'DS-CLIENTVPN-1', title: 'Client VPN connection logging', citations: [HIPAA.AUDIT_CONTROLS],
    guidance: 'VPN logs connections.', ruleIds: ['DermaShield-ClientVpnConnectionLogging'],
    configRules: [],
  },
]);

export const row = (resourceType: string, resourceId: string, configuration: Record<string, unknown>, extra: Record<string, unknown> = {}, account = ACCOUNT, region = REGION): Record<string, unknown> => ({
  resourceId, resourceName: extra.resourceName ?? resourceId, resourceType, accountId: account, awsRegion: region,
  arn: extra.arn ?? `arn:aws:test:${region}:${account}:${resourceId}`, configuration,
  configurationItemCaptureTime: extra.capturedAt ?? RECORDED_AT,
  ...(extra.tags ? { tags: extra.tags } : {}),
  ...(extra.supplementaryConfiguration ? { supplementaryConfiguration: extra.supplementaryConfiguration } : {}),
});

const kmsKey = (id: string, manager: 'CUSTOMER' | 'AWS', rotation: boolean | undefined, account = ACCOUNT): Record<string, unknown> =>
  row('AWS::KMS::Key', id, {
    keyId: id, arn: arnKey(id, account), keyManager: manager, keyState: 'Enabled', keyUsage: 'ENCRYPT_DECRYPT',
    customerMasterKeySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', enabled: true,
  }, { arn: arnKey(id, account), ...(rotation === undefined ? {} : { supplementaryConfiguration: { KeyRotationStatus: rotation } }) }, account);

/** 10 clinical photo buckets on CMK k1 (several SQL and evaluation pages). */
export const PHOTO_BUCKETS = Array.from({ length: 10 }, (_, i) => `clinic-photos-${String(i).padStart(2, '0')}`);

/** The main dataset. Expected numbers are asserted in evidence.test.ts. */
export function practiceData(): FakeData {
  const resources: Record<string, unknown>[] = [
    kmsKey('k1', 'CUSTOMER', true), kmsKey('k2', 'CUSTOMER', true), kmsKey('k3', 'CUSTOMER', true), kmsKey('k4', 'CUSTOMER', false),
    kmsKey('aws-s3-key', 'AWS', true), kmsKey('aws-rds-key', 'AWS', true),
    ...PHOTO_BUCKETS.map((b) => row('AWS::S3::Bucket', b, { name: b }, {
      // Config stores S3 supplementary configuration as JSON text.
      supplementaryConfiguration: { ServerSideEncryptionConfiguration: JSON.stringify({ rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: arnKey('k1') }, bucketKeyEnabled: true }] }) },
    })),
    row('AWS::S3::Bucket', 'phi-notes', { name: 'phi-notes' }, { supplementaryConfiguration: { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } }] } } }),
    row('AWS::S3::Bucket', 'access-logs', { name: 'access-logs' }, { arn: 'arn:aws:s3:::access-logs', supplementaryConfiguration: { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] } } }),
    row('AWS::RDS::DBInstance', 'db-EHR', { storageEncrypted: true, kmsKeyId: arnKey('k3') }, { resourceName: 'ehr-db' }),
    row('AWS::RDS::DBInstance', 'db-LEGACY', { storageEncrypted: false }, { resourceName: 'legacy-db' }),
    row('AWS::RDS::DBInstance', 'db-AURORA1', { storageEncrypted: true, kmsKeyId: arnKey('k3'), dBClusterIdentifier: 'ehr-cluster' }, { resourceName: 'aurora-member' }),
    row('AWS::RDS::DBCluster', 'cluster-EHR', { storageEncrypted: true, kmsKeyId: arnKey('aws-rds-key') }, { resourceName: 'ehr-cluster' }),
    row('AWS::DynamoDB::Table', 'visits', { tableName: 'visits', sSEDescription: { status: 'ENABLED', sSEType: 'KMS', kMSMasterKeyArn: arnKey('k4') } }),
    row('AWS::DynamoDB::Table', 'sessions', { tableName: 'sessions' }),
    row('AWS::EFS::FileSystem', 'fs-0123', { Encrypted: true, KmsKeyId: arnKey('k1') }),
    row('AWS::EC2::Volume', 'vol-0abc', { encrypted: true, kmsKeyId: arnKey('not-recorded', '999988887777') }),
    row('AWS::ElasticLoadBalancingV2::Listener', 'listener/app/portal/1/a', { Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
    row('AWS::ElasticLoadBalancingV2::Listener', 'listener/app/portal/1/b', { Protocol: 'HTTPS', Port: 8443, SslPolicy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06' }),
    row('AWS::ElasticLoadBalancingV2::Listener', 'listener/app/legacy/2/c', { Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-2016-08' }),
    row('AWS::ElasticLoadBalancingV2::Listener', 'listener/net/dicom/3/d', { Protocol: 'TLS', Port: 11112, SslPolicy: 'Custom-Policy-X' }),
    row('AWS::ElasticLoadBalancingV2::Listener', 'listener/app/portal/1/e', { Protocol: 'HTTP', Port: 80 }),
    row('AWS::Backup::BackupVault', 'phi-vault', { BackupVaultName: 'phi-vault', EncryptionKeyArn: arnKey('k2'), LockConfiguration: { MinRetentionDays: 35 } }),
    row('AWS::Backup::BackupVault', 'Default', { BackupVaultName: 'Default', EncryptionKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/backup` }),
    row('AWS::EC2::ClientVpnEndpoint', 'cvpn-endpoint-1', { ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: 'vpn' } }),
    row('AWS::EC2::ClientVpnEndpoint', 'cvpn-endpoint-2', { ConnectionLogOptions: { Enabled: false } }),
  ];
  const ev = (type: string, id: string, compliance: FakeEval['compliance'], annotation?: string): FakeEval => ({ type, id, compliance, ...(annotation ? { annotation } : {}) });
  const ok = FRESH;
  const rules: FakeRule[] = [
    {
      name: 'cmk-backing-key-rotation-enabled', identifier: 'CMK_BACKING_KEY_ROTATION_ENABLED', lastSuccess: ok,
      evaluations: [
        ev('AWS::KMS::Key', 'k1', 'COMPLIANT'), ev('AWS::KMS::Key', 'k2', 'COMPLIANT'), ev('AWS::KMS::Key', 'k3', 'COMPLIANT'),
        ev('AWS::KMS::Key', 'k4', 'NON_COMPLIANT', 'Key rotation is not enabled'),
        ev('AWS::KMS::Key', 'aws-s3-key', 'NOT_APPLICABLE'), ev('AWS::KMS::Key', 'aws-rds-key', 'NOT_APPLICABLE'),
      ],
    },
    {
      name: 's3-default-encryption-kms-conformance-pack-x1y2', identifier: 'S3_DEFAULT_ENCRYPTION_KMS', lastSuccess: ok,
      evaluations: [
        ...PHOTO_BUCKETS.map((b) => ev('AWS::S3::Bucket', b, 'COMPLIANT')),
        ev('AWS::S3::Bucket', 'phi-notes', 'COMPLIANT'),
        ev('AWS::S3::Bucket', 'access-logs', 'NON_COMPLIANT', 'Bucket is not encrypted with KMS'),
      ],
    },
    {
      name: 'rds-storage-encrypted', identifier: 'RDS_STORAGE_ENCRYPTED', lastSuccess: ok,
      evaluations: [
        ev('AWS::RDS::DBInstance', 'db-EHR', 'COMPLIANT'), ev('AWS::RDS::DBInstance', 'db-LEGACY', 'NON_COMPLIANT'),
        ev('AWS::RDS::DBInstance', 'db-AURORA1', 'COMPLIANT'),
      ],
    },
    {
      name: 'elb-tls-https-listeners-only', identifier: 'ELB_TLS_HTTPS_LISTENERS_ONLY', lastSuccess: ok,
      evaluations: [
        ev('AWS::ElasticLoadBalancing::LoadBalancer', 'clb-portal', 'COMPLIANT'),
        ev('AWS::ElasticLoadBalancing::LoadBalancer', 'clb-kiosk', 'NON_COMPLIANT'),
      ],
    },
    {
      name: 'backup-recovery-point-encrypted', identifier: 'BACKUP_RECOVERY_POINT_ENCRYPTED', lastSuccess: ok,
      evaluations: [
        ev('AWS::Backup::RecoveryPoint', 'rp-1', 'COMPLIANT'), ev('AWS::Backup::RecoveryPoint', 'rp-2', 'COMPLIANT'),
      ],
    },
    {
      name: 'dynamodb-table-encrypted-kms', identifier: 'DYNAMODB_TABLE_ENCRYPTED_KMS', lastSuccess: ok,
      evaluations: [ev('AWS::DynamoDB::Table', 'visits', 'COMPLIANT'), ev('AWS::DynamoDB::Table', 'sessions', 'NON_COMPLIANT')],
    },
    { name: 'efs-encrypted-check', identifier: 'EFS_ENCRYPTED_CHECK', lastSuccess: ok, evaluations: [ev('AWS::EFS::FileSystem', 'fs-0123', 'COMPLIANT')] },
    // A rule outside the catalog: must be ignored.
    { name: 'required-tags', identifier: 'REQUIRED_TAGS', lastSuccess: ok, evaluations: [ev('AWS::S3::Bucket', 'phi-notes', 'NON_COMPLIANT')] },
  ];
  return { accountId: ACCOUNT, region: REGION, recorders: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }], rules, resources };
}

/** The exceptions register used with practiceData (now = 2025-06-01). */
export const REGISTER = {
  schemaVersion: 1,
  exceptions: [
    {
      resource: 'arn:aws:s3:::access-logs', control: 'DS-S3-1', reason: 'S3 server access log targets support only SSE-S3',
      compensatingControl: 'Bucket holds no ePHI; access restricted to the audit role', owner: 'security@clinic.example',
      opened: '2025-01-15', expiry: '2025-12-31',
    },
    {
      resource: 'legacy-db', control: 'DS-RDS-1', reason: 'Legacy scheduling DB awaiting migration',
      compensatingControl: 'Network isolated; no ePHI since 2024-11', owner: 'it@clinic.example',
      opened: '2024-12-01', expiry: '2025-03-31',
    },
    {
      resource: 'clb-kiosk', control: 'DS-ELB-1', reason: 'Kiosk needs HTTP for captive portal',
      compensatingControl: 'Kiosk VLAN only', owner: 'it@clinic.example', opened: '2025-05-01', expiry: '2025-09-30',
    },
    {
      resource: 'retired-bucket', control: 'DS-S3-1', reason: 'Bucket being emptied', compensatingControl: 'None needed',
      owner: 'it@clinic.example', expiry: '2026-01-31',
    },
  ],
};
/** Real SDK client settings for the fake: endpoint, dummy static credentials, adaptive retries with ~1 ms delays. */
export function testClientConfig(endpoint: string, maxAttempts = 4): Partial<ConfigServiceClientConfig> {
  return {
    endpoint,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    retryStrategy: new AdaptiveRetryStrategy(maxAttempts, {
      backoff: { computeNextBackoffDelay: () => 1, setDelayBase: () => undefined },
      rateLimiter: new DefaultRateLimiter({ minFillRate: 10_000, minCapacity: 10_000 }),
    }),
  };
}
