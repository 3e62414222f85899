import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as msk from 'aws-cdk-lib/aws-msk';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const base = {
  clusterName: 'events', kafkaVersion: '3.6.0', numberOfBrokerNodes: 2,
  brokerNodeGroupInfo: { clientSubnets: ['subnet-1', 'subnet-2'], instanceType: 'kafka.m7g.large' },
};

// aws-cdk-lib has no MSK L2 (it lives in @aws-cdk/aws-msk-alpha): the L1 class's own props are the "L2 set it" step.
describe('DermaShield-MskCustomerManagedKey', () => {
  test('compliant: data volumes under a customer-managed key', () => {
    const { app, s, key } = stack();
    new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: key.keyArn } } });
    expectNoFinding(synthWithPack(app), 'MskCustomerManagedKey');
  });

  test('non-compliant: no key (aws/kafka), and an AWS-managed alias', () => {
    const { app, s } = stack();
    new msk.CfnCluster(s, 'Defaults', base);
    new msk.CfnCluster(s, 'Alias', { ...base, encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: 'alias/aws/kafka' } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'MskCustomerManagedKey', 'S/Defaults').description).toContain('[DS-MSK-1]');
    expect(reasonOf(result, 'MskCustomerManagedKey', 'S/Defaults')).toContain('no key is named');
    expect(reasonOf(result, 'MskCustomerManagedKey', 'S/Alias')).toContain('alias/aws/kafka is an AWS-managed key');
  });

  test('escape hatch: key replaced by override after the L1 set it', () => {
    const { app, s, key } = stack();
    const c = new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: key.keyArn } } });
    c.addPropertyDeletionOverride('EncryptionInfo.EncryptionAtRest');
    expectFinding(synthWithPack(app), 'MskCustomerManagedKey', 'S/Kafka');
  });

  test('raw CfnResource', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::MSK::Cluster', properties: { EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS' } } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::MSK::Cluster', properties: { EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: key.keyArn } } } });
    const result = synthWithPack(app);
    expectFinding(result, 'MskCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'MskCustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter key is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: p.valueAsString } } });
    expectFinding(synthWithPack(app), 'MskCustomerManagedKey', 'S/Kafka', { unverifiable: true });
  });
});

describe('DermaShield-MskInTransitEncryption', () => {
  test('compliant: defaults (TLS, in-cluster on) and explicit TLS', () => {
    const { app, s } = stack();
    new msk.CfnCluster(s, 'Defaults', base);
    new msk.CfnCluster(s, 'Explicit', { ...base, encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS', inCluster: true } } });
    expectNoFinding(synthWithPack(app), 'MskInTransitEncryption');
  });

  test.each(['TLS_PLAINTEXT', 'PLAINTEXT'])('non-compliant: ClientBroker %s', (clientBroker) => {
    const { app, s } = stack();
    new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionInTransit: { clientBroker } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'MskInTransitEncryption', 'S/Kafka').description).toContain('[DS-MSK-2]');
    expect(reasonOf(result, 'MskInTransitEncryption', 'S/Kafka')).toContain(`'${clientBroker}', which accepts plaintext`);
  });

  test('non-compliant: in-cluster encryption off', () => {
    const { app, s } = stack();
    new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionInTransit: { inCluster: false } } });
    expect(reasonOf(synthWithPack(app), 'MskInTransitEncryption', 'S/Kafka')).toContain('InCluster is false');
  });

  test('escape hatch: plaintext allowed by override after the L1 set TLS', () => {
    const { app, s } = stack();
    const c = new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS', inCluster: true } } });
    c.addPropertyOverride('EncryptionInfo.EncryptionInTransit.ClientBroker', 'TLS_PLAINTEXT');
    expectFinding(synthWithPack(app), 'MskInTransitEncryption', 'S/Kafka');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::MSK::Cluster', properties: { EncryptionInfo: { EncryptionInTransit: { InCluster: 'false' } } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::MSK::Cluster', properties: {} });
    const result = synthWithPack(app);
    expectFinding(result, 'MskInTransitEncryption', 'S/Raw');
    expectNoFinding(result, 'MskInTransitEncryption', 'S/RawOk');
  });

  test('token: an imported client-broker setting is unverifiable', () => {
    const { app, s } = stack();
    new msk.CfnCluster(s, 'Kafka', { ...base, encryptionInfo: { encryptionInTransit: { clientBroker: Fn.importValue('Mode') } } });
    expectFinding(synthWithPack(app), 'MskInTransitEncryption', 'S/Kafka', { unverifiable: true });
  });
});
