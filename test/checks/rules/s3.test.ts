import { App, CfnCondition, CfnParameter, CfnResource, Duration, Fn, Stack, Tags, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { acknowledgeRule, CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE, DermaShieldChecks } from '../../../lib';
import { expectFinding, expectNoFinding, findingsOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  return { app, stack: new Stack(app, 'S') };
}

/** A bucket that satisfies every S3 rule except Object Lock (which only applies to marked buckets). */
function goodBucket(s: Stack, id: string, props: s3.BucketProps = {}): s3.Bucket {
  return new s3.Bucket(s, id, {
    encryptionKey: new kms.Key(s, `${id}Key`, { enableKeyRotation: true }),
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    versioned: true,
    ...props,
  });
}

const cfn = (b: s3.Bucket) => b.node.defaultChild as s3.CfnBucket;
const cfnPolicy = (b: s3.Bucket) => b.policy!.node.defaultChild as s3.CfnBucketPolicy;

/** Statement helpers for raw policies. */
const bucketArn = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
const objectsArn = (logicalId: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalId, 'Arn'] }, '/*']] });
const denyInsecure = (logicalId: string, extra: Record<string, unknown> = {}) => ({
  Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*',
  Resource: [bucketArn(logicalId), objectsArn(logicalId)],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});
const denyOldTls = (logicalId: string, extra: Record<string, unknown> = {}) => ({
  Effect: 'Deny', Principal: '*', Action: 's3:*',
  Resource: [bucketArn(logicalId), objectsArn(logicalId)],
  Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
  ...extra,
});

/** A raw bucket (logical id `Raw`) with a raw policy holding `statements`. */
function rawBucketWithPolicy(s: Stack, statements: unknown[], bucketProps: Record<string, unknown> = {}) {
  const bucket = new CfnResource(s, 'Raw', { type: 'AWS::S3::Bucket', properties: bucketProps });
  bucket.overrideLogicalId('Raw');
  new CfnResource(s, 'RawPolicy', {
    type: 'AWS::S3::BucketPolicy',
    properties: { Bucket: { Ref: 'Raw' }, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
  });
  return bucket;
}

describe('DermaShield-S3CustomerManagedKey', () => {
  test('compliant: SSE-KMS with a key defined in the app', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B');
    expectNoFinding(synthWithPack(app), 'S3CustomerManagedKey');
  });

  test('compliant: DSSE-KMS with a customer-managed key passes (stronger, not weaker)', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B', { encryption: s3.BucketEncryption.DSSE });
    expect(app.synth().getStackByName('S').template.Resources[s.getLogicalId(cfn(b))].Properties.BucketEncryption
      .ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms:dsse');
    const { app: app2, stack: s2 } = stack();
    goodBucket(s2, 'B', { encryption: s3.BucketEncryption.DSSE });
    expectNoFinding(synthWithPack(app2), 'S3CustomerManagedKey');
  });

  test('compliant: a key ARN the practice declared as customer-managed', () => {
    const { app, stack: s } = stack();
    const arn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    goodBucket(s, 'B', { encryptionKey: kms.Key.fromKeyArn(s, 'Ext', arn) });
    expectNoFinding(synthWithPack(app, { externalCustomerManagedKeyArns: [arn] }), 'S3CustomerManagedKey');
  });

  test.each([
    ['aws-cdk-lib default (SSE-S3)', {}, 'AES256'],
    ['S3_MANAGED', { encryption: s3.BucketEncryption.S3_MANAGED }, 'AES256'],
    ['KMS_MANAGED (aws/s3)', { encryption: s3.BucketEncryption.KMS_MANAGED }, 'AWS-managed or AWS-owned default key'],
    ['DSSE_MANAGED (aws/s3)', { encryption: s3.BucketEncryption.DSSE_MANAGED }, 'AWS-managed or AWS-owned default key'],
  ])('non-compliant: %s', (_name, props, detail) => {
    const { app, stack: s } = stack();
    new s3.Bucket(s, 'B', props as s3.BucketProps);
    const f = expectFinding(synthWithPack(app), 'S3CustomerManagedKey', 'S/B/Resource');
    expect(f.description).toContain('[DS-S3-1]');
    expect(f.description).toContain('164.312(a)(2)(iv)');
    expect(f.description).toContain(detail);
  });

  test('non-compliant: the AWS-managed key named explicitly (alias/aws/s3)', () => {
    const { app, stack: s } = stack();
    new s3.Bucket(s, 'B', { encryptionKey: kms.Alias.fromAliasName(s, 'AwsS3', 'alias/aws/s3') });
    expect(expectFinding(synthWithPack(app), 'S3CustomerManagedKey', 'S/B/Resource').description).toContain('alias/aws/s3 is an AWS-managed key');
  });

  test('escape hatch: switched to AES256 by addPropertyOverride after the L2 set a CMK', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm', 'AES256');
    expect(expectFinding(synthWithPack(app), 'S3CustomerManagedKey', 'S/B/Resource').description).toContain('SSEAlgorithm is AES256');
  });

  test('escape hatch: encryption removed by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyDeletionOverride('BucketEncryption');
    expect(expectFinding(synthWithPack(app), 'S3CustomerManagedKey', 'S/B/Resource').description).toContain('BucketEncryption is not set');
  });

  test('escape hatch: the key id deleted, leaving aws:kms with aws/s3', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyDeletionOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID');
    expectFinding(synthWithPack(app), 'S3CustomerManagedKey', 'S/B/Resource');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    new CfnResource(s, 'RawNone', { type: 'AWS::S3::Bucket' });
    new CfnResource(s, 'RawEmpty', { type: 'AWS::S3::Bucket', properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [] } } });
    new CfnResource(s, 'RawOk', {
      type: 'AWS::S3::Bucket',
      properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key.keyArn } }] } },
    });
    const result = synthWithPack(app);
    expectFinding(result, 'S3CustomerManagedKey', 'S/RawNone');
    expectFinding(result, 'S3CustomerManagedKey', 'S/RawEmpty');
    expectNoFinding(result, 'S3CustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter key, an unknown import, or Fn::If algorithm is unverifiable, never a pass', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    const byParam = goodBucket(s, 'ByParam');
    cfn(byParam).addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID', p.valueAsString);
    const byImport = goodBucket(s, 'ByImport');
    cfn(byImport).addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID', Fn.importValue('SomeoneElsesKey'));
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const byIf = goodBucket(s, 'ByIf');
    cfn(byIf).addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm',
      Fn.conditionIf(cond.logicalId, 'aws:kms', 'AES256'));
    const result = synthWithPack(app);
    expectFinding(result, 'S3CustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'S3CustomerManagedKey', 'S/ByImport', { unverifiable: true });
    expectFinding(result, 'S3CustomerManagedKey', 'S/ByIf', { unverifiable: true });
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expect(findingsOf(result.findings, 'S3CustomerManagedKey').filter((f) => f.path.includes(`S/${id}/`))).toEqual([]);
  });

  test('an SSE-S3 server-access-log target does not fail once acknowledged with its reason', () => {
    const { app, stack: s } = stack();
    const logs = goodBucket(s, 'AccessLogs', { encryption: s3.BucketEncryption.S3_MANAGED, encryptionKey: undefined });
    const reason = 'S3 server access log delivery only supports SSE-S3 on the target bucket';
    acknowledgeRule(logs, 'S3CustomerManagedKey', reason);
    const result = synthWithPack(app);
    expectNoFinding(result, 'S3CustomerManagedKey', 'S/AccessLogs');
    const ack = result.acknowledged.filter((f) => f.ruleId === 'DermaShield-S3CustomerManagedKey' && f.path.includes('S/AccessLogs'));
    expect(ack).toHaveLength(1);
    expect(ack[0].reason).toBe(reason);
  });
});

describe('DermaShield-S3DenyInsecureTransport', () => {
  test('compliant: enforceSSL', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B');
    expectNoFinding(synthWithPack(app), 'S3DenyInsecureTransport');
  });

  test('non-compliant: no bucket policy at all', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B', { enforceSSL: false, minimumTLSVersion: undefined });
    const f = expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/B/Resource');
    expect(f.description).toContain('[DS-S3-2]');
    expect(f.description).toContain('no AWS::S3::BucketPolicy');
  });

  test('non-compliant: a bucket policy without the deny', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B', { enforceSSL: false, minimumTLSVersion: undefined });
    b.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [b.arnForObjects('*')], principals: [new iam.AccountRootPrincipal()] }));
    expect(expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/B/Resource').description).toContain('no statement denies');
  });

  test('a TLS floor alone does not deny plain HTTP (s3:TlsVersion is absent there)', () => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyOldTls('Raw')]);
    expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/Raw');
  });

  test.each([
    ['Effect Allow', { Effect: 'Allow' }, 'not Deny'],
    ['one principal only', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, 'not every principal'],
    ['NotPrincipal', { NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }, 'NotPrincipal'],
    ['only s3:GetObject', { Action: 's3:GetObject' }, 'not every S3 action'],
    ['objects only', { Resource: objectsArn('Raw') }, 'does not cover the bucket ARN'],
    ['bucket only', { Resource: bucketArn('Raw') }, 'every object'],
    ['a prefix of objects only', { Resource: [bucketArn('Raw'), { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Raw', 'Arn'] }, '/images/*']] }] }, 'every object'],
    ['another bucket', { Resource: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'] }, 'does not cover'],
    ['SecureTransport true', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, 'not false'],
    ['narrowed by a second condition', { Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }, 'narrow the deny'],
  ])('non-compliant statement: %s', (_name, change, why) => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyInsecure('Raw', change)]);
    expect(expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/Raw').description).toContain(why);
  });

  test.each([
    ['Principal "*", Action "*", Resource "*"', { Principal: '*', Action: '*', Resource: '*' }],
    ['BoolIfExists and a boolean false', { Condition: { BoolIfExists: { 'aws:SecureTransport': false } } }],
    ['Fn::Sub resources with the partition', { Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Raw}' }, { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Raw}/*' }] }],
    ['a JSON-string policy', undefined],
  ])('compliant statement: %s', (_name, change) => {
    const { app, stack: s } = stack();
    if (change) {
      rawBucketWithPolicy(s, [denyInsecure('Raw', change)]);
    } else {
      const b = new CfnResource(s, 'Raw', { type: 'AWS::S3::Bucket', properties: { BucketName: 'clinic-images-raw' } });
      b.overrideLogicalId('Raw');
      new CfnResource(s, 'RawPolicy', {
        type: 'AWS::S3::BucketPolicy',
        properties: {
          Bucket: { Ref: 'Raw' },
          PolicyDocument: JSON.stringify({ Statement: [denyInsecure('Raw', { Resource: ['arn:aws:s3:::clinic-images-raw', 'arn:aws:s3:::clinic-images-raw/*'] })] }),
        },
      });
    }
    expectNoFinding(synthWithPack(app), 'S3DenyInsecureTransport');
  });

  test('escape hatch: the deny turned into an Allow by addPropertyOverride after enforceSSL', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfnPolicy(b).addPropertyOverride('PolicyDocument.Statement.0.Effect', 'Allow');
    expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/B/Resource');
  });

  test('escape hatch: the policy emptied by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfnPolicy(b).addPropertyDeletionOverride('PolicyDocument.Statement');
    expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/B/Resource');
  });

  test('raw CfnResource: raw bucket and raw policy', () => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyInsecure('Raw')]);
    new CfnResource(s, 'Lonely', { type: 'AWS::S3::Bucket' });
    const result = synthWithPack(app);
    expectNoFinding(result, 'S3DenyInsecureTransport', 'S/Raw');
    expectFinding(result, 'S3DenyInsecureTransport', 'S/Lonely');
  });

  test('token: a parameter in the condition, an imported Resource, or a policy for a parameter-named bucket is unverifiable', () => {
    const p = (s: Stack) => new CfnParameter(s, 'P', { type: 'String' }).valueAsString;
    const a = stack();
    rawBucketWithPolicy(a.stack, [denyInsecure('Raw', { Condition: { Bool: { 'aws:SecureTransport': p(a.stack) } } })]);
    expectFinding(synthWithPack(a.app), 'S3DenyInsecureTransport', 'S/Raw', { unverifiable: true });

    const b = stack();
    rawBucketWithPolicy(b.stack, [denyInsecure('Raw', { Resource: [Fn.importValue('ArnsFromElsewhere')] })]);
    expectFinding(synthWithPack(b.app), 'S3DenyInsecureTransport', 'S/Raw', { unverifiable: true });

    const c = stack();
    const bucket = goodBucket(c.stack, 'B');
    cfnPolicy(bucket).addPropertyOverride('Bucket', p(c.stack));
    const result = synthWithPack(c.app);
    expectFinding(result, 'S3DenyInsecureTransport', 'S/B/Resource', { unverifiable: true });
    expect(findingsOf(result.findings, 'S3DenyInsecureTransport')).toEqual([]);
  });

  test('two policies for one bucket: the one lacking the deny fails the bucket', () => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyInsecure('Raw')]);
    new CfnResource(s, 'SecondPolicy', {
      type: 'AWS::S3::BucketPolicy',
      properties: { Bucket: { Ref: 'Raw' }, PolicyDocument: { Statement: [denyOldTls('Raw')] } },
    });
    expect(expectFinding(synthWithPack(app), 'S3DenyInsecureTransport', 'S/Raw').description).toContain('S3 keeps only the one applied last');
  });

  test('a policy for a bucket outside the template is judged on the policy itself', () => {
    const { app, stack: s } = stack();
    const good = new s3.BucketPolicy(s, 'GoodPolicy', { bucket: s3.Bucket.fromBucketName(s, 'Imported', 'imported-images') });
    good.document.addStatements(new iam.PolicyStatement({
      effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['s3:*'],
      resources: ['arn:aws:s3:::imported-images', 'arn:aws:s3:::imported-images/*'],
      conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    }));
    const bad = new s3.BucketPolicy(s, 'BadPolicy', { bucket: s3.Bucket.fromBucketName(s, 'Imported2', 'other-images') });
    bad.document.addStatements(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::other-images/*'], principals: [new iam.AccountRootPrincipal()] }));
    const result = synthWithPack(app);
    expectNoFinding(result, 'S3DenyInsecureTransport', 'S/GoodPolicy');
    expect(expectFinding(result, 'S3DenyInsecureTransport', 'S/BadPolicy').description).toContain('bucket other-images');
  });
});

describe('DermaShield-S3MinimumTlsVersion', () => {
  test.each([1.2, 1.3])('compliant: minimumTLSVersion %s', (version) => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B', { minimumTLSVersion: version });
    expectNoFinding(synthWithPack(app), 'S3MinimumTlsVersion');
  });

  test('non-compliant: enforceSSL but no TLS floor', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B', { minimumTLSVersion: undefined });
    const f = expectFinding(synthWithPack(app), 'S3MinimumTlsVersion', 'S/B/Resource');
    expect(f.description).toContain('[DS-S3-3]');
    expect(f.description).toContain('no statement denies');
    expect(f.description).toContain('164.312(e)(2)(ii)');
  });

  test.each([[1.0, 'allows TLS 1.0'], [1.1, 'allows TLS 1.1']])('non-compliant: minimumTLSVersion %s', (version, text) => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B', { minimumTLSVersion: version });
    expect(expectFinding(synthWithPack(app), 'S3MinimumTlsVersion', 'S/B/Resource').description).toContain(text);
  });

  test.each([
    ['NumericLessThanEquals 1.1 (denies 1.0 and 1.1)', { NumericLessThanEquals: { 's3:TlsVersion': '1.1' } }, true],
    ['NumericLessThan "1.2" as a string', { NumericLessThan: { 's3:TlsVersion': '1.2' } }, true],
    ['NumericLessThan 1.1 (allows 1.1)', { NumericLessThan: { 's3:TlsVersion': 1.1 } }, false],
    ['NumericLessThanEquals 1.0 (allows 1.1)', { NumericLessThanEquals: { 's3:TlsVersion': 1.0 } }, false],
    ['NumericGreaterThan (denies new TLS)', { NumericGreaterThan: { 's3:TlsVersion': 1.2 } }, false],
  ])('boundary: %s', (_name, condition, ok) => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyInsecure('Raw'), denyOldTls('Raw', { Condition: condition })]);
    const result = synthWithPack(app);
    if (ok) expectNoFinding(result, 'S3MinimumTlsVersion', 'S/Raw');
    else expectFinding(result, 'S3MinimumTlsVersion', 'S/Raw');
  });

  test('the TLS deny must cover the bucket and every object for every principal', () => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyOldTls('Raw', { Resource: objectsArn('Raw'), Principal: { AWS: 'arn:aws:iam::111122223333:root' } })]);
    expect(expectFinding(synthWithPack(app), 'S3MinimumTlsVersion', 'S/Raw').description).toContain('tests s3:TlsVersion but');
  });

  test('escape hatch: floor lowered to 1.0 by addPropertyOverride after minimumTLSVersion 1.2', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfnPolicy(b).addPropertyOverride('PolicyDocument.Statement.1.Condition.NumericLessThan.s3:TlsVersion', 1.0);
    expectFinding(synthWithPack(app), 'S3MinimumTlsVersion', 'S/B/Resource');
  });

  test('escape hatch: TLS statement deleted by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfnPolicy(b).addPropertyDeletionOverride('PolicyDocument.Statement.1.Condition');
    expectFinding(synthWithPack(app), 'S3MinimumTlsVersion', 'S/B/Resource');
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    rawBucketWithPolicy(s, [denyInsecure('Raw'), denyOldTls('Raw')]);
    new CfnResource(s, 'Lonely', { type: 'AWS::S3::Bucket' });
    const result = synthWithPack(app);
    expectNoFinding(result, 'S3MinimumTlsVersion', 'S/Raw');
    expectFinding(result, 'S3MinimumTlsVersion', 'S/Lonely');
  });

  test('token: a parameter TLS version is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'Tls', { type: 'Number' });
    rawBucketWithPolicy(s, [denyInsecure('Raw'), denyOldTls('Raw', { Condition: { NumericLessThan: { 's3:TlsVersion': p.valueAsNumber } } })]);
    expectFinding(synthWithPack(app), 'S3MinimumTlsVersion', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-S3BlockPublicAccess', () => {
  test('compliant: BLOCK_ALL', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B');
    expectNoFinding(synthWithPack(app), 'S3BlockPublicAccess');
  });

  test.each([
    ['not declared (aws-cdk-lib default)', undefined, 'not declared'],
    ['BLOCK_ACLS only', s3.BlockPublicAccess.BLOCK_ACLS_ONLY, 'BlockPublicPolicy'],
    ['policy blocks only', new s3.BlockPublicAccess({ blockPublicPolicy: true, restrictPublicBuckets: true, blockPublicAcls: false, ignorePublicAcls: false }), 'BlockPublicAcls is false'],
  ])('non-compliant: %s', (_name, bpa, text) => {
    const { app, stack: s } = stack();
    new s3.Bucket(s, 'B', { blockPublicAccess: bpa });
    const f = expectFinding(synthWithPack(app), 'S3BlockPublicAccess', 'S/B/Resource');
    expect(f.description).toContain('[DS-S3-4]');
    expect(f.description).toContain(text);
  });

  test('escape hatch: one setting switched off by addPropertyOverride after BLOCK_ALL', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyOverride('PublicAccessBlockConfiguration.RestrictPublicBuckets', false);
    expect(expectFinding(synthWithPack(app), 'S3BlockPublicAccess', 'S/B/Resource').description).toContain('RestrictPublicBuckets is false');
  });

  test('escape hatch: the block removed by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyDeletionOverride('PublicAccessBlockConfiguration');
    expectFinding(synthWithPack(app), 'S3BlockPublicAccess', 'S/B/Resource');
  });

  test('raw CfnResource: an omitted setting inside the block defaults to false', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Partial', { type: 'AWS::S3::Bucket', properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true } } });
    new CfnResource(s, 'Full', { type: 'AWS::S3::Bucket', properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: 'true', BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'S3BlockPublicAccess', 'S/Partial').description).toContain('RestrictPublicBuckets is not set');
    expectNoFinding(result, 'S3BlockPublicAccess', 'S/Full');
  });

  test('token: a condition-chosen setting is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'public') });
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicPolicy', Fn.conditionIf(cond.logicalId, false, true));
    expectFinding(synthWithPack(app), 'S3BlockPublicAccess', 'S/B/Resource', { unverifiable: true });
  });
});

describe('DermaShield-S3Versioning', () => {
  test('compliant: versioned', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B');
    expectNoFinding(synthWithPack(app), 'S3Versioning');
  });

  test('non-compliant: aws-cdk-lib default (unversioned)', () => {
    const { app, stack: s } = stack();
    new s3.Bucket(s, 'B');
    const f = expectFinding(synthWithPack(app), 'S3Versioning', 'S/B/Resource');
    expect(f.description).toContain('[DS-S3-5]');
    expect(f.description).toContain('unversioned');
  });

  test('escape hatch: suspended by addPropertyOverride after versioned: true', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyOverride('VersioningConfiguration.Status', 'Suspended');
    expect(expectFinding(synthWithPack(app), 'S3Versioning', 'S/B/Resource').description).toContain('Suspended');
  });

  test('escape hatch: removed by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyDeletionOverride('VersioningConfiguration');
    expectFinding(synthWithPack(app), 'S3Versioning', 'S/B/Resource');
  });

  test('raw CfnResource: Object Lock at creation implies versioning', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Locked', { type: 'AWS::S3::Bucket', properties: { ObjectLockEnabled: true } });
    new CfnResource(s, 'Plain', { type: 'AWS::S3::Bucket', properties: {} });
    const result = synthWithPack(app);
    expectNoFinding(result, 'S3Versioning', 'S/Locked');
    expectFinding(result, 'S3Versioning', 'S/Plain');
  });

  test('token: an imported status is unverifiable', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B');
    cfn(b).addPropertyOverride('VersioningConfiguration.Status', Fn.importValue('VersioningStatus'));
    expectFinding(synthWithPack(app), 'S3Versioning', 'S/B/Resource', { unverifiable: true });
  });
});

describe('DermaShield-S3ObjectLock', () => {
  const mark = (b: s3.Bucket) => Tags.of(b).add(CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE);
  const retention = s3.ObjectLockRetention.governance(Duration.days(365));

  test('compliant: a marked bucket with Object Lock and default retention', () => {
    const { app, stack: s } = stack();
    mark(goodBucket(s, 'B', { objectLockDefaultRetention: retention }));
    expectNoFinding(synthWithPack(app), 'S3ObjectLock');
  });

  test('not applicable: an unmarked bucket without Object Lock', () => {
    const { app, stack: s } = stack();
    goodBucket(s, 'B');
    Tags.of(s).add(CLINICAL_IMAGE_TAG_KEY, 'logs');
    expectNoFinding(synthWithPack(app), 'S3ObjectLock');
  });

  test('non-compliant: a marked bucket without Object Lock', () => {
    const { app, stack: s } = stack();
    mark(goodBucket(s, 'B'));
    const f = expectFinding(synthWithPack(app), 'S3ObjectLock', 'S/B/Resource');
    expect(f.description).toContain('[DS-S3-6]');
    expect(f.description).toContain('164.312(c)(1)');
    expect(f.description).toContain('ObjectLockEnabled is not set');
  });

  test('non-compliant: Object Lock without a default retention', () => {
    const { app, stack: s } = stack();
    mark(goodBucket(s, 'B', { objectLockEnabled: true }));
    expect(expectFinding(synthWithPack(app), 'S3ObjectLock', 'S/B/Resource').description).toContain('no default retention');
  });

  test('escape hatch: default retention removed by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B', { objectLockDefaultRetention: retention });
    mark(b);
    cfn(b).addPropertyDeletionOverride('ObjectLockConfiguration.Rule');
    expect(expectFinding(synthWithPack(app), 'S3ObjectLock', 'S/B/Resource').description).toContain('Mode is not set');
  });

  test('escape hatch: lock disabled by addPropertyOverride', () => {
    const { app, stack: s } = stack();
    const b = goodBucket(s, 'B', { objectLockDefaultRetention: retention });
    mark(b);
    cfn(b).addPropertyOverride('ObjectLockEnabled', false);
    expectFinding(synthWithPack(app), 'S3ObjectLock', 'S/B/Resource');
  });

  test('raw CfnResource marked by its Tags property; years retention counts', () => {
    const { app, stack: s } = stack();
    const tags = [{ Key: CLINICAL_IMAGE_TAG_KEY, Value: CLINICAL_IMAGE_TAG_VALUE }];
    new CfnResource(s, 'RawBad', { type: 'AWS::S3::Bucket', properties: { Tags: tags } });
    new CfnResource(s, 'RawOk', {
      type: 'AWS::S3::Bucket',
      properties: { Tags: tags, ObjectLockEnabled: true, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 7 } } } },
    });
    const result = synthWithPack(app);
    expectFinding(result, 'S3ObjectLock', 'S/RawBad');
    expectNoFinding(result, 'S3ObjectLock', 'S/RawOk');
  });

  test('token: a parameter retention, or a parameter tag value on an unlocked bucket, is unverifiable', () => {
    const { app, stack: s } = stack();
    const days = new CfnParameter(s, 'Days', { type: 'Number' });
    const klass = new CfnParameter(s, 'Class', { type: 'String' });
    const b = goodBucket(s, 'ByParam', { objectLockDefaultRetention: retention });
    mark(b);
    cfn(b).addPropertyOverride('ObjectLockConfiguration.Rule.DefaultRetention.Days', days.valueAsNumber);
    new CfnResource(s, 'MaybeImages', { type: 'AWS::S3::Bucket', properties: { Tags: [{ Key: CLINICAL_IMAGE_TAG_KEY, Value: klass.valueAsString }] } });
    const result = synthWithPack(app);
    expectFinding(result, 'S3ObjectLock', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'S3ObjectLock', 'S/MaybeImages', { unverifiable: true });
  });
});

describe('done when: plain s3.Bucket mistakes fail synthesis naming the right rule', () => {
  test.each([
    ['the AWS-managed key', (s: Stack) => goodBucket(s, 'B', { encryption: s3.BucketEncryption.KMS_MANAGED, encryptionKey: undefined }), 'S3CustomerManagedKey'],
    ['enforceSSL but no TLS floor', (s: Stack) => goodBucket(s, 'B', { minimumTLSVersion: undefined }), 'S3MinimumTlsVersion'],
    ['minimumTLSVersion 1.0', (s: Stack) => goodBucket(s, 'B', { minimumTLSVersion: 1.0 }), 'S3MinimumTlsVersion'],
    ['encryption removed by an escape hatch', (s: Stack) => cfn(goodBucket(s, 'B')).addPropertyDeletionOverride('BucketEncryption'), 'S3CustomerManagedKey'],
    ['AES256 by an escape hatch', (s: Stack) => cfn(goodBucket(s, 'B')).addPropertyOverride(
      'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm', 'AES256'), 'S3CustomerManagedKey'],
  ])('%s', (_name, build, rule) => {
    const { app, stack: s } = stack();
    build(s);
    const result = synthWithPack(app);
    expectFinding(result, rule, 'S/B/Resource');
    // Exactly that rule, nothing else: the rest of the bucket is compliant.
    expect(result.findings.filter((f) => f.plugin === 'DermaShield').map((f) => f.ruleId)).toEqual([`DermaShield-${rule}`]);
  });

  test('the same mistake fails a real synth (no report-only context)', () => {
    const app = new App();
    const s = new Stack(app, 'S');
    goodBucket(s, 'B', { minimumTLSVersion: 1.0 });
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    expect(() => app.synth()).toThrow(/DermaShield-S3MinimumTlsVersion/);
  });
});

describe('DermaShield-S3ReplicationCustomerManagedKey', () => {
  /** A source bucket replicating to a DR bucket (in the same app, as a practice's DR copy would be). */
  function replicating(s: Stack, rule: Partial<s3.ReplicationRule>): s3.Bucket {
    const destination = goodBucket(s, 'Dr');
    return goodBucket(s, 'Src', { replicationRules: [{ destination, priority: 1, ...rule }] });
  }

  test('compliant: replicas under a CMK, SSE-KMS objects replicated; a bucket without replication is not judged', () => {
    const { app, stack: s } = stack();
    replicating(s, { kmsKey: new kms.Key(s, 'ReplicaKey', { enableKeyRotation: true }), sseKmsEncryptedObjects: true });
    expectNoFinding(synthWithPack(app), 'S3ReplicationCustomerManagedKey');
  });

  test('non-compliant: no replica key (destination default encryption) and SSE-KMS objects not selected', () => {
    const { app, stack: s } = stack();
    replicating(s, {});
    const f = expectFinding(synthWithPack(app), 'S3ReplicationCustomerManagedKey', 'S/Src/Resource');
    expect(f.description).toContain('ReplicaKmsKeyID');
    expect(f.description).toContain('SseKmsEncryptedObjects');
  });

  test('escape hatch: the replica key swapped to alias/aws/s3 after the L2 set it', () => {
    const { app, stack: s } = stack();
    const src = replicating(s, { kmsKey: new kms.Key(s, 'ReplicaKey', { enableKeyRotation: true }), sseKmsEncryptedObjects: true });
    cfn(src).addPropertyOverride('ReplicationConfiguration.Rules.0.Destination.EncryptionConfiguration.ReplicaKmsKeyID', 'alias/aws/s3');
    expect(expectFinding(synthWithPack(app), 'S3ReplicationCustomerManagedKey', 'S/Src/Resource').description).toContain('alias/aws/s3');
  });

  test('raw CfnResource: a second rule without a replica key fails even when the first has one', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'ReplicaKey', { enableKeyRotation: true });
    const rule = (id: string, encryption?: unknown) => ({ Id: id, Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::dr-images', ...(encryption ? { EncryptionConfiguration: encryption } : {}) },
      SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } } });
    new CfnResource(s, 'Raw', { type: 'AWS::S3::Bucket', properties: { ReplicationConfiguration: {
      Role: 'arn:aws:iam::111122223333:role/replication', Rules: [rule('a', { ReplicaKmsKeyID: key.keyArn }), rule('b')] } } });
    expect(expectFinding(synthWithPack(app), 'S3ReplicationCustomerManagedKey', 'S/Raw').description).toContain('Rules.1');
  });

  test('token: replica key from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const raw = (id: string, key: unknown) => new CfnResource(s, id, { type: 'AWS::S3::Bucket', properties: { ReplicationConfiguration: {
      Role: 'arn:aws:iam::111122223333:role/replication',
      Rules: [{ Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::dr', EncryptionConfiguration: { ReplicaKmsKeyID: key } },
        SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } } }] } } });
    raw('ByParam', p.valueAsString);
    raw('ByImport', Fn.importValue('DrKey'));
    raw('ByIf', Fn.conditionIf(cond.logicalId, 'a', 'b'));
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'S3ReplicationCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});
