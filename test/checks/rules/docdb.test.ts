import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
  return { app, s, key, vpc };
}

function cluster(s: Stack, id: string, vpc: ec2.IVpc, props: Partial<docdb.DatabaseClusterProps> = {}) {
  return new docdb.DatabaseCluster(s, id, {
    masterUser: { username: 'clinic' },
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
    instances: 1,
    vpc,
    ...props,
  });
}

function tlsGroup(s: Stack, id: string, tls: string) {
  return new docdb.ClusterParameterGroup(s, id, { family: 'docdb5.0', parameters: { tls } });
}

const cfn = (c: docdb.DatabaseCluster) => c.node.defaultChild as docdb.CfnDBCluster;

describe('DermaShield-DocDbCustomerManagedKey', () => {
  test('compliant: L2 cluster with a customer-managed key', () => {
    const { app, s, key, vpc } = stack();
    cluster(s, 'Db', vpc, { kmsKey: key, storageEncrypted: true });
    expectNoFinding(synthWithPack(app), 'DocDbCustomerManagedKey');
  });

  test('non-compliant: aws-cdk-lib default (AWS-managed key), and unencrypted', () => {
    const { app, s, vpc } = stack();
    cluster(s, 'Default', vpc);
    cluster(s, 'Plain', vpc, { storageEncrypted: false });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'DocDbCustomerManagedKey', 'S/Default').description).toContain('[DS-DOCDB-1]');
    expect(reasonOf(result, 'DocDbCustomerManagedKey', 'S/Default')).toContain('no key is named');
    expect(reasonOf(result, 'DocDbCustomerManagedKey', 'S/Plain')).toContain('StorageEncrypted is false');
  });

  test('escape hatch: encryption flag removed by override after the L2 set it', () => {
    const { app, s, key, vpc } = stack();
    const c = cluster(s, 'Db', vpc, { kmsKey: key });
    cfn(c).addPropertyDeletionOverride('StorageEncrypted');
    expect(reasonOf(synthWithPack(app), 'DocDbCustomerManagedKey', 'S/Db/Resource')).toContain('StorageEncrypted is not set');
  });

  test('raw CfnResource', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::DocDB::DBCluster', properties: { StorageEncrypted: true, KmsKeyId: 'alias/aws/rds' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::DocDB::DBCluster', properties: { StorageEncrypted: true, KmsKeyId: key.keyArn } });
    const result = synthWithPack(app);
    expectFinding(result, 'DocDbCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'DocDbCustomerManagedKey', 'S/RawOk');
  });

  test('token: an imported key is unverifiable', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::DocDB::DBCluster', properties: { StorageEncrypted: true, KmsKeyId: Fn.importValue('DocKey') } });
    expectFinding(synthWithPack(app), 'DocDbCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-DocDbTls', () => {
  test.each(['tls1.2+', 'tls1.3+', 'fips-140-3'])("compliant: a cluster parameter group with tls '%s'", (tls) => {
    const { app, s, key, vpc } = stack();
    cluster(s, 'Db', vpc, { kmsKey: key, parameterGroup: tlsGroup(s, 'Params', tls) });
    expectNoFinding(synthWithPack(app), 'DocDbTls');
  });

  test.each(['enabled', 'disabled'])("non-compliant: tls '%s'", (tls) => {
    const { app, s, key, vpc } = stack();
    cluster(s, 'Db', vpc, { kmsKey: key, parameterGroup: tlsGroup(s, 'Params', tls) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'DocDbTls', 'S/Db').description).toContain('[DS-DOCDB-2]');
    expect(reasonOf(result, 'DocDbTls', 'S/Db')).toContain(`tls to '${tls}'`);
  });

  test('non-compliant: the default parameter group (no group named), and a named default group', () => {
    const { app, s, vpc } = stack();
    cluster(s, 'Default', vpc);
    new CfnResource(s, 'Named', { type: 'AWS::DocDB::DBCluster', properties: { DBClusterParameterGroupName: 'default.docdb5.0' } });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'DocDbTls', 'S/Default')).toContain('default group applies');
    expect(reasonOf(result, 'DocDbTls', 'S/Named')).toContain('default.docdb5.0 is a default group');
  });

  test('escape hatch: parameter group removed by override after the L2 set it, or its tls weakened', () => {
    const { app, s, key, vpc } = stack();
    const c = cluster(s, 'Db', vpc, { kmsKey: key, parameterGroup: tlsGroup(s, 'Params', 'tls1.2+') });
    cfn(c).addPropertyDeletionOverride('DBClusterParameterGroupName');
    const group = tlsGroup(s, 'Weakened', 'tls1.2+');
    cluster(s, 'Db2', vpc, { kmsKey: key, parameterGroup: group });
    (group.node.defaultChild as docdb.CfnDBClusterParameterGroup).addPropertyOverride('Parameters.tls', 'enabled');
    const result = synthWithPack(app);
    expect(reasonOf(result, 'DocDbTls', 'S/Db/Resource')).toContain('DBClusterParameterGroupName is not set');
    expect(reasonOf(result, 'DocDbTls', 'S/Db2')).toContain("tls to 'enabled'");
  });

  test('raw CfnResource: cluster and group referenced by name', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Group', { type: 'AWS::DocDB::DBClusterParameterGroup', properties: { Name: 'strict', Family: 'docdb5.0', Description: 'd', Parameters: { tls: 'tls1.2+' } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::DocDB::DBCluster', properties: { DBClusterParameterGroupName: 'strict' } });
    new CfnResource(s, 'Loose', { type: 'AWS::DocDB::DBClusterParameterGroup', properties: { Family: 'docdb5.0', Description: 'd', Parameters: {} } });
    new CfnResource(s, 'Raw', { type: 'AWS::DocDB::DBCluster', properties: { DBClusterParameterGroupName: { Ref: 'Loose' } } });
    const result = synthWithPack(app);
    expectNoFinding(result, 'DocDbTls', 'S/RawOk');
    expect(reasonOf(result, 'DocDbTls', 'S/Raw')).toContain("does not set tls, so the family default 'enabled'");
  });

  test('token: a parameter group name from a parameter, or a group defined elsewhere, is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Group', { type: 'String' });
    new CfnResource(s, 'ByParam', { type: 'AWS::DocDB::DBCluster', properties: { DBClusterParameterGroupName: p.valueAsString } });
    new CfnResource(s, 'External', { type: 'AWS::DocDB::DBCluster', properties: { DBClusterParameterGroupName: 'shared-strict' } });
    const result = synthWithPack(app);
    expectFinding(result, 'DocDbTls', 'S/ByParam', { unverifiable: true });
    expect(reasonOf(result, 'DocDbTls', 'S/External', { unverifiable: true })).toContain('not defined in this template');
  });
});
