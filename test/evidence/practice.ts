/**
 * A realistic small dermatology practice (80 recorded resources, and the aliases of its keys) as AWS Config serves it,
 * for the real control catalog. Every resource carries its ground truth (`truth`), so tests compute the expected
 * report from what was served, independently of the CLI's code.
 */
import { CONTROLS } from '../../lib/controls';
import { Control } from '../../lib/controls/types';

/**
 * The real catalog as issue #16 judged it: managed rules only. Custom policy (Guard) rules (issue #17) are left out of
 * the practice and tried in custom-rules.test.ts and in render.test.ts's full run with the real catalog.
 */
export const PRACTICE_CONTROLS: readonly Control[] = CONTROLS.map(({ guardPolicy: _g, ...c }) => c);
import { FakeData, FakeEval, FakeRule } from './fake-config-server';
import { ACCOUNT, FRESH, REGION, row } from './fixtures';

/** What a resource really is; the oracle in practice.test.ts judges from this, never from recorded JSON. */
export interface Truth {
  readonly type: string;
  readonly id: string;
  readonly name: string;
  /** Key class of the data it stores (key-decided types only). */
  readonly key?: 'cmk' | 'aws' | 'sse-s3';
  /** For buckets: tagged as clinical images (the Object Lock rule's tag scope). */
  readonly clinical?: boolean;
  /** For DB instances: engine. */
  readonly engine?: 'mysql' | 'sqlserver-se' | 'aurora-mysql';
  /** KMS keys: customer-managed, rotating. */
  readonly customerKey?: boolean;
  readonly rotating?: boolean;
}

export const CLINICAL_TAG = 'dermashield:data-class';
export const CLINICAL_VALUE = 'clinical-images';
const keyArn = (id: string): string => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const AWS_KEYS: Record<string, string> = { s3: 'aws-s3', rds: 'aws-rds', dynamodb: 'aws-dynamodb', elasticfilesystem: 'aws-efs', backup: 'aws-backup' };

/**
 * The practice's key aliases as Config records them (`AWS::KMS::Alias` items, joined to nothing in the truth: names
 * only). `cmk-backup` has two; `cmk-logs`'s alias targets the key by ARN, the others by key id.
 */
export const KEY_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'cmk-images': ['alias/dermashield/images'],
  'cmk-ehr': ['alias/dermashield/ehr'],
  'cmk-records': ['alias/dermashield/records'],
  'cmk-backup': ['alias/dermashield/backup', 'alias/dermashield/backup-dr'],
  'cmk-logs': ['alias/dermashield/logs'],
  'aws-s3': ['alias/aws/s3'],
  'aws-rds': ['alias/aws/rds'],
  'aws-dynamodb': ['alias/aws/dynamodb'],
  'aws-efs': ['alias/aws/elasticfilesystem'],
  'aws-backup': ['alias/aws/backup'],
});

/** A recorded `AWS::KMS::Alias` configuration item (resource id and name: the alias name). */
export function aliasRow(aliasName: string, targetKeyId: string, account = ACCOUNT, region = REGION): Record<string, unknown> {
  return row('AWS::KMS::Alias', aliasName, { AliasName: aliasName, TargetKeyId: targetKeyId }, { arn: `arn:aws:kms:${region}:${account}:${aliasName}` }, account, region);
}

export interface Practice {
  readonly data: FakeData;
  readonly truth: readonly Truth[];
  /** Rule name for each catalog identifier. */
  readonly ruleName: (identifier: string) => string;
}

/**
 * @param dirty the defects of issue #16: an RDS MySQL instance, an EFS file system, a DynamoDB table and a backup
 *   vault on AWS-managed keys (their managed rules pass them), and one CMK without rotation.
 */
export function practice(dirty: boolean): Practice {
  const truth: Truth[] = [];
  const rows: Record<string, unknown>[] = [];
  const add = (t: Truth, configuration: Record<string, unknown>, extra: Record<string, unknown> = {}): void => {
    truth.push(t);
    rows.push(row(t.type, t.id, configuration, { resourceName: t.name, ...extra }));
  };
  const cmkFor = (kind: string): string => keyArn(`cmk-${kind}`);
  const awsFor = (service: string): string => keyArn(AWS_KEYS[service]);

  // KMS: five customer-managed keys (one not rotating when dirty) and the AWS-managed keys services created.
  for (const [i, kind] of ['images', 'ehr', 'records', 'backup', 'logs'].entries()) {
    const rotating = !(dirty && i === 4);
    add({ type: 'AWS::KMS::Key', id: `cmk-${kind}`, name: `cmk-${kind}`, customerKey: true, rotating },
      { keyId: `cmk-${kind}`, arn: keyArn(`cmk-${kind}`), keyManager: 'CUSTOMER', keyState: 'Enabled', keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS' },
      { arn: keyArn(`cmk-${kind}`), supplementaryConfiguration: { KeyRotationStatus: rotating } });
  }
  for (const [service, id] of Object.entries(AWS_KEYS)) {
    add({ type: 'AWS::KMS::Key', id, name: id, customerKey: false },
      { keyId: id, arn: keyArn(id), keyManager: 'AWS', keyState: 'Enabled', description: `Default key for ${service}` }, { arn: keyArn(id) });
  }
  for (const [keyId, aliases] of Object.entries(KEY_ALIASES)) {
    for (const alias of aliases) rows.push(aliasRow(alias, keyId === 'cmk-logs' ? keyArn(keyId) : keyId));
  }

  // S3: six clinical-image buckets (tagged), four other CMK buckets, and two more on weaker keys.
  const bucket = (name: string, key: Truth['key'], clinical: boolean): void => {
    const sse = key === 'sse-s3' ? { sseAlgorithm: 'AES256' } : { sseAlgorithm: 'aws:kms', kmsMasterKeyID: key === 'cmk' ? cmkFor('images') : awsFor('s3') };
    add({ type: 'AWS::S3::Bucket', id: name, name, key, clinical }, { name },
      {
        arn: `arn:aws:s3:::${name}`,
        tags: clinical ? [{ key: CLINICAL_TAG, value: CLINICAL_VALUE }] : [{ key: 'team', value: 'it' }],
        supplementaryConfiguration: { ServerSideEncryptionConfiguration: JSON.stringify({ rules: [{ applyServerSideEncryptionByDefault: sse }] }) },
      });
  };
  for (let i = 0; i < 6; i++) bucket(`derm-images-${i}`, 'cmk', true);
  for (const n of ['ehr-exports', 'intake-forms', 'referrals', 'billing-archive']) bucket(n, 'cmk', false);
  bucket('phi-scratch', dirty ? 'aws' : 'cmk', false);
  bucket('portal-assets', dirty ? 'sse-s3' : 'cmk', false);

  // RDS: two MySQL instances, one SQL Server, an Aurora cluster with one member.
  const db = (id: string, name: string, engine: Truth['engine'], key: Truth['key'], cluster?: string): void =>
    add({ type: 'AWS::RDS::DBInstance', id, name, engine, key },
      { dBInstanceIdentifier: name, engine, storageEncrypted: true, kmsKeyId: key === 'cmk' ? cmkFor('ehr') : awsFor('rds'), ...(cluster ? { dBClusterIdentifier: cluster } : {}) });
  db('db-EHRMYSQL', 'ehr-mysql', 'mysql', 'cmk');
  db('db-SCHEDMYSQL', 'scheduling-mysql', 'mysql', dirty ? 'aws' : 'cmk');
  db('db-IMAGINGSQL', 'imaging-sqlserver', 'sqlserver-se', 'cmk');
  db('db-AURORA1', 'records-aurora-1', 'aurora-mysql', 'cmk', 'records-aurora');
  add({ type: 'AWS::RDS::DBCluster', id: 'cluster-RECORDS', name: 'records-aurora', engine: 'aurora-mysql', key: 'cmk' },
    { dBClusterIdentifier: 'records-aurora', engine: 'aurora-mysql', storageEncrypted: true, kmsKeyId: cmkFor('records') });

  // DynamoDB, EFS.
  const table = (name: string, key: Truth['key']): void =>
    add({ type: 'AWS::DynamoDB::Table', id: name, name, key },
      { tableName: name, ssedescription: { status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: key === 'cmk' ? cmkFor('records') : awsFor('dynamodb') } });
  table('appointments', 'cmk');
  table('intake', 'cmk');
  table('portal-sessions', dirty ? 'aws' : 'cmk');
  const fs = (id: string, name: string, key: Truth['key']): void =>
    add({ type: 'AWS::EFS::FileSystem', id, name, key }, { FileSystemId: id, Encrypted: true, KmsKeyId: key === 'cmk' ? cmkFor('images') : awsFor('elasticfilesystem') },
      { tags: [{ key: 'Name', value: name }] });
  fs('fs-0a1', 'dicom-share', 'cmk');
  fs('fs-0b2', 'scanner-inbox', dirty ? 'aws' : 'cmk');

  // Backup: three vaults, six recovery points, one plan.
  const vault = (name: string, key: Truth['key']): void =>
    add({ type: 'AWS::Backup::BackupVault', id: name, name, key }, { BackupVaultName: name, EncryptionKeyArn: key === 'cmk' ? cmkFor('backup') : awsFor('backup'), LockConfiguration: { MinRetentionDays: 35 } });
  vault('phi-vault', 'cmk');
  vault('phi-vault-dr', 'cmk');
  vault('Default', dirty ? 'aws' : 'cmk');
  for (let i = 0; i < 6; i++) add({ type: 'AWS::Backup::RecoveryPoint', id: `rp-${i}`, name: `rp-${i}` }, { status: 'COMPLETED' });
  add({ type: 'AWS::Backup::BackupPlan', id: 'plan-daily', name: 'daily-35d' }, {});

  // The rest of a small practice.
  for (let i = 0; i < 10; i++) add({ type: 'AWS::EC2::Volume', id: `vol-0${i}`, name: `workstation-${i}` }, { encrypted: true, kmsKeyId: cmkFor('images') }, { tags: [{ key: 'Name', value: `workstation-${i}` }] });
  for (const [i, lb] of ['portal', 'pacs'].entries()) {
    add({ type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', id: `arn:lb/app/${lb}/${i}`, name: lb }, { type: 'application' });
    for (const port of [443, 8443]) add({ type: 'AWS::ElasticLoadBalancingV2::Listener', id: `arn:listener/app/${lb}/${i}/${port}`, name: `${lb}-${port}` }, { Protocol: 'HTTPS', Port: port, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
  }
  add({ type: 'AWS::EC2::ClientVpnEndpoint', id: 'cvpn-endpoint-clinic', name: 'clinic-vpn' }, { ConnectionLogOptions: { Enabled: true } });
  for (let i = 0; i < 8; i++) add({ type: 'AWS::Logs::LogGroup', id: `/dermashield/app-${i}`, name: `/dermashield/app-${i}` }, {});
  for (let i = 0; i < 3; i++) add({ type: 'AWS::SNS::Topic', id: `arn:sns:alerts-${i}`, name: `alerts-${i}` }, {});
  for (let i = 0; i < 4; i++) add({ type: 'AWS::SecretsManager::Secret', id: `arn:secret:db-${i}`, name: `db-${i}` }, {});
  for (let i = 0; i < 5; i++) add({ type: 'AWS::CloudWatch::Alarm', id: `DS-alarm-${i}`, name: `DS-alarm-${i}` }, {});
  add({ type: 'AWS::RDS::DBProxy', id: 'proxy-ehr', name: 'ehr-proxy' }, {});

  // One rule per catalog identifier, evaluating as the managed rule would: blind to who manages the key.
  const ruleName = (identifier: string): string => `${identifier.toLowerCase().replace(/_/g, '-')}-conformance-pack-p7q`;
  const identifiers = [...new Set(CONTROLS.flatMap((c) => c.configRules.map((r) => r.identifier)))];
  const rules: FakeRule[] = identifiers.map((identifier) => {
    const types = [...new Set(CONTROLS.flatMap((c) => c.configRules.filter((r) => r.identifier === identifier).flatMap((r) => r.resourceTypes ?? [])))];
    const evaluations: FakeEval[] = types.length === 0
      ? [{ type: 'AWS::::Account', id: ACCOUNT, compliance: 'COMPLIANT' }]
      : truth.filter((t) => types.includes(t.type)).flatMap((t) => {
        const c = managedRuleResult(identifier, t);
        return c ? [{ type: t.type, id: t.id, compliance: c }] : [];
      });
    return {
      name: ruleName(identifier), identifier, lastSuccess: FRESH, evaluations,
      ...(identifier === 'S3_BUCKET_DEFAULT_LOCK_ENABLED' ? { scope: { types: ['AWS::S3::Bucket'], tagKey: CLINICAL_TAG, tagValue: CLINICAL_VALUE } } : {}),
      ...(types.length === 0 ? { frequency: 'TwentyFour_Hours' } : {}),
    };
  });
  return { data: { accountId: ACCOUNT, region: REGION, recorders: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }], rules, resources: rows }, truth, ruleName };
}

/** What the AWS managed rule reports (undefined: the resource is outside its scope, Config keeps no result). */
export function managedRuleResult(identifier: string, t: Truth): FakeEval['compliance'] | undefined {
  switch (identifier) {
    case 'CMK_BACKING_KEY_ROTATION_ENABLED':
      return t.customerKey ? (t.rotating ? 'COMPLIANT' : 'NON_COMPLIANT') : 'NOT_APPLICABLE';
    case 'KMS_CMK_NOT_SCHEDULED_FOR_DELETION':
      return t.customerKey ? 'COMPLIANT' : 'NOT_APPLICABLE';
    case 'S3_DEFAULT_ENCRYPTION_KMS':
      return t.key === 'sse-s3' ? 'NON_COMPLIANT' : 'COMPLIANT'; // any KMS key passes
    case 'S3_BUCKET_DEFAULT_LOCK_ENABLED':
      return t.clinical ? 'COMPLIANT' : undefined; // tag-scoped: other buckets are never evaluated
    case 'RDS_MYSQL_INSTANCE_ENCRYPTED_IN_TRANSIT':
      return t.engine === 'mysql' ? 'COMPLIANT' : 'NOT_APPLICABLE';
    case 'RDS_SQLSERVER_ENCRYPTED_IN_TRANSIT':
      return t.engine === 'sqlserver-se' ? 'COMPLIANT' : 'NOT_APPLICABLE';
    case 'DOCDB_CLUSTER_ENCRYPTED':
    case 'DOCDB_CLUSTER_ENCRYPTED_IN_TRANSIT':
    case 'NEPTUNE_CLUSTER_ENCRYPTED':
      return 'NOT_APPLICABLE'; // an Aurora MySQL cluster
    default:
      return 'COMPLIANT';
  }
}
