import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as redshiftserverless from 'aws-cdk-lib/aws-redshiftserverless';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const base = { clusterType: 'single-node', dbName: 'clinic', masterUsername: 'admin', manageMasterPassword: true, nodeType: 'ra3.large' };

function group(s: Stack, id: string, requireSsl: string) {
  return new redshift.CfnClusterParameterGroup(s, id, {
    description: 'tls', parameterGroupFamily: 'redshift-2.0', parameters: [{ parameterName: 'require_ssl', parameterValue: requireSsl }],
  });
}

// aws-cdk-lib has no Redshift L2 (it lives in @aws-cdk/aws-redshift-alpha): the L1 class's own props are the "L2 set it" step.
describe('DermaShield-RedshiftCustomerManagedKey', () => {
  test('compliant: cluster and serverless namespace with a customer-managed key', () => {
    const { app, s, key } = stack();
    new redshift.CfnCluster(s, 'Wh', { ...base, kmsKeyId: key.keyArn });
    new redshiftserverless.CfnNamespace(s, 'Ns', { namespaceName: 'ns', kmsKeyId: key.keyId });
    expectNoFinding(synthWithPack(app), 'RedshiftCustomerManagedKey');
  });

  test('non-compliant: default key on a cluster and a namespace, and Encrypted false', () => {
    const { app, s } = stack();
    new redshift.CfnCluster(s, 'Defaults', base);
    new redshift.CfnCluster(s, 'Plain', { ...base, encrypted: false });
    new redshiftserverless.CfnNamespace(s, 'Ns', { namespaceName: 'ns' });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RedshiftCustomerManagedKey', 'S/Defaults').description).toContain('[DS-REDSHIFT-1]');
    expect(reasonOf(result, 'RedshiftCustomerManagedKey', 'S/Defaults')).toContain('no key is named');
    expect(reasonOf(result, 'RedshiftCustomerManagedKey', 'S/Plain')).toContain('Encrypted is false');
    expectFinding(result, 'RedshiftCustomerManagedKey', 'S/Ns');
  });

  test('escape hatch: key removed by override after the L1 set it', () => {
    const { app, s, key } = stack();
    const c = new redshift.CfnCluster(s, 'Wh', { ...base, kmsKeyId: key.keyArn });
    c.addPropertyDeletionOverride('KmsKeyId');
    expect(reasonOf(synthWithPack(app), 'RedshiftCustomerManagedKey', 'S/Wh')).toContain('no key is named');
  });

  test('raw CfnResource', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::RedshiftServerless::Namespace', properties: { KmsKeyId: 'alias/aws/redshift' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Redshift::Cluster', properties: { Encrypted: true, KmsKeyId: key.keyId } });
    const result = synthWithPack(app);
    expectFinding(result, 'RedshiftCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'RedshiftCustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter key, or Fn::If on Encrypted, is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new redshift.CfnCluster(s, 'ByParam', { ...base, kmsKeyId: p.valueAsString });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const c = new redshift.CfnCluster(s, 'ByIf', { ...base, kmsKeyId: key.keyArn });
    c.addPropertyOverride('Encrypted', Fn.conditionIf(cond.logicalId, true, false));
    const result = synthWithPack(app);
    expectFinding(result, 'RedshiftCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'RedshiftCustomerManagedKey', 'S/ByIf', { unverifiable: true });
  });
});

describe('DermaShield-RedshiftRequireSsl', () => {
  test('compliant: a parameter group with require_ssl true', () => {
    const { app, s } = stack();
    new redshift.CfnCluster(s, 'Wh', { ...base, clusterParameterGroupName: group(s, 'Tls', 'true').ref });
    expectNoFinding(synthWithPack(app), 'RedshiftRequireSsl');
  });

  test('non-compliant: default group, require_ssl false, group without require_ssl, named default group', () => {
    const { app, s } = stack();
    new redshift.CfnCluster(s, 'Defaults', base);
    new redshift.CfnCluster(s, 'Off', { ...base, clusterParameterGroupName: group(s, 'NoTls', 'false').ref });
    const empty = new redshift.CfnClusterParameterGroup(s, 'Empty', { description: 'e', parameterGroupFamily: 'redshift-2.0' });
    new redshift.CfnCluster(s, 'Unset', { ...base, clusterParameterGroupName: empty.ref });
    new redshift.CfnCluster(s, 'Named', { ...base, clusterParameterGroupName: 'default.redshift-2.0' });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'RedshiftRequireSsl', 'S/Defaults').description).toContain('[DS-REDSHIFT-2]');
    expect(reasonOf(result, 'RedshiftRequireSsl', 'S/Defaults')).toContain('default group applies');
    expect(reasonOf(result, 'RedshiftRequireSsl', 'S/Off')).toContain('sets require_ssl to false');
    expect(reasonOf(result, 'RedshiftRequireSsl', 'S/Unset')).toContain('does not set require_ssl');
    expect(reasonOf(result, 'RedshiftRequireSsl', 'S/Named')).toContain('is a default group');
  });

  test('escape hatch: group detached, or require_ssl flipped, by override after the L1 set it', () => {
    const { app, s } = stack();
    const c = new redshift.CfnCluster(s, 'Detached', { ...base, clusterParameterGroupName: group(s, 'Tls', 'true').ref });
    c.addPropertyDeletionOverride('ClusterParameterGroupName');
    const g = group(s, 'Flipped', 'true');
    g.addPropertyOverride('Parameters.0.ParameterValue', 'false');
    new redshift.CfnCluster(s, 'Weak', { ...base, clusterParameterGroupName: g.ref });
    const result = synthWithPack(app);
    expectFinding(result, 'RedshiftRequireSsl', 'S/Detached');
    expect(reasonOf(result, 'RedshiftRequireSsl', 'S/Weak')).toContain('require_ssl to false');
  });

  test('raw CfnResource: group referenced by name', () => {
    const { app, s } = stack();
    new CfnResource(s, 'G', { type: 'AWS::Redshift::ClusterParameterGroup', properties: { ParameterGroupName: 'strict', Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'TRUE' }] } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Redshift::Cluster', properties: { ClusterParameterGroupName: 'strict' } });
    new CfnResource(s, 'Raw', { type: 'AWS::Redshift::Cluster', properties: {} });
    const result = synthWithPack(app);
    expectNoFinding(result, 'RedshiftRequireSsl', 'S/RawOk');
    expectFinding(result, 'RedshiftRequireSsl', 'S/Raw');
  });

  test('token: a parameter value, or a group name from elsewhere, is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Ssl', { type: 'String' });
    new redshift.CfnCluster(s, 'ByParam', { ...base, clusterParameterGroupName: group(s, 'G', p.valueAsString).ref });
    new redshift.CfnCluster(s, 'Imported', { ...base, clusterParameterGroupName: Fn.importValue('SharedGroup') });
    const result = synthWithPack(app);
    expectFinding(result, 'RedshiftRequireSsl', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'RedshiftRequireSsl', 'S/Imported', { unverifiable: true });
  });
});
