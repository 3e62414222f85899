import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

describe('DermaShield-KinesisStreamCustomerManagedKey', () => {
  test('compliant: L2 stream with a customer-managed key', () => {
    const { app, s, key } = stack();
    new kinesis.Stream(s, 'St', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key });
    expectNoFinding(synthWithPack(app), 'KinesisStreamCustomerManagedKey');
  });

  test('non-compliant: AWS-managed alias/aws/kinesis, and unencrypted', () => {
    const { app, s } = stack();
    new kinesis.Stream(s, 'Managed', { encryption: kinesis.StreamEncryption.MANAGED });
    new kinesis.Stream(s, 'Plain', { encryption: kinesis.StreamEncryption.UNENCRYPTED });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'KinesisStreamCustomerManagedKey', 'S/Managed');
    expect(f.description).toContain('[DS-KINESIS-1]');
    expect(f.description).toContain('164.312(a)(2)(iv)');
    expect(reasonOf(result, 'KinesisStreamCustomerManagedKey', 'S/Managed')).toContain('alias/aws/kinesis is an AWS-managed key');
    expect(reasonOf(result, 'KinesisStreamCustomerManagedKey', 'S/Plain')).toContain('StreamEncryption is not set');
  });

  test('escape hatch: encryption removed by override after the L2 set it', () => {
    const { app, s, key } = stack();
    const st = new kinesis.Stream(s, 'St', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key });
    (st.node.defaultChild as kinesis.CfnStream).addPropertyDeletionOverride('StreamEncryption');
    const st2 = new kinesis.Stream(s, 'Swapped', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key });
    (st2.node.defaultChild as kinesis.CfnStream).addPropertyOverride('StreamEncryption.KeyId', 'alias/aws/kinesis');
    const result = synthWithPack(app);
    expectFinding(result, 'KinesisStreamCustomerManagedKey', 'S/St/Resource');
    expectFinding(result, 'KinesisStreamCustomerManagedKey', 'S/Swapped/Resource');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Kinesis::Stream', properties: { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Kinesis::Stream', properties: { StreamEncryption: { EncryptionType: 'KMS', KeyId: key.keyArn } } });
    const result = synthWithPack(app);
    expectFinding(result, 'KinesisStreamCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'KinesisStreamCustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter key, or Fn::If around the encryption, is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new kinesis.CfnStream(s, 'ByParam', { shardCount: 1, streamEncryption: { encryptionType: 'KMS', keyId: p.valueAsString } });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    new kinesis.CfnStream(s, 'ByIf', {
      shardCount: 1,
      streamEncryption: Fn.conditionIf(cond.logicalId, { EncryptionType: 'KMS', KeyId: key.keyArn }, Fn.ref('AWS::NoValue')) as any,
    });
    const result = synthWithPack(app);
    expectFinding(result, 'KinesisStreamCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'KinesisStreamCustomerManagedKey', 'S/ByIf', { unverifiable: true });
  });
});

describe('DermaShield-FirehoseCustomerManagedKey', () => {
  function bucket(s: Stack) {
    return new s3.Bucket(s, 'Dest');
  }

  test('compliant: L2 delivery stream with a customer-managed key; a Kinesis-sourced stream inherits the source encryption', () => {
    const { app, s, key } = stack();
    new firehose.DeliveryStream(s, 'Fh', { destination: new firehose.S3Bucket(bucket(s)), encryption: firehose.StreamEncryption.customerManagedKey(key) });
    new firehose.CfnDeliveryStream(s, 'FromKinesis', {
      deliveryStreamType: 'KinesisStreamAsSource',
      kinesisStreamSourceConfiguration: { kinesisStreamArn: 'arn:aws:kinesis:us-east-1:111111111111:stream/x', roleArn: 'arn:aws:iam::111111111111:role/r' },
    });
    expectNoFinding(synthWithPack(app), 'FirehoseCustomerManagedKey');
  });

  test('non-compliant: AWS-owned key, and no server-side encryption', () => {
    const { app, s } = stack();
    const b = bucket(s);
    new firehose.DeliveryStream(s, 'Owned', { destination: new firehose.S3Bucket(b), encryption: firehose.StreamEncryption.awsOwnedKey() });
    new firehose.DeliveryStream(s, 'Plain', { destination: new firehose.S3Bucket(b) });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'FirehoseCustomerManagedKey', 'S/Owned');
    expect(f.description).toContain('[DS-KINESIS-2]');
    expect(reasonOf(result, 'FirehoseCustomerManagedKey', 'S/Owned')).toContain('AWS_OWNED_CMK');
    expect(reasonOf(result, 'FirehoseCustomerManagedKey', 'S/Plain')).toContain('not set');
  });

  test('escape hatch: key type downgraded by override after the L2 set it', () => {
    const { app, s, key } = stack();
    const fh = new firehose.DeliveryStream(s, 'Fh', { destination: new firehose.S3Bucket(bucket(s)), encryption: firehose.StreamEncryption.customerManagedKey(key) });
    (fh.node.defaultChild as firehose.CfnDeliveryStream).addPropertyOverride('DeliveryStreamEncryptionConfigurationInput.KeyType', 'AWS_OWNED_CMK');
    expect(reasonOf(synthWithPack(app), 'FirehoseCustomerManagedKey', 'S/Fh/Resource')).toContain('AWS_OWNED_CMK');
  });

  test('raw CfnResource', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::KinesisFirehose::DeliveryStream', properties: { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } } });
    new CfnResource(s, 'RawOk', {
      type: 'AWS::KinesisFirehose::DeliveryStream',
      properties: { DeliveryStreamType: 'DirectPut', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.keyArn } },
    });
    const result = synthWithPack(app);
    expectFinding(result, 'FirehoseCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'FirehoseCustomerManagedKey', 'S/RawOk');
  });

  test('token: an imported key ARN is unverifiable', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', {
      type: 'AWS::KinesisFirehose::DeliveryStream',
      properties: { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: Fn.importValue('FirehoseKey') } },
    });
    expectFinding(synthWithPack(app), 'FirehoseCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});
