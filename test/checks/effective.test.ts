import { CfnOutput, CfnResource, Fn, NestedStack, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { DermaShieldChecks } from '../../lib';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../support/harness';

describe('effective template', () => {
  test('a key in another stack of the app (Fn::ImportValue of our own export) is customer-managed', () => {
    const app = testApp();
    const keys = new Stack(app, 'Keys');
    const key = new kms.Key(keys, 'Key', { enableKeyRotation: true });
    const data = new Stack(app, 'Data');
    new logs.LogGroup(data, 'Logs', { encryptionKey: key });
    const result = synthWithPack(app);
    expectNoFinding(result, 'LogGroupCustomerManagedKey');
  });

  test('an export that names an AWS-managed alias is followed to its verdict', () => {
    const app = testApp();
    const producer = new Stack(app, 'Producer');
    new CfnOutput(producer, 'Out', { value: 'alias/aws/logs', exportName: 'ManagedKey' });
    const consumer = new Stack(app, 'Consumer');
    new CfnResource(consumer, 'Logs', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: Fn.importValue('ManagedKey') } });
    expect(expectFinding(synthWithPack(app), 'LogGroupCustomerManagedKey', 'Consumer/Logs').description).toContain('AWS-managed');
  });

  test('a nested stack parameter is followed to what the parent passes', () => {
    const app = testApp();
    const parent = new Stack(app, 'Parent');
    const key = new kms.Key(parent, 'Key', { enableKeyRotation: true });
    const nested = new NestedStack(parent, 'Nested');
    new logs.LogGroup(nested, 'Logs', { encryptionKey: key });
    const unencrypted = new NestedStack(parent, 'Other');
    new logs.LogGroup(unencrypted, 'Plain');
    const result = synthWithPack(app);
    expectNoFinding(result, 'LogGroupCustomerManagedKey', 'Nested/Logs');
    expectFinding(result, 'LogGroupCustomerManagedKey', 'Other/Plain');
  });

  test('an alias defined in the app leads to its key; alias/aws/* rendered with pseudo parameters is AWS-managed', () => {
    const app = testApp();
    const s = new Stack(app, 'S');
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    key.addAlias('alias/dermashield/logs');
    new CfnResource(s, 'ByAlias', { type: 'AWS::Logs::LogGroup', properties: { KmsKeyId: 'alias/dermashield/logs' } });
    new CfnResource(s, 'ByManagedArn', {
      type: 'AWS::Logs::LogGroup',
      properties: { KmsKeyId: Fn.sub('arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/logs') },
    });
    const result = synthWithPack(app);
    expectNoFinding(result, 'LogGroupCustomerManagedKey', 'S/ByAlias');
    expectFinding(result, 'LogGroupCustomerManagedKey', 'S/ByManagedArn');
  });

  test('addOverride on the raw Properties path is seen, like any escape hatch', () => {
    const app = testApp();
    const s = new Stack(app, 'S');
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    (key.node.defaultChild as CfnResource).addOverride('Properties.EnableKeyRotation', false);
    expectFinding(synthWithPack(app), 'KmsKeyRotation', 'S/Key');
  });

  test('validateScope without synthesis renders the templates itself', () => {
    const app = testApp();
    const s = new Stack(app, 'S');
    new kms.Key(s, 'Key');
    const report = new DermaShieldChecks(app).validateScope(app);
    expect(report.success).toBe(false);
    expect(report.violations.map((v) => v.ruleName)).toContain('DermaShield-KmsKeyRotation');
  });
});
