import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as neptune from 'aws-cdk-lib/aws-neptune';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

// aws-cdk-lib has no Neptune L2 (it lives in @aws-cdk/aws-neptune-alpha): the L1 class's own props are the "L2 set it" step.
describe('DermaShield-NeptuneCustomerManagedKey', () => {
  test('compliant: encrypted with a customer-managed key', () => {
    const { app, s, key } = stack();
    new neptune.CfnDBCluster(s, 'Graph', { storageEncrypted: true, kmsKeyId: key.keyArn });
    expectNoFinding(synthWithPack(app), 'NeptuneCustomerManagedKey');
  });

  test('non-compliant: default (unencrypted), and encrypted with the AWS-managed key', () => {
    const { app, s } = stack();
    new neptune.CfnDBCluster(s, 'Plain', {});
    new neptune.CfnDBCluster(s, 'AwsKey', { storageEncrypted: true });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'NeptuneCustomerManagedKey', 'S/Plain').description).toContain('[DS-NEPTUNE-1]');
    expect(reasonOf(result, 'NeptuneCustomerManagedKey', 'S/Plain')).toContain('StorageEncrypted is not set');
    expect(reasonOf(result, 'NeptuneCustomerManagedKey', 'S/AwsKey')).toContain('no key is named');
  });

  test('escape hatch: key removed by override after the L1 set it', () => {
    const { app, s, key } = stack();
    const c = new neptune.CfnDBCluster(s, 'Graph', { storageEncrypted: true, kmsKeyId: key.keyArn });
    c.addPropertyDeletionOverride('KmsKeyId');
    expect(reasonOf(synthWithPack(app), 'NeptuneCustomerManagedKey', 'S/Graph')).toContain('no key is named');
  });

  test('raw CfnResource', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Neptune::DBCluster', properties: { StorageEncrypted: 'false' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Neptune::DBCluster', properties: { StorageEncrypted: 'true', KmsKeyId: { 'Fn::GetAtt': [s.resolve((key.node.defaultChild as kms.CfnKey).logicalId), 'Arn'] } } });
    const result = synthWithPack(app);
    expectFinding(result, 'NeptuneCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'NeptuneCustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter key is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new neptune.CfnDBCluster(s, 'Graph', { storageEncrypted: true, kmsKeyId: p.valueAsString });
    expectFinding(synthWithPack(app), 'NeptuneCustomerManagedKey', 'S/Graph', { unverifiable: true });
  });
});

describe('DermaShield-NeptuneTls', () => {
  test.each([undefined, '1.0.4.0', '1.2.1.0', '1.4.5.1'])('compliant: engine version %s', (engineVersion) => {
    const { app, s } = stack();
    new neptune.CfnDBCluster(s, 'Graph', { engineVersion });
    expectNoFinding(synthWithPack(app), 'NeptuneTls');
  });

  test.each(['1.0.3.0', '1.0.1.2'])('non-compliant: engine version %s predates TLS-1.2-only', (engineVersion) => {
    const { app, s } = stack();
    new neptune.CfnDBCluster(s, 'Graph', { engineVersion });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'NeptuneTls', 'S/Graph').description).toContain('[DS-NEPTUNE-2]');
    expect(reasonOf(result, 'NeptuneTls', 'S/Graph')).toContain(`EngineVersion ${engineVersion} predates 1.0.4.0`);
  });

  test('escape hatch: engine pinned back by override after the L1 set it', () => {
    const { app, s } = stack();
    const c = new neptune.CfnDBCluster(s, 'Graph', { engineVersion: '1.3.2.0' });
    c.addPropertyOverride('EngineVersion', '1.0.2.2');
    expectFinding(synthWithPack(app), 'NeptuneTls', 'S/Graph');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Neptune::DBCluster', properties: { EngineVersion: '1.0.3.0' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Neptune::DBCluster', properties: { EngineVersion: '1.3.0.0' } });
    const result = synthWithPack(app);
    expectFinding(result, 'NeptuneTls', 'S/Raw');
    expectNoFinding(result, 'NeptuneTls', 'S/RawOk');
  });

  test('token: an imported engine version is unverifiable', () => {
    const { app, s } = stack();
    new neptune.CfnDBCluster(s, 'Graph', { engineVersion: Fn.importValue('NeptuneVersion') });
    expectFinding(synthWithPack(app), 'NeptuneTls', 'S/Graph', { unverifiable: true });
  });
});
