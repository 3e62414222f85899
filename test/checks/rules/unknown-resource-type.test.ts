import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, CustomResource, Stack, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { isKnownResourceType } from '../../../lib/checks/rules/pack';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

describe('UnknownResourceType (DS-PACK-1)', () => {
  function stack() {
    const app = testApp();
    return { app, stack: new Stack(app, 'S') };
  }

  test('a type newer than the pinned spec is reported as unverifiable, naming the type', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Future', { type: 'AWS::HealthScribe::Transcript', properties: { Notes: 'x' } });
    const finding = expectFinding(synthWithPack(app), 'UnknownResourceType', 'S/Future', { unverifiable: true });
    expect(finding.description).toContain('AWS::HealthScribe::Transcript is not in the CloudFormation specification');
    expect(finding.description).toContain('DS-PACK-1');
  });

  test('known types, with or without encryption properties, are not reported', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Topic', { type: 'AWS::SNS::Subscription', properties: { Protocol: 'sqs', TopicArn: 'arn:aws:sns:us-east-1:111122223333:t', Endpoint: 'arn:aws:sqs:us-east-1:111122223333:q' } });
    new CfnResource(s, 'Health', { type: 'AWS::HealthImaging::Datastore', properties: {} });
    const result = synthWithPack(app);
    expectNoFinding(result, 'UnknownResourceType');
    expect(isKnownResourceType('AWS::SNS::Subscription')).toBe(true);
  });

  test('the CDK metadata resource a real app synthesizes is not reported', () => {
    const app = testApp({ analyticsReporting: true });
    const s = new Stack(app, 'S', { env: { region: 'us-east-1' } });
    new CfnResource(s, 'Health', { type: 'AWS::HealthImaging::Datastore', properties: {} });
    const result = synthWithPack(app);
    const template = JSON.parse(fs.readFileSync(path.join(result.assemblyDir, 'S.template.json'), 'utf8'));
    expect(Object.values(template.Resources).map((r: any) => r.Type)).toContain('AWS::CDK::Metadata');
    expectNoFinding(result, 'UnknownResourceType');
  });

  test('custom resources are excluded by design', () => {
    const { app, stack: s } = stack();
    new CustomResource(s, 'Custom', { serviceToken: 'arn:aws:lambda:us-east-1:111122223333:function:f', resourceType: 'Custom::Seed' });
    new CfnResource(s, 'Generic', { type: 'AWS::CloudFormation::CustomResource', properties: { ServiceToken: 'arn:aws:lambda:us-east-1:111122223333:function:f' } });
    expectNoFinding(synthWithPack(app), 'UnknownResourceType');
  });

  test('an escape hatch that changes an L2 resource to an unknown type is caught', () => {
    const { app, stack: s } = stack();
    const queue = new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS_MANAGED });
    (queue.node.defaultChild as CfnResource).addOverride('Type', 'AWS::SQS::QueueV3');
    expectFinding(synthWithPack(app), 'UnknownResourceType', 'S/Queue', { unverifiable: true });
  });

  test('the finding can be acknowledged with a reason, like any unverifiable finding', () => {
    const { app, stack: s } = stack();
    const future = new CfnResource(s, 'Future', { type: 'AWS::HealthScribe::Transcript' });
    Validations.of(future).acknowledge({ id: 'DermaShield::DermaShield-UnknownResourceType[Unverifiable]', reason: 'Holds only a pointer to an S3 object judged on its bucket.' });
    const result = synthWithPack(app);
    expectNoFinding(result, 'UnknownResourceType');
    expect(result.acknowledged.map((f) => f.ruleId)).toContain('DermaShield-UnknownResourceType[Unverifiable]');
  });
});
