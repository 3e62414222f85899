import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as actions from 'aws-cdk-lib/aws-ses-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  const bucket = new s3.Bucket(s, 'Mail');
  const ruleSet = new ses.ReceiptRuleSet(s, 'RuleSet');
  return { app, s, key, bucket, ruleSet };
}

const cfnRule = (r: ses.ReceiptRule) => r.node.defaultChild as ses.CfnReceiptRule;

describe('DermaShield-SesReceiptRuleS3CustomerManagedKey', () => {
  test('compliant: an L2 S3 action with a customer-managed key, next to an SNS action', () => {
    const { app, s, key, bucket, ruleSet } = stack();
    ruleSet.addRule('Inbound', { actions: [new actions.Sns({ topic: new sns.Topic(s, 'T') }), new actions.S3({ bucket, kmsKey: key })] });
    expectNoFinding(synthWithPack(app), 'SesReceiptRuleS3CustomerManagedKey');
  });

  test('non-compliant: an S3 action without a key, and one with the AWS-managed alias', () => {
    const { app, s, bucket, ruleSet } = stack();
    ruleSet.addRule('NoKey', { actions: [new actions.S3({ bucket })] });
    ruleSet.addRule('Managed', { actions: [new actions.S3({ bucket, kmsKey: kms.Alias.fromAliasName(s, 'Ses', 'alias/aws/ses') })] });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'SesReceiptRuleS3CustomerManagedKey', 'S/RuleSet/NoKey').description).toContain('[DS-SES-2]');
    expect(reasonOf(result, 'SesReceiptRuleS3CustomerManagedKey', 'S/RuleSet/NoKey')).toContain('Rule.Actions.0.S3Action.KmsKeyArn');
    expectFinding(result, 'SesReceiptRuleS3CustomerManagedKey', 'S/RuleSet/Managed');
  });

  test('nothing to protect: a rule without S3 actions is not judged', () => {
    const { app, s, ruleSet } = stack();
    ruleSet.addRule('Notify', { actions: [new actions.Sns({ topic: new sns.Topic(s, 'T') })] });
    expectNoFinding(synthWithPack(app), 'SesReceiptRuleS3CustomerManagedKey');
  });

  test('escape hatch: the key removed by override after the L2 set it', () => {
    const { app, key, bucket, ruleSet } = stack();
    const rule = ruleSet.addRule('Inbound', { actions: [new actions.S3({ bucket, kmsKey: key })] });
    cfnRule(rule).addPropertyDeletionOverride('Rule.Actions.0.S3Action.KmsKeyArn');
    expectFinding(synthWithPack(app), 'SesReceiptRuleS3CustomerManagedKey', 'S/RuleSet/Inbound');
  });

  test('raw CfnResource', () => {
    const { app, s, key } = stack();
    const rule = (kmsKeyArn?: unknown) => ({ RuleSetName: 'rs', Rule: { Actions: [{ S3Action: { BucketName: 'mail', KmsKeyArn: kmsKeyArn } }] } });
    new CfnResource(s, 'RawOk', { type: 'AWS::SES::ReceiptRule', properties: rule(key.keyArn) });
    new CfnResource(s, 'RawBad', { type: 'AWS::SES::ReceiptRule', properties: rule('arn:aws:kms:us-east-1:111122223333:alias/aws/ses') });
    const result = synthWithPack(app);
    expectNoFinding(result, 'SesReceiptRuleS3CustomerManagedKey', 'S/RawOk');
    expectFinding(result, 'SesReceiptRuleS3CustomerManagedKey', 'S/RawBad');
  });

  test.each([
    ['a parameter', (s: Stack) => new CfnParameter(s, 'P', { type: 'String' }).valueAsString],
    ['an import', () => Fn.importValue('MailKey')],
  ])('token: a key behind %s is unverifiable', (_what, make) => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SES::ReceiptRule', properties: { RuleSetName: 'rs', Rule: { Actions: [{ S3Action: { BucketName: 'mail', KmsKeyArn: make(s) } }] } } });
    expectFinding(synthWithPack(app), 'SesReceiptRuleS3CustomerManagedKey', 'S/Raw', { unverifiable: true });
  });

  test('token: an action list behind Fn::If is unverifiable', () => {
    const { app, s } = stack();
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') });
    new CfnResource(s, 'Raw', { type: 'AWS::SES::ReceiptRule', properties: { RuleSetName: 'rs', Rule: { Actions: [Fn.conditionIf(cond.logicalId, { S3Action: { BucketName: 'a' } }, { S3Action: { BucketName: 'b' } })] } } });
    expectFinding(synthWithPack(app), 'SesReceiptRuleS3CustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-SesMailManagerS3CustomerManagedKey', () => {
  const l1 = (key?: string): ses.CfnMailManagerRuleSetProps => ({
    rules: [{ name: 'r', actions: [{ drop: {} }, { writeToS3: { roleArn: 'arn:aws:iam::111122223333:role/r', s3Bucket: 'mail', s3SseKmsKeyId: key } }] }],
  });
  const ruleSet = (key?: unknown) => ({ Rules: [{ Name: 'r', Actions: [{ Drop: {} }, { WriteToS3: { RoleArn: 'arn:aws:iam::111122223333:role/r', S3Bucket: 'mail', S3SseKmsKeyId: key } }] }] });

  test('compliant and non-compliant L1 rule sets; an escape hatch removing the key fails', () => {
    const { app, s, key } = stack();
    new ses.CfnMailManagerRuleSet(s, 'Ok', l1(key.keyArn));
    new ses.CfnMailManagerRuleSet(s, 'NoKey', l1());
    const removed = new ses.CfnMailManagerRuleSet(s, 'Removed', l1(key.keyArn));
    removed.addPropertyDeletionOverride('Rules.0.Actions.1.WriteToS3.S3SseKmsKeyId');
    const result = synthWithPack(app);
    expectNoFinding(result, 'SesMailManagerS3CustomerManagedKey', 'S/Ok');
    expect(reasonOf(result, 'SesMailManagerS3CustomerManagedKey', 'S/NoKey')).toContain('Rules.0.Actions.1.WriteToS3.S3SseKmsKeyId');
    expectFinding(result, 'SesMailManagerS3CustomerManagedKey', 'S/Removed');
  });

  test('raw CfnResource with an imported key is unverifiable; one without WriteToS3 is not judged', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SES::MailManagerRuleSet', properties: ruleSet(Fn.importValue('K')) });
    new CfnResource(s, 'DropOnly', { type: 'AWS::SES::MailManagerRuleSet', properties: { Rules: [{ Name: 'r', Actions: [{ Drop: {} }] }] } });
    const result = synthWithPack(app);
    expectFinding(result, 'SesMailManagerS3CustomerManagedKey', 'S/Raw', { unverifiable: true });
    expectNoFinding(result, 'SesMailManagerS3CustomerManagedKey', 'S/DropOnly');
  });
});
