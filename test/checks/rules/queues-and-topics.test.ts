/** The in-transit leg of SQS and SNS: queue and topic policies deny requests without TLS (DS-SQS-10, DS-SNS-10). */
import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  return { app, s, key: new kms.Key(s, 'Key', { enableKeyRotation: true }) };
}
const deny = (action: unknown, resource: unknown, condition: unknown = { Bool: { 'aws:SecureTransport': 'false' } }) =>
  ({ Effect: 'Deny', Principal: { AWS: '*' }, Action: action, Resource: resource, Condition: condition });
const doc = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });

describe('DermaShield-SqsDenyInsecureTransport', () => {
  test('compliant: enforceSSL on sqs.Queue; a raw policy denying SendMessage and ReceiveMessage', () => {
    const { app, s, key } = stack();
    new sqs.Queue(s, 'Q', { encryptionMasterKey: key, enforceSSL: true });
    const raw = new sqs.CfnQueue(s, 'Raw', { kmsMasterKeyId: key.keyArn });
    new sqs.CfnQueuePolicy(s, 'RawPolicy', { queues: [raw.ref], policyDocument: doc(deny(['sqs:SendMessage', 'sqs:ReceiveMessage'], raw.attrArn)) });
    expectNoFinding(synthWithPack(app), 'SqsDenyInsecureTransport');
  });

  test('non-compliant: no policy; a deny that covers only SendMessage; a deny conditioned on true', () => {
    const { app, s, key } = stack();
    new sqs.Queue(s, 'NoPolicy', { encryptionMasterKey: key });
    const half = new sqs.CfnQueue(s, 'Half', { kmsMasterKeyId: key.keyArn });
    new sqs.CfnQueuePolicy(s, 'HalfPolicy', { queues: [half.ref], policyDocument: doc(deny('sqs:SendMessage', half.attrArn)) });
    const wrong = new sqs.CfnQueue(s, 'Wrong', { kmsMasterKeyId: key.keyArn });
    new sqs.CfnQueuePolicy(s, 'WrongPolicy', { queues: [wrong.ref], policyDocument: doc(deny('sqs:*', wrong.attrArn, { Bool: { 'aws:SecureTransport': 'true' } })) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'SqsDenyInsecureTransport', 'S/NoPolicy').description).toContain('[DS-SQS-10]');
    expect(expectFinding(result, 'SqsDenyInsecureTransport', 'S/Half').description).toContain('sqs:ReceiveMessage');
    expectFinding(result, 'SqsDenyInsecureTransport', 'S/Wrong');
  });

  test('escape hatch: the enforceSSL statement removed from the L2 queue policy', () => {
    const { app, s, key } = stack();
    const q = new sqs.Queue(s, 'Q', { encryptionMasterKey: key, enforceSSL: true });
    q.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['sqs:SendMessage'], resources: [q.queueArn] }));
    (s.node.findChild('Q').node.findChild('Policy').node.defaultChild as sqs.CfnQueuePolicy)
      .addPropertyOverride('PolicyDocument.Statement', [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: '*' }]);
    expectFinding(synthWithPack(app), 'SqsDenyInsecureTransport', 'S/Q/Resource');
  });

  test('raw CfnResource: a queue with an inline policy; a policy for a queue outside the template is judged alone', () => {
    const { app, s, key } = stack();
    const q = new CfnResource(s, 'Raw', { type: 'AWS::SQS::Queue', properties: { KmsMasterKeyId: key.keyArn } });
    new CfnResource(s, 'Inline', { type: 'AWS::SQS::QueueInlinePolicy', properties: { Queue: q.ref, PolicyDocument: doc(deny('sqs:*', '*')) } });
    new CfnResource(s, 'Elsewhere', { type: 'AWS::SQS::QueuePolicy', properties: {
      Queues: ['https://sqs.us-east-1.amazonaws.com/111122223333/intake'], PolicyDocument: doc({ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' }) } });
    const result = synthWithPack(app);
    expectNoFinding(result, 'SqsDenyInsecureTransport', 'S/Raw');
    expectNoFinding(result, 'SqsDenyInsecureTransport', 'S/Inline');
    expectFinding(result, 'SqsDenyInsecureTransport', 'S/Elsewhere');
  });

  test('token: the condition value, the policy or the queue reference behind a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const queue = (id: string) => new sqs.CfnQueue(s, id, { kmsMasterKeyId: key.keyArn });
    const a = queue('ByParam');
    new sqs.CfnQueuePolicy(s, 'ByParamPolicy', { queues: [a.ref], policyDocument: doc(deny('sqs:*', a.attrArn, { Bool: { 'aws:SecureTransport': p.valueAsString } })) });
    const b = queue('ByImport');
    new sqs.CfnQueuePolicy(s, 'ByImportPolicy', { queues: [b.ref], policyDocument: Fn.importValue('SharedQueuePolicy') });
    const c = queue('ByIf');
    new sqs.CfnQueuePolicy(s, 'ByIfPolicy', { queues: [c.ref], policyDocument: doc(Fn.conditionIf(cond.logicalId, deny('sqs:*', c.attrArn), Fn.ref('AWS::NoValue'))) });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'SqsDenyInsecureTransport', id, { unverifiable: true });
  });
});

describe('DermaShield-SnsDenyInsecureTransport', () => {
  test('compliant: enforceSSL on sns.Topic (denies sns:Publish)', () => {
    const { app, s, key } = stack();
    new sns.Topic(s, 'T', { masterKey: key, enforceSSL: true });
    expectNoFinding(synthWithPack(app), 'SnsDenyInsecureTransport');
  });

  test('non-compliant: no topic policy; a deny on sns:Subscribe only', () => {
    const { app, s, key } = stack();
    new sns.Topic(s, 'NoPolicy', { masterKey: key });
    const t = new sns.CfnTopic(s, 'Sub', { kmsMasterKeyId: key.keyArn });
    new sns.CfnTopicPolicy(s, 'SubPolicy', { topics: [t.ref], policyDocument: doc(deny('sns:Subscribe', t.ref)) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'SnsDenyInsecureTransport', 'S/NoPolicy').description).toContain('no AWS::SNS::TopicPolicy');
    expect(expectFinding(result, 'SnsDenyInsecureTransport', 'S/Sub').description).toContain('sns:Publish');
  });

  test('escape hatch: the aws:SecureTransport condition deleted from the L2 topic policy (now a deny of everything is not what it was)', () => {
    const { app, s, key } = stack();
    new sns.Topic(s, 'T', { masterKey: key, enforceSSL: true });
    (s.node.findChild('T').node.findChild('Policy').node.defaultChild as sns.CfnTopicPolicy)
      .addPropertyOverride('PolicyDocument.Statement.0.Condition', { Bool: { 'aws:SecureTransport': 'true' } });
    expectFinding(synthWithPack(app), 'SnsDenyInsecureTransport', 'S/T/Resource');
  });

  test('raw CfnResource: a topic with an inline policy that denies sns:* over plain HTTP', () => {
    const { app, s, key } = stack();
    const t = new CfnResource(s, 'Raw', { type: 'AWS::SNS::Topic', properties: { KmsMasterKeyId: key.keyArn } });
    new CfnResource(s, 'Inline', { type: 'AWS::SNS::TopicInlinePolicy', properties: { TopicArn: t.ref, PolicyDocument: doc(deny('sns:*', t.ref)) } });
    expectNoFinding(synthWithPack(app), 'SnsDenyInsecureTransport');
  });

  test('token: the deny behind a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const topic = (id: string) => new sns.CfnTopic(s, id, { kmsMasterKeyId: key.keyArn });
    const a = topic('ByParam');
    new sns.CfnTopicPolicy(s, 'ByParamPolicy', { topics: [a.ref], policyDocument: doc(deny(p.valueAsString, a.ref)) });
    const b = topic('ByImport');
    new sns.CfnTopicPolicy(s, 'ByImportPolicy', { topics: [b.ref], policyDocument: Fn.importValue('SharedTopicPolicy') });
    const c = topic('ByIf');
    new sns.CfnTopicPolicy(s, 'ByIfPolicy', { topics: [c.ref], policyDocument: doc(deny('sns:Publish', c.ref, Fn.conditionIf(cond.logicalId, { Bool: { 'aws:SecureTransport': 'false' } }, {}))) });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'SnsDenyInsecureTransport', id, { unverifiable: true });
  });
});

describe('DermaShield-SnsSubscriptionHttps (table entry; generated tests in test/checks/table.test.ts)', () => {
  test('an http subscription fails, https passes', () => {
    const { app, s, key } = stack();
    const topic = new sns.Topic(s, 'T', { masterKey: key, enforceSSL: true });
    new sns.Subscription(s, 'Http', { topic, protocol: sns.SubscriptionProtocol.HTTP, endpoint: 'http://partner.example.com/hook' });
    new sns.Subscription(s, 'Https', { topic, protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://partner.example.com/hook' });
    const result = synthWithPack(app);
    expectFinding(result, 'SnsSubscriptionHttps', 'S/Http');
    expectNoFinding(result, 'SnsSubscriptionHttps', 'S/Https');
  });
});
