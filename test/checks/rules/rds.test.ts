import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnCondition, CfnOutput, CfnParameter, CfnResource, Fn, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { DermaShieldChecks } from '../../../lib';
import { expectFinding, expectNoFinding, findingsOf, synthWithPack, testApp } from '../../support/harness';

const PG = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 });
const MYSQL = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 });
const AURORA_PG = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_2 });
const PG_TLS = { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.2' };

function setup() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
    vpcId: 'vpc-1', availabilityZones: ['us-east-1a', 'us-east-1b'], isolatedSubnetIds: ['subnet-a', 'subnet-b'],
  });
  return { app, s, vpc };
}

function cmk(s: Stack, id: string): kms.Key {
  return new kms.Key(s, id, { enableKeyRotation: true });
}

/** A PostgreSQL instance that satisfies every RDS rule; `props` loosen it. */
function instance(s: Stack, vpc: ec2.IVpc, id = 'Db', props: Partial<rds.DatabaseInstanceProps> = {}): rds.DatabaseInstance {
  const key = cmk(s, `${id}Key`);
  return new rds.DatabaseInstance(s, id, {
    engine: PG,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    storageEncryptionKey: key,
    parameterGroup: new rds.ParameterGroup(s, `${id}Params`, { engine: props.engine ?? PG, parameters: PG_TLS }),
    credentials: rds.Credentials.fromUsername('admin', { encryptionKey: key }),
    manageMasterUserPassword: true,
    enablePerformanceInsights: true,
    performanceInsightEncryptionKey: key,
    ...props,
  });
}

/** An Aurora PostgreSQL cluster that satisfies every RDS rule; `props` loosen it. */
function cluster(s: Stack, vpc: ec2.IVpc, id = 'Cl', props: Partial<rds.DatabaseClusterProps> = {}): rds.DatabaseCluster {
  const key = cmk(s, `${id}Key`);
  return new rds.DatabaseCluster(s, id, {
    engine: AURORA_PG,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    writer: rds.ClusterInstance.provisioned('Writer'),
    storageEncryptionKey: key,
    parameterGroup: new rds.ParameterGroup(s, `${id}Params`, { engine: AURORA_PG, parameters: PG_TLS }),
    credentials: rds.Credentials.fromUsername('admin', { encryptionKey: key }),
    manageMasterUserPassword: true,
    ...props,
  });
}

const cfnOf = (db: rds.DatabaseInstance) => db.node.defaultChild as rds.CfnDBInstance;
const cfnCluster = (db: rds.DatabaseCluster) => db.node.defaultChild as rds.CfnDBCluster;
/** The DB parameter group an L2 ParameterGroup rendered (it creates it when a DB binds it). */
const cfnGroup = (s: Stack, id: string) => s.node.findChild(id).node.findChild('Resource') as rds.CfnDBParameterGroup;

describe('DermaShield-RdsCustomerManagedKey', () => {
  test('compliant: instance and cluster with a customer-managed key; Aurora members judged on the cluster', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc);
    cluster(s, vpc);
    const result = synthWithPack(app);
    expectNoFinding(result, 'RdsCustomerManagedKey');
  });

  test('non-compliant: storage encrypted with the default aws/rds key', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { storageEncryptionKey: undefined, storageEncrypted: true });
    instance(s, vpc, 'Alias', { storageEncryptionKey: kms.Alias.fromAliasName(s, 'AwsRds', 'alias/aws/rds') });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'RdsCustomerManagedKey', 'S/Db/Resource');
    expect(f.description).toContain('[DS-RDS-1]');
    expect(f.description).toContain('164.312(a)(2)(iv)');
    expect(f.description).toContain('aws/rds');
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/Alias/Resource').description).toContain('AWS-managed');
  });

  test('non-compliant: unencrypted instance, and an Aurora cluster with no key', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { storageEncryptionKey: undefined });
    cluster(s, vpc, 'Cl', { storageEncryptionKey: undefined });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/Db/Resource').description).toContain('StorageEncrypted is not set');
    expectFinding(result, 'RdsCustomerManagedKey', 'S/Cl/Resource');
    expectNoFinding(result, 'RdsCustomerManagedKey', 'S/Cl/Writer');
  });

  test('escape hatch: StorageEncrypted overridden to false, KmsKeyId deleted', () => {
    const { app, s, vpc } = setup();
    cfnOf(instance(s, vpc, 'Off')).addPropertyOverride('StorageEncrypted', false);
    cfnOf(instance(s, vpc, 'NoKey')).addPropertyDeletionOverride('KmsKeyId');
    cfnCluster(cluster(s, vpc, 'Cl')).addPropertyOverride('StorageEncrypted', 'false');
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/Off/Resource').description).toContain('StorageEncrypted is false');
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/NoKey/Resource').description).toContain('aws/rds');
    expectFinding(result, 'RdsCustomerManagedKey', 'S/Cl/Resource');
  });

  test('raw CfnResource: judged on the type string; Aurora members are not applicable', () => {
    const { app, s } = setup();
    const key = cmk(s, 'K');
    new CfnResource(s, 'Raw', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres', DBInstanceClass: 'db.m7g.large' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres', StorageEncrypted: true, KmsKeyId: key.keyArn } });
    new CfnResource(s, 'RawCluster', { type: 'AWS::RDS::DBCluster', properties: { Engine: 'aurora-postgresql', StorageEncrypted: true } });
    new CfnResource(s, 'Member', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'aurora-postgresql', DBClusterIdentifier: 'c' } });
    new CfnResource(s, 'Serverless', { type: 'AWS::RDS::DBCluster', properties: { Engine: 'aurora-mysql', EngineMode: 'serverless' } });
    const result = synthWithPack(app);
    expectFinding(result, 'RdsCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'RdsCustomerManagedKey', 'S/RawOk');
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/RawCluster').description).toContain('aws/rds');
    expectNoFinding(result, 'RdsCustomerManagedKey', 'S/Member');
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/Serverless').description).toContain('aws/rds');
  });

  test('inherited encryption: a replica of an unencrypted source fails; a snapshot restore is left to RdsCopyCustomerManagedKey', () => {
    const { app, s } = setup();
    const source = new CfnResource(s, 'Source', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres' } });
    new CfnResource(s, 'Replica', { type: 'AWS::RDS::DBInstance', properties: { SourceDBInstanceIdentifier: source.ref } });
    new CfnResource(s, 'Restored', { type: 'AWS::RDS::DBInstance', properties: { DBSnapshotIdentifier: 'arn:aws:rds:us-east-1:111111111111:snapshot:x' } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsCustomerManagedKey', 'S/Replica').description).toContain('inherited from Source');
    expectNoFinding(result, 'RdsCopyCustomerManagedKey', 'S/Replica');
    expectNoFinding(result, 'RdsCustomerManagedKey', 'S/Restored');
    expectFinding(result, 'RdsCopyCustomerManagedKey', 'S/Restored');
  });

  test('token: a parameter, Fn::If or an unknown import is unverifiable, never a pass', () => {
    const { app, s, vpc } = setup();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    cfnOf(instance(s, vpc, 'ByParam')).addPropertyOverride('KmsKeyId', p.valueAsString);
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    cfnOf(instance(s, vpc, 'ByIf')).addPropertyOverride('StorageEncrypted', Fn.conditionIf(cond.logicalId, true, false));
    cfnOf(instance(s, vpc, 'ByImport')).addPropertyOverride('KmsKeyId', Fn.importValue('NotExported'));
    const result = synthWithPack(app);
    expectFinding(result, 'RdsCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'RdsCustomerManagedKey', 'S/ByIf', { unverifiable: true });
    expectFinding(result, 'RdsCustomerManagedKey', 'S/ByImport', { unverifiable: true });
    expect(findingsOf(result.findings, 'RdsCustomerManagedKey')).toHaveLength(0);
  });

  test('a key exported by another stack of the app is followed through Fn::ImportValue', () => {
    const { app, s, vpc } = setup();
    const keys = new Stack(app, 'Keys');
    const key = cmk(keys, 'K');
    new CfnOutput(keys, 'Out', { value: key.keyArn, exportName: 'EhrKeyArn' });
    cfnOf(instance(s, vpc)).addPropertyOverride('KmsKeyId', Fn.importValue('EhrKeyArn'));
    expectNoFinding(synthWithPack(app), 'RdsCustomerManagedKey');
  });
});

describe('DermaShield-RdsForceSsl', () => {
  test('compliant: PostgreSQL, MySQL, SQL Server groups and an Aurora cluster parameter group that force TLS', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc);
    instance(s, vpc, 'My', { engine: MYSQL, parameterGroup: new rds.ParameterGroup(s, 'MyGroup', { engine: MYSQL, parameters: { require_secure_transport: 'ON', tls_version: 'TLSv1.2,TLSv1.3' } }) });
    new CfnResource(s, 'SqlGroup', { type: 'AWS::RDS::DBParameterGroup', properties: { Family: 'sqlserver-se-16.0', Description: 'x', Parameters: { 'rds.force_ssl': 1, 'rds.tls10': 'disabled', 'rds.tls11': 'disabled' } } });
    new CfnResource(s, 'Sql', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'sqlserver-se', DBParameterGroupName: { Ref: 'SqlGroup' } } });
    cluster(s, vpc);
    const result = synthWithPack(app);
    expectNoFinding(result, 'RdsForceSsl');
  });

  test('non-compliant: rds.force_ssl = 0', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { parameterGroup: new rds.ParameterGroup(s, 'Off', { engine: PG, parameters: { 'rds.force_ssl': '0', 'ssl_min_protocol_version': 'TLSv1.2' } }) });
    const f = expectFinding(synthWithPack(app), 'RdsForceSsl', 'S/Db/Resource');
    expect(f.description).toContain('[DS-RDS-2]');
    expect(f.description).toContain('164.312(e)(1)');
    expect(f.description).toContain('rds.force_ssl is "0"');
  });

  test('non-compliant: a MySQL instance on the default parameter group, and a group that omits the parameter', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'My', { engine: MYSQL, parameterGroup: undefined });
    instance(s, vpc, 'Omit', { parameterGroup: new rds.ParameterGroup(s, 'Omits', { engine: PG, parameters: { 'ssl_min_protocol_version': 'TLSv1.2' } }) });
    new CfnResource(s, 'Named', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'mysql', DBParameterGroupName: 'default.mysql8.0' } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsForceSsl', 'S/My/Resource').description).toContain("default parameter group");
    expect(expectFinding(result, 'RdsForceSsl', 'S/My/Resource').description).toContain('require_secure_transport = ON');
    expect(expectFinding(result, 'RdsForceSsl', 'S/Omit/Resource').description).toContain('does not set rds.force_ssl');
    expectFinding(result, 'RdsForceSsl', 'S/Named');
  });

  test('escape hatch: the parameter overridden in the group, or the group removed from the DB, after the L2 set it', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db');
    cfnGroup(s, 'DbParams').addPropertyOverride('Parameters.rds\\.force_ssl', '0');
    cfnOf(instance(s, vpc, 'NoGroup')).addPropertyDeletionOverride('DBParameterGroupName');
    const result = synthWithPack(app);
    expectFinding(result, 'RdsForceSsl', 'S/Db/Resource');
    expectFinding(result, 'RdsForceSsl', 'S/NoGroup/Resource');
  });

  test('raw CfnResource: instance, cluster and groups judged on their type strings', () => {
    const { app, s } = setup();
    new CfnResource(s, 'G', { type: 'AWS::RDS::DBClusterParameterGroup', properties: { Family: 'aurora-mysql8.0', Description: 'x', Parameters: { require_secure_transport: 'OFF' } } });
    new CfnResource(s, 'RawCluster', { type: 'AWS::RDS::DBCluster', properties: { Engine: 'aurora-mysql', DBClusterParameterGroupName: { Ref: 'G' } } });
    new CfnResource(s, 'RawPg', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres' } });
    new CfnResource(s, 'Member', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'RawCluster' } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsForceSsl', 'S/RawCluster').description).toContain('require_secure_transport is "OFF"');
    expectFinding(result, 'RdsForceSsl', 'S/RawPg');
    expectNoFinding(result, 'RdsForceSsl', 'S/Member');
  });

  test('token or unseen group: a parameter, Fn::If, or a group not in the template is unverifiable', () => {
    const { app, s, vpc } = setup();
    const p = new CfnParameter(s, 'GroupName', { type: 'String' });
    cfnOf(instance(s, vpc, 'ByParam')).addPropertyOverride('DBParameterGroupName', p.valueAsString);
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    instance(s, vpc, 'ByIf');
    cfnGroup(s, 'ByIfParams').addPropertyOverride('Parameters.rds\\.force_ssl', Fn.conditionIf(cond.logicalId, '1', '0'));
    instance(s, vpc, 'Imported', { parameterGroup: rds.ParameterGroup.fromParameterGroupName(s, 'Ext', 'practice-pg16') });
    new CfnResource(s, 'Oracle', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'oracle-ee' } });
    const result = synthWithPack(app);
    expectFinding(result, 'RdsForceSsl', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'RdsForceSsl', 'S/ByIf', { unverifiable: true });
    expect(expectFinding(result, 'RdsForceSsl', 'S/Imported', { unverifiable: true }).description).toContain('practice-pg16');
    expectFinding(result, 'RdsForceSsl', 'S/Oracle', { unverifiable: true });
    expect(findingsOf(result.findings, 'RdsForceSsl')).toHaveLength(0);
  });
});

describe('DermaShield-RdsMinimumTlsVersion', () => {
  test.each([
    ['TLSv1', false], ['TLSv1.1', false], ['TLSv1.2', true], ['TLSv1.3', true], ['tlsv1.2', true],
  ])('PostgreSQL ssl_min_protocol_version %s -> compliant %s', (version, ok) => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { parameterGroup: new rds.ParameterGroup(s, 'G', { engine: PG, parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': version } }) });
    const result = synthWithPack(app);
    if (ok) expectNoFinding(result, 'RdsMinimumTlsVersion');
    else expect(expectFinding(result, 'RdsMinimumTlsVersion', 'S/Db/Resource').description).toContain(`"${version}"`);
  });

  test.each([
    ['TLSv1.2', true], ['TLSv1.2,TLSv1.3', true], ['TLSv1.3', true], ['TLSv1.1,TLSv1.2', false], ['TLSv1,TLSv1.1,TLSv1.2', false],
  ])('MySQL tls_version %s -> compliant %s', (version, ok) => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { engine: MYSQL, parameterGroup: new rds.ParameterGroup(s, 'G', { engine: MYSQL, parameters: { require_secure_transport: '1', tls_version: version } }) });
    const result = synthWithPack(app);
    if (ok) expectNoFinding(result, 'RdsMinimumTlsVersion');
    else expectFinding(result, 'RdsMinimumTlsVersion', 'S/Db/Resource');
  });

  test('compliant: the Aurora PostgreSQL cluster parameter group sets TLSv1.2', () => {
    const { app, s, vpc } = setup();
    cluster(s, vpc);
    expectNoFinding(synthWithPack(app), 'RdsMinimumTlsVersion');
  });

  test('non-compliant: default group, a group without the parameter, SQL Server with TLS 1.0 on', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Default', { parameterGroup: undefined });
    instance(s, vpc, 'Omit', { parameterGroup: new rds.ParameterGroup(s, 'Omits', { engine: PG, parameters: { 'rds.force_ssl': '1' } }) });
    new CfnResource(s, 'SqlGroup', { type: 'AWS::RDS::DBParameterGroup', properties: { Family: 'sqlserver-ee-16.0', Description: 'x', Parameters: { 'rds.force_ssl': '1', 'rds.tls10': 'enabled', 'rds.tls11': 'disabled' } } });
    new CfnResource(s, 'Sql', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'sqlserver-ee', DBParameterGroupName: { Ref: 'SqlGroup' } } });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'RdsMinimumTlsVersion', 'S/Default/Resource');
    expect(f.description).toContain('[DS-RDS-3]');
    expect(f.description).toContain('ssl_min_protocol_version = TLSv1.2');
    expect(expectFinding(result, 'RdsMinimumTlsVersion', 'S/Omit/Resource').description).toContain('does not set ssl_min_protocol_version');
    expect(expectFinding(result, 'RdsMinimumTlsVersion', 'S/Sql').description).toContain('rds.tls10 is "enabled"');
  });

  test('escape hatch: the minimum lowered by override after the L2 set it', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db');
    cfnGroup(s, 'DbParams').addPropertyOverride('Parameters.ssl_min_protocol_version', 'TLSv1');
    cfnCluster(cluster(s, vpc, 'Cl')).addPropertyDeletionOverride('DBClusterParameterGroupName');
    const result = synthWithPack(app);
    expectFinding(result, 'RdsMinimumTlsVersion', 'S/Db/Resource');
    expectFinding(result, 'RdsMinimumTlsVersion', 'S/Cl/Resource');
  });

  test('raw CfnResource: engine taken from the group family when the DB does not name it', () => {
    const { app, s } = setup();
    new CfnResource(s, 'G', { type: 'AWS::RDS::DBParameterGroup', properties: { Family: 'postgres16', Description: 'x', Parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.1' } } });
    new CfnResource(s, 'Raw', { type: 'AWS::RDS::DBInstance', properties: { DBSnapshotIdentifier: 'snap', DBParameterGroupName: { Ref: 'G' } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsMinimumTlsVersion', 'S/Raw').description).toContain('TLSv1.1');
  });

  test('token: a parameter value or engine from a CfnParameter is unverifiable', () => {
    const { app, s, vpc } = setup();
    const p = new CfnParameter(s, 'Min', { type: 'String' });
    instance(s, vpc, 'Db');
    cfnGroup(s, 'DbParams').addPropertyOverride('Parameters.ssl_min_protocol_version', p.valueAsString);
    cfnOf(instance(s, vpc, 'Engine')).addPropertyOverride('Engine', p.valueAsString);
    const result = synthWithPack(app);
    expectFinding(result, 'RdsMinimumTlsVersion', 'S/Db/Resource', { unverifiable: true });
    expectFinding(result, 'RdsMinimumTlsVersion', 'S/Engine/Resource', { unverifiable: true });
    expect(findingsOf(result.findings, 'RdsMinimumTlsVersion')).toHaveLength(0);
  });
});

describe('DermaShield-RdsPerformanceInsightsCustomerManagedKey', () => {
  test('compliant: PI with a CMK (instance and cluster); PI off is not judged', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc);
    instance(s, vpc, 'Off', { enablePerformanceInsights: false, performanceInsightEncryptionKey: undefined });
    const key = cmk(s, 'PiKey');
    cluster(s, vpc, 'Cl', { enablePerformanceInsights: true, performanceInsightEncryptionKey: key, writer: rds.ClusterInstance.provisioned('Writer') });
    expectNoFinding(synthWithPack(app), 'RdsPerformanceInsightsCustomerManagedKey');
  });

  test('non-compliant: Performance Insights on the AWS key (no key, or alias/aws/rds)', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { performanceInsightEncryptionKey: undefined });
    instance(s, vpc, 'Alias', { performanceInsightEncryptionKey: kms.Alias.fromAliasName(s, 'AwsRds', 'alias/aws/rds') });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/Db/Resource');
    expect(f.description).toContain('[DS-RDS-4]');
    expect(f.description).toContain('PerformanceInsightsKMSKeyId is not set');
    expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/Alias/Resource');
  });

  test('escape hatch: the PI key deleted by override after the L2 set it', () => {
    const { app, s, vpc } = setup();
    cfnOf(instance(s, vpc)).addPropertyDeletionOverride('PerformanceInsightsKMSKeyId');
    expectFinding(synthWithPack(app), 'RdsPerformanceInsightsCustomerManagedKey', 'S/Db/Resource');
  });

  test('raw CfnResource: cluster PI and advanced Database Insights without a key', () => {
    const { app, s } = setup();
    new CfnResource(s, 'RawCluster', { type: 'AWS::RDS::DBCluster', properties: { Engine: 'aurora-postgresql', PerformanceInsightsEnabled: true } });
    new CfnResource(s, 'Advanced', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres', DatabaseInsightsMode: 'advanced' } });
    new CfnResource(s, 'NoPi', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres' } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/RawCluster').description).toContain('PerformanceInsightsKmsKeyId');
    expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/Advanced');
    expectNoFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/NoPi');
  });

  test('token: PI switch or key from a parameter is unverifiable', () => {
    const { app, s, vpc } = setup();
    const p = new CfnParameter(s, 'Pi', { type: 'String' });
    cfnOf(instance(s, vpc, 'Switch')).addPropertyOverride('EnablePerformanceInsights', p.valueAsString);
    cfnOf(instance(s, vpc, 'Key')).addPropertyOverride('PerformanceInsightsKMSKeyId', p.valueAsString);
    const result = synthWithPack(app);
    expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/Switch', { unverifiable: true });
    expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/Key', { unverifiable: true });
  });
});

describe('DermaShield-RdsProxyRequireTls', () => {
  function proxy(s: Stack, vpc: ec2.IVpc, id: string, requireTLS?: boolean): rds.DatabaseProxy {
    const db = instance(s, vpc, `${id}Db`);
    return new rds.DatabaseProxy(s, id, {
      proxyTarget: rds.ProxyTarget.fromInstance(db),
      secrets: [secretsmanager.Secret.fromSecretCompleteArn(s, `${id}Secret`, 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf')],
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      requireTLS,
    });
  }
  const cfnProxy = (p: rds.DatabaseProxy) => p.node.defaultChild as rds.CfnDBProxy;

  test('compliant: aws-cdk-lib DatabaseProxy requires TLS by default', () => {
    const { app, s, vpc } = setup();
    proxy(s, vpc, 'Proxy');
    expectNoFinding(synthWithPack(app), 'RdsProxyRequireTls');
  });

  test('non-compliant: a proxy without TLS', () => {
    const { app, s, vpc } = setup();
    proxy(s, vpc, 'Proxy', false);
    const f = expectFinding(synthWithPack(app), 'RdsProxyRequireTls', 'S/Proxy/Resource');
    expect(f.description).toContain('[DS-RDS-5]');
    expect(f.description).toContain('RequireTLS is false');
  });

  test('escape hatch: RequireTLS deleted (default false) after the L2 set it', () => {
    const { app, s, vpc } = setup();
    cfnProxy(proxy(s, vpc, 'Proxy', true)).addPropertyDeletionOverride('RequireTLS');
    expect(expectFinding(synthWithPack(app), 'RdsProxyRequireTls', 'S/Proxy/Resource').description).toContain('not set');
  });

  test('raw CfnResource', () => {
    const { app, s } = setup();
    new CfnResource(s, 'Raw', { type: 'AWS::RDS::DBProxy', properties: { EngineFamily: 'POSTGRESQL', RoleArn: 'arn', VpcSubnetIds: ['a'] } });
    new CfnResource(s, 'RawOk', { type: 'AWS::RDS::DBProxy', properties: { EngineFamily: 'POSTGRESQL', RequireTLS: 'true' } });
    const result = synthWithPack(app);
    expectFinding(result, 'RdsProxyRequireTls', 'S/Raw');
    expectNoFinding(result, 'RdsProxyRequireTls', 'S/RawOk');
  });

  test('token: RequireTLS from a parameter is unverifiable', () => {
    const { app, s, vpc } = setup();
    const p = new CfnParameter(s, 'Tls', { type: 'String' });
    cfnProxy(proxy(s, vpc, 'Proxy', true)).addPropertyOverride('RequireTLS', p.valueAsString);
    expectFinding(synthWithPack(app), 'RdsProxyRequireTls', 'S/Proxy/Resource', { unverifiable: true });
  });
});

describe('DermaShield-RdsMasterSecretCustomerManagedKey', () => {
  test('compliant: managed master secret under a CMK; a self-managed secret is not this rule\'s business', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc);
    cluster(s, vpc);
    instance(s, vpc, 'Generated', { manageMasterUserPassword: undefined, credentials: rds.Credentials.fromGeneratedSecret('admin') });
    expectNoFinding(synthWithPack(app), 'RdsMasterSecretCustomerManagedKey');
  });

  test('non-compliant: managed master secret on aws/secretsmanager', () => {
    const { app, s, vpc } = setup();
    instance(s, vpc, 'Db', { credentials: rds.Credentials.fromUsername('admin') });
    cluster(s, vpc, 'Cl', { credentials: rds.Credentials.fromUsername('admin') });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'RdsMasterSecretCustomerManagedKey', 'S/Db/Resource');
    expect(f.description).toContain('[DS-RDS-6]');
    expect(f.description).toContain('aws/secretsmanager');
    expectFinding(result, 'RdsMasterSecretCustomerManagedKey', 'S/Cl/Resource');
  });

  test('escape hatch: MasterUserSecret.KmsKeyId deleted after the L2 set it', () => {
    const { app, s, vpc } = setup();
    cfnOf(instance(s, vpc)).addPropertyDeletionOverride('MasterUserSecret.KmsKeyId');
    expectFinding(synthWithPack(app), 'RdsMasterSecretCustomerManagedKey', 'S/Db/Resource');
  });

  test('raw CfnResource: an AWS-managed alias is not a CMK', () => {
    const { app, s } = setup();
    new CfnResource(s, 'Raw', { type: 'AWS::RDS::DBCluster', properties: { Engine: 'aurora-postgresql', ManageMasterUserPassword: true, MasterUserSecret: { KmsKeyId: 'alias/aws/secretsmanager' } } });
    expect(expectFinding(synthWithPack(app), 'RdsMasterSecretCustomerManagedKey', 'S/Raw').description).toContain('AWS-managed');
  });

  test('token: the key or the switch behind a parameter or Fn::If is unverifiable', () => {
    const { app, s, vpc } = setup();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    cfnOf(instance(s, vpc, 'Key')).addPropertyOverride('MasterUserSecret.KmsKeyId', p.valueAsString);
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    cfnOf(instance(s, vpc, 'Switch')).addPropertyOverride('ManageMasterUserPassword', Fn.conditionIf(cond.logicalId, true, false));
    const result = synthWithPack(app);
    expectFinding(result, 'RdsMasterSecretCustomerManagedKey', 'S/Key', { unverifiable: true });
    expectFinding(result, 'RdsMasterSecretCustomerManagedKey', 'S/Switch', { unverifiable: true });
  });
});

describe('RDS findings fail synthesis', () => {
  test('a real synth (no report-only context) throws and names the rule', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'dermashield-rds-')) });
    const s = new Stack(app, 'S');
    new CfnResource(s, 'Raw', { type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres', StorageEncrypted: true } });
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    expect(() => app.synth()).toThrow(/DermaShield-RdsCustomerManagedKey/);
  });
});

describe('DermaShield-RdsCopyCustomerManagedKey', () => {
  const SNAPSHOT = 'arn:aws:rds:us-east-1:111122223333:snapshot:ehr-dr';
  const CROSS_REGION_SOURCE = 'arn:aws:rds:us-west-2:111122223333:db:ehr';
  const ISOLATED = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };

  test('compliant: snapshot restore and cross-Region replica naming a CMK; a same-Region replica of a CMK source in the app', () => {
    const { app, s, vpc } = setup();
    const key = cmk(s, 'CopyKey');
    // DatabaseInstanceFromSnapshot has no storage-key prop: the key is set on the L1.
    const restored = new rds.DatabaseInstanceFromSnapshot(s, 'Restored', { engine: PG, vpc, vpcSubnets: ISOLATED, snapshotIdentifier: SNAPSHOT });
    (restored.node.defaultChild as rds.CfnDBInstance).addPropertyOverride('KmsKeyId', key.keyArn);
    new CfnResource(s, 'CrossRegion', { type: 'AWS::RDS::DBInstance', properties: {
      SourceDBInstanceIdentifier: CROSS_REGION_SOURCE, DBInstanceClass: 'db.t4g.medium', KmsKeyId: key.keyArn } });
    const source = instance(s, vpc, 'Source');
    new rds.DatabaseInstanceReadReplica(s, 'Replica', { sourceDatabaseInstance: source, instanceType: new ec2.InstanceType('t4g.medium'), vpc, vpcSubnets: ISOLATED });
    const result = synthWithPack(app);
    expectNoFinding(result, 'RdsCopyCustomerManagedKey');
  });

  test('non-compliant: snapshot restore without KmsKeyId; cross-Region replica with aws/rds; Aurora cluster from snapshot', () => {
    const { app, s, vpc } = setup();
    new rds.DatabaseInstanceFromSnapshot(s, 'Restored', { engine: PG, vpc, vpcSubnets: ISOLATED, snapshotIdentifier: SNAPSHOT });
    new CfnResource(s, 'CrossRegion', { type: 'AWS::RDS::DBInstance', properties: {
      SourceDBInstanceIdentifier: CROSS_REGION_SOURCE, DBInstanceClass: 'db.t4g.medium', KmsKeyId: 'alias/aws/rds' } });
    new CfnResource(s, 'Cluster', { type: 'AWS::RDS::DBCluster', properties: { Engine: 'aurora-postgresql', SnapshotIdentifier: SNAPSHOT } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RdsCopyCustomerManagedKey', 'S/Restored').description).toContain('DBSnapshotIdentifier');
    expect(expectFinding(result, 'RdsCopyCustomerManagedKey', 'S/CrossRegion').description).toContain('alias/aws/rds');
    expect(expectFinding(result, 'RdsCopyCustomerManagedKey', 'S/Cluster').description).toContain('SnapshotIdentifier');
    expectNoFinding(result, 'RdsCustomerManagedKey', 'S/Restored');
  });

  test('escape hatch: the CMK of a restored cluster deleted after the L2 set it', () => {
    const { app, s, vpc } = setup();
    const cluster = new rds.DatabaseClusterFromSnapshot(s, 'Cluster', { engine: AURORA_PG, vpc, vpcSubnets: ISOLATED, snapshotIdentifier: SNAPSHOT,
      storageEncryptionKey: cmk(s, 'ClusterKey'), writer: rds.ClusterInstance.provisioned('W'),
      snapshotCredentials: rds.SnapshotCredentials.fromGeneratedSecret('admin', { encryptionKey: cmk(s, 'SecretKey') }) });
    (cluster.node.defaultChild as rds.CfnDBCluster).addPropertyDeletionOverride('KmsKeyId');
    expectFinding(synthWithPack(app), 'RdsCopyCustomerManagedKey', 'S/Cluster/Resource');
  });

  test('raw CfnResource: Aurora cross-Region replica cluster (ReplicationSourceIdentifier) without a key', () => {
    const { app, s } = setup();
    new CfnResource(s, 'Raw', { type: 'AWS::RDS::DBCluster', properties: {
      Engine: 'aurora-mysql', StorageEncrypted: true, ReplicationSourceIdentifier: 'arn:aws:rds:us-west-2:111122223333:cluster:ehr' } });
    expectFinding(synthWithPack(app), 'RdsCopyCustomerManagedKey', 'S/Raw');
  });

  test('token: KmsKeyId from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s } = setup();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const restored = (id: string, key: unknown) => new CfnResource(s, id, { type: 'AWS::RDS::DBInstance', properties: { DBSnapshotIdentifier: SNAPSHOT, KmsKeyId: key } });
    restored('ByParam', p.valueAsString);
    restored('ByImport', Fn.importValue('DrKey'));
    restored('ByIf', Fn.conditionIf(cond.logicalId, 'a', 'b'));
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'RdsCopyCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});
