import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const code = lambda.Code.fromInline('exports.handler = async () => {};');
const fnProps = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code };

describe('DermaShield-LambdaLogGroupDefined', () => {
  test('compliant: L2 function with its own log group', () => {
    const { app, s, key } = stack();
    const logGroup = new logs.LogGroup(s, 'Logs', { encryptionKey: key });
    new lambda.Function(s, 'Fn', { ...fnProps, logGroup });
    expectNoFinding(synthWithPack(app), 'LambdaLogGroupDefined');
  });

  test('non-compliant: a function relying on the implicit /aws/lambda/<name> group', () => {
    const { app, s } = stack();
    new lambda.Function(s, 'Fn', fnProps);
    const result = synthWithPack(app);
    const f = expectFinding(result, 'LambdaLogGroupDefined', 'S/Fn');
    expect(f.description).toContain('[DS-LAMBDA-2]');
    expect(reasonOf(result, 'LambdaLogGroupDefined', 'S/Fn')).toContain('Lambda creates one without a customer-managed key');
  });

  test('escape hatch: LoggingConfig removed by override after the L2 set it', () => {
    const { app, s, key } = stack();
    const fn = new lambda.Function(s, 'Fn', { ...fnProps, logGroup: new logs.LogGroup(s, 'Logs', { encryptionKey: key }) });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyDeletionOverride('LoggingConfig');
    expectFinding(synthWithPack(app), 'LambdaLogGroupDefined', 'S/Fn');
  });

  test('raw CfnResource: a pre-created /aws/lambda/<name> group counts, by literal name or by Ref', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Named', { type: 'AWS::Lambda::Function', properties: { FunctionName: 'intake', Role: 'arn:aws:iam::111122223333:role/r', Code: { ZipFile: 'x' } } });
    new CfnResource(s, 'NamedLogs', { type: 'AWS::Logs::LogGroup', properties: { LogGroupName: '/aws/lambda/intake', KmsKeyId: key.keyArn } });
    const byRef = new CfnResource(s, 'ByRef', { type: 'AWS::Lambda::Function', properties: { Role: 'arn:aws:iam::111122223333:role/r', Code: { ZipFile: 'x' } } });
    new CfnResource(s, 'ByRefLogs', { type: 'AWS::Logs::LogGroup', properties: { LogGroupName: Fn.join('', ['/aws/lambda/', byRef.ref]), KmsKeyId: key.keyArn } });
    new CfnResource(s, 'Lonely', { type: 'AWS::Lambda::Function', properties: { FunctionName: 'lonely', Role: 'arn:aws:iam::111122223333:role/r', Code: { ZipFile: 'x' } } });
    const result = synthWithPack(app);
    expectNoFinding(result, 'LambdaLogGroupDefined', 'S/Named');
    expectNoFinding(result, 'LambdaLogGroupDefined', 'S/ByRef');
    expect(reasonOf(result, 'LambdaLogGroupDefined', 'S/Lonely')).toContain('/aws/lambda/lonely');
  });

  test('not judged: a handler aws-cdk-lib vends for its own custom resource (VPC default security group restriction)', () => {
    const { app, s } = stack();
    new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: true });
    const result = synthWithPack(app);
    expectNoFinding(result, 'LambdaLogGroupDefined');
  });

  test('token: a log group name or function name from a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'GroupName', { type: 'String' });
    new CfnResource(s, 'ByParam', { type: 'AWS::Lambda::Function', properties: { LoggingConfig: { LogGroup: p.valueAsString }, Role: 'r', Code: { ZipFile: 'x' } } });
    new CfnResource(s, 'NameByImport', { type: 'AWS::Lambda::Function', properties: { FunctionName: Fn.importValue('fn-name'), Role: 'r', Code: { ZipFile: 'x' } } });
    new CfnResource(s, 'Outside', { type: 'AWS::Lambda::Function', properties: { LoggingConfig: { LogGroup: 'shared-logs' }, Role: 'r', Code: { ZipFile: 'x' } } });
    const result = synthWithPack(app);
    expectFinding(result, 'LambdaLogGroupDefined', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'LambdaLogGroupDefined', 'S/NameByImport', { unverifiable: true });
    expectFinding(result, 'LambdaLogGroupDefined', 'S/Outside', { unverifiable: true });
  });
});
