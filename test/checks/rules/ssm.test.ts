import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const preferences = (inputs: Record<string, unknown>) => ({ schemaVersion: '1.0', description: 'Session Manager preferences', sessionType: 'Standard_Stream', inputs });
const doc = (s: Stack, id: string, content: unknown) => new ssm.CfnDocument(s, id, { documentType: 'Session', name: 'SSM-SessionManagerRunShell', content });

describe('DermaShield-SsmSessionManagerCustomerManagedKey', () => {
  test('compliant: a customer-managed key and encrypted log destinations', () => {
    const { app, s, key } = stack();
    doc(s, 'Prefs', preferences({ kmsKeyId: key.keyId, s3BucketName: 'session-logs', s3EncryptionEnabled: true, cloudWatchLogGroupName: 'sessions', cloudWatchEncryptionEnabled: true }));
    expectNoFinding(synthWithPack(app), 'SsmSessionManagerCustomerManagedKey');
  });

  test('non-compliant: no key; logs to S3 without s3EncryptionEnabled', () => {
    const { app, s, key } = stack();
    doc(s, 'NoKey', preferences({ s3BucketName: '' }));
    doc(s, 'Logs', preferences({ kmsKeyId: key.keyArn, s3BucketName: 'session-logs', s3EncryptionEnabled: false }));
    const result = synthWithPack(app);
    expect(expectFinding(result, 'SsmSessionManagerCustomerManagedKey', 'S/NoKey').description).toContain('[DS-SSM-1]');
    expect(reasonOf(result, 'SsmSessionManagerCustomerManagedKey', 'S/NoKey')).toContain('Content.inputs.kmsKeyId');
    expect(reasonOf(result, 'SsmSessionManagerCustomerManagedKey', 'S/Logs')).toContain('s3EncryptionEnabled is false');
  });

  test('content given as a JSON string is read; other document types and session types are not judged', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Json', { type: 'AWS::SSM::Document', properties: { DocumentType: 'Session', Content: JSON.stringify(preferences({ kmsKeyId: 'alias/aws/ssm' })) } });
    new ssm.CfnDocument(s, 'Command', { documentType: 'Command', content: { schemaVersion: '2.2', mainSteps: [] } });
    new ssm.CfnDocument(s, 'Port', { documentType: 'Session', content: { schemaVersion: '1.0', sessionType: 'Port', properties: { portNumber: '22' } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::SSM::Document', properties: { DocumentType: 'Session', Content: preferences({ kmsKeyId: key.keyArn }) } });
    const result = synthWithPack(app);
    expectFinding(result, 'SsmSessionManagerCustomerManagedKey', 'S/Json');
    expectNoFinding(result, 'SsmSessionManagerCustomerManagedKey', 'S/Command');
    expectNoFinding(result, 'SsmSessionManagerCustomerManagedKey', 'S/Port');
    expectNoFinding(result, 'SsmSessionManagerCustomerManagedKey', 'S/RawOk');
  });

  test('escape hatch: the key removed by override', () => {
    const { app, s, key } = stack();
    doc(s, 'Prefs', preferences({ kmsKeyId: key.keyArn })).addPropertyDeletionOverride('Content.inputs.kmsKeyId');
    expectFinding(synthWithPack(app), 'SsmSessionManagerCustomerManagedKey', 'S/Prefs');
  });

  test.each([
    ['a parameter', (s: Stack) => new CfnParameter(s, 'P', { type: 'String' }).valueAsString],
    ['an import', () => Fn.importValue('SessionKey')],
    ['Fn::If', (s: Stack) => Fn.conditionIf(new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') }).logicalId, 'k1', 'k2')],
  ])('token: a key behind %s is unverifiable', (_what, make) => {
    const { app, s } = stack();
    doc(s, 'Prefs', preferences({ kmsKeyId: make(s) }));
    expectFinding(synthWithPack(app), 'SsmSessionManagerCustomerManagedKey', 'S/Prefs', { unverifiable: true });
  });

  test('a YAML string cannot be read at synth: unverifiable', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Yaml', { type: 'AWS::SSM::Document', properties: { DocumentType: 'Session', DocumentFormat: 'YAML', Content: 'schemaVersion: "1.0"\nsessionType: Standard_Stream\n' } });
    expectFinding(synthWithPack(app), 'SsmSessionManagerCustomerManagedKey', 'S/Yaml', { unverifiable: true });
  });
});
