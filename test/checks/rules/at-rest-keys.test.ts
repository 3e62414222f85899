/**
 * The foundation's customer-managed-key rules for log groups, SNS, SQS and Secrets Manager: each judged on the
 * effective template (L2, escape hatch, raw CfnResource, tokens).
 */
import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Cmk', { enableKeyRotation: true });
  return { app, s, key };
}

describe('DermaShield-LogGroupCustomerManagedKey', () => {
  test('compliant: encryptionKey is a key defined in the app', () => {
    const { app, s, key } = stack();
    new logs.LogGroup(s, 'LG', { encryptionKey: key });
    expectNoFinding(synthWithPack(app), 'LogGroupCustomerManagedKey');
  });

  test('non-compliant: no key (service-owned encryption)', () => {
    const { app, s } = stack();
    new logs.LogGroup(s, 'LG');
    const f = expectFinding(synthWithPack(app), 'LogGroupCustomerManagedKey', 'S/LG/Resource');
    expect(f.description).toContain('[DS-LOGS-1]');
    expect(f.description).toContain('KmsKeyId: no key is named');
  });

  test('escape hatch: KmsKeyId removed by addPropertyDeletionOverride after the L2 set it', () => {
    const { app, s, key } = stack();
    const lg = new logs.LogGroup(s, 'LG', { encryptionKey: key });
    (lg.node.defaultChild as logs.CfnLogGroup).addPropertyDeletionOverride('KmsKeyId');
    expectFinding(synthWithPack(app), 'LogGroupCustomerManagedKey', 'S/LG/Resource');
  });

  test('raw CfnResource: an AWS-managed alias ARN fails, a raw key reference passes', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Managed', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:alias/aws/logs' } });
    new CfnResource(s, 'Ok', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: key.keyArn } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'LogGroupCustomerManagedKey', 'S/Managed').description).toContain('AWS-managed');
    expectNoFinding(result, 'LogGroupCustomerManagedKey', 'S/Ok');
  });

  test('token: a parameter, an unknown import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new logs.LogGroup(s, 'ByParam', { encryptionKey: kms.Key.fromKeyArn(s, 'PKey', p.valueAsString) });
    new CfnResource(s, 'ByImport', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: Fn.importValue('SecurityAccountKey') } });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    new CfnResource(s, 'ByIf', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: Fn.conditionIf(cond.logicalId, key.keyArn, Fn.ref('AWS::NoValue')) } });
    const result = synthWithPack(app);
    expectFinding(result, 'LogGroupCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'LogGroupCustomerManagedKey', 'S/ByImport', { unverifiable: true });
    expectFinding(result, 'LogGroupCustomerManagedKey', 'S/ByIf', { unverifiable: true });
  });

  test('a literal key ARN passes only when declared as an external CMK', () => {
    const arn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const build = () => {
      const { app, s } = stack();
      new CfnResource(s, 'LG', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: arn } });
      return app;
    };
    expectFinding(synthWithPack(build()), 'LogGroupCustomerManagedKey', 'S/LG', { unverifiable: true });
    expectNoFinding(synthWithPack(build(), { externalCustomerManagedKeyArns: [arn] }), 'LogGroupCustomerManagedKey');
  });
});

describe('DermaShield-SnsCustomerManagedKey', () => {
  test('compliant: masterKey is a CMK', () => {
    const { app, s, key } = stack();
    new sns.Topic(s, 'T', { masterKey: key });
    expectNoFinding(synthWithPack(app), 'SnsCustomerManagedKey');
  });

  test('non-compliant: unencrypted topic, and the aws/sns alias', () => {
    const { app, s } = stack();
    new sns.Topic(s, 'Plain');
    new sns.Topic(s, 'AwsManaged', { masterKey: kms.Alias.fromAliasName(s, 'AwsSns', 'alias/aws/sns') });
    const result = synthWithPack(app);
    expectFinding(result, 'SnsCustomerManagedKey', 'S/Plain');
    expect(expectFinding(result, 'SnsCustomerManagedKey', 'S/AwsManaged').description).toContain('alias/aws/sns is an AWS-managed key');
  });

  test('escape hatch: key swapped to alias/aws/sns by override', () => {
    const { app, s, key } = stack();
    const t = new sns.Topic(s, 'T', { masterKey: key });
    (t.node.defaultChild as sns.CfnTopic).addPropertyOverride('KmsMasterKeyId', 'alias/aws/sns');
    expectFinding(synthWithPack(app), 'SnsCustomerManagedKey', 'S/T');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SNS::Topic', properties: {} });
    expectFinding(synthWithPack(app), 'SnsCustomerManagedKey', 'S/Raw');
  });

  test('token: parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    new CfnResource(s, 'Raw', { type: 'AWS::SNS::Topic', properties: { KmsMasterKeyId: p.valueAsString } });
    expectFinding(synthWithPack(app), 'SnsCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-SqsCustomerManagedKey', () => {
  test('compliant: KMS with a CMK', () => {
    const { app, s, key } = stack();
    new sqs.Queue(s, 'Q', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
    expectNoFinding(synthWithPack(app), 'SqsCustomerManagedKey');
  });

  test.each([
    ['SSE-SQS', sqs.QueueEncryption.SQS_MANAGED, 'SqsManagedSseEnabled'],
    ['aws/sqs', sqs.QueueEncryption.KMS_MANAGED, 'alias/aws/sqs'],
  ])('non-compliant: %s', (_name, encryption, expected) => {
    const { app, s } = stack();
    new sqs.Queue(s, 'Q', { encryption });
    expect(expectFinding(synthWithPack(app), 'SqsCustomerManagedKey', 'S/Q').description).toContain(expected);
  });

  test('escape hatch: key deleted by override', () => {
    const { app, s, key } = stack();
    const q = new sqs.Queue(s, 'Q', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
    (q.node.defaultChild as sqs.CfnQueue).addPropertyDeletionOverride('KmsMasterKeyId');
    expectFinding(synthWithPack(app), 'SqsCustomerManagedKey', 'S/Q');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SQS::Queue', properties: {} });
    expectFinding(synthWithPack(app), 'SqsCustomerManagedKey', 'S/Raw');
  });

  test('token: Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(Fn.ref('AWS::Region'), 'us-east-1') });
    new CfnResource(s, 'Raw', { type: 'AWS::SQS::Queue', properties: { KmsMasterKeyId: Fn.conditionIf(cond.logicalId, key.keyArn, 'alias/aws/sqs') } });
    expectFinding(synthWithPack(app), 'SqsCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-SecretCustomerManagedKey', () => {
  test('compliant: encryptionKey is a CMK', () => {
    const { app, s, key } = stack();
    new secretsmanager.Secret(s, 'Sec', { encryptionKey: key });
    expectNoFinding(synthWithPack(app), 'SecretCustomerManagedKey');
  });

  test('non-compliant: default aws/secretsmanager', () => {
    const { app, s } = stack();
    new secretsmanager.Secret(s, 'Sec');
    expectFinding(synthWithPack(app), 'SecretCustomerManagedKey', 'S/Sec');
  });

  test('escape hatch: key removed by override', () => {
    const { app, s, key } = stack();
    const sec = new secretsmanager.Secret(s, 'Sec', { encryptionKey: key });
    (sec.node.defaultChild as secretsmanager.CfnSecret).addPropertyDeletionOverride('KmsKeyId');
    expectFinding(synthWithPack(app), 'SecretCustomerManagedKey', 'S/Sec');
  });

  test('raw CfnResource with the bare aws/secretsmanager key id', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SecretsManager::Secret', properties: { KmsKeyId: 'aws/secretsmanager' } });
    expectFinding(synthWithPack(app), 'SecretCustomerManagedKey', 'S/Raw');
  });

  test('token: parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    new CfnResource(s, 'Raw', { type: 'AWS::SecretsManager::Secret', properties: { KmsKeyId: p.valueAsString } });
    expectFinding(synthWithPack(app), 'SecretCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});
