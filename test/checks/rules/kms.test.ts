import { CfnCondition, CfnParameter, CfnResource, Duration, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  return { app, stack: new Stack(app, 'S') };
}

describe('DermaShield-KmsKeyRotation', () => {
  test('compliant: a key with rotation on', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K', { enableKeyRotation: true });
    expectNoFinding(synthWithPack(app), 'KmsKeyRotation');
  });

  test('non-compliant: aws-cdk-lib default key (rotation off)', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K');
    const f = expectFinding(synthWithPack(app), 'KmsKeyRotation', 'S/K/Resource');
    expect(f.description).toContain('[DS-KMS-1]');
    expect(f.description).toContain('164.312(a)(2)(iv)');
    expect(f.description).toContain('EnableKeyRotation is not set');
  });

  test('escape hatch: rotation removed by addPropertyOverride after the L2 set it', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    (key.node.defaultChild as kms.CfnKey).addPropertyOverride('EnableKeyRotation', false);
    expectFinding(synthWithPack(app), 'KmsKeyRotation', 'S/K/Resource');
  });

  test('escape hatch: rotation deleted by addPropertyDeletionOverride', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    (key.node.defaultChild as kms.CfnKey).addPropertyDeletionOverride('EnableKeyRotation');
    expectFinding(synthWithPack(app), 'KmsKeyRotation', 'S/K/Resource');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::Key', properties: { KeyPolicy: {} } });
    new CfnResource(s, 'RawOk', { type: 'AWS::KMS::Key', properties: { KeyPolicy: {}, EnableKeyRotation: 'true' } });
    const result = synthWithPack(app);
    expectFinding(result, 'KmsKeyRotation', 'S/Raw');
    expectNoFinding(result, 'KmsKeyRotation', 'S/RawOk');
  });

  test('token: a parameter, or Fn::If, is unverifiable, never a pass', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'Rotate', { type: 'String', allowedValues: ['true', 'false'] });
    const k1 = new kms.Key(s, 'ByParam', { enableKeyRotation: true });
    (k1.node.defaultChild as kms.CfnKey).addPropertyOverride('EnableKeyRotation', p.valueAsString);
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'true') });
    const k2 = new kms.Key(s, 'ByIf', { enableKeyRotation: true });
    (k2.node.defaultChild as kms.CfnKey).addPropertyOverride('EnableKeyRotation', Fn.conditionIf(cond.logicalId, true, false));
    const result = synthWithPack(app);
    expectFinding(result, 'KmsKeyRotation', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'KmsKeyRotation', 'S/ByIf', { unverifiable: true });
  });

  test('not applicable: asymmetric keys cannot rotate', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'Sign', { keySpec: kms.KeySpec.ECC_NIST_P256, keyUsage: kms.KeyUsage.SIGN_VERIFY });
    expectNoFinding(synthWithPack(app), 'KmsKeyRotation');
  });

  test('imported key material cannot rotate automatically', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'External', { type: 'AWS::KMS::Key', properties: { Origin: 'EXTERNAL', EnableKeyRotation: true } });
    expect(expectFinding(synthWithPack(app), 'KmsKeyRotation', 'S/External').description).toContain('EXTERNAL');
  });
});

describe('DermaShield-KmsRotationPeriod', () => {
  test('compliant: 365 days, or omitted (AWS default 365)', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K', { enableKeyRotation: true, rotationPeriod: Duration.days(365) });
    new kms.Key(s, 'Default', { enableKeyRotation: true });
    expectNoFinding(synthWithPack(app), 'KmsRotationPeriod');
  });

  test('non-compliant: above the default ceiling', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K', { enableKeyRotation: true, rotationPeriod: Duration.days(730) });
    expect(expectFinding(synthWithPack(app), 'KmsRotationPeriod', 'S/K').description).toContain('730');
  });

  test('a stricter pack ceiling fails the AWS default', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K', { enableKeyRotation: true });
    expectFinding(synthWithPack(app, { maxRotationPeriodDays: 180 }), 'KmsRotationPeriod', 'S/K');
  });

  test('escape hatch: period raised by override after the L2 set it', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true, rotationPeriod: Duration.days(90) });
    (key.node.defaultChild as kms.CfnKey).addPropertyOverride('RotationPeriodInDays', 2560);
    expectFinding(synthWithPack(app), 'KmsRotationPeriod', 'S/K');
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::Key', properties: { EnableKeyRotation: true, RotationPeriodInDays: 400 } });
    expectFinding(synthWithPack(app), 'KmsRotationPeriod', 'S/Raw');
  });

  test('token: a parameter is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'Days', { type: 'Number' });
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::Key', properties: { EnableKeyRotation: true, RotationPeriodInDays: p.valueAsNumber } });
    expectFinding(synthWithPack(app), 'KmsRotationPeriod', 'S/Raw', { unverifiable: true });
  });

  test('the pack rejects a ceiling outside 90-365 at construction', () => {
    const app = testApp();
    expect(() => synthWithPack(app, { maxRotationPeriodDays: 400 })).toThrow(/maxRotationPeriodDays 400 is not allowed.*90.*365/);
    expect(() => synthWithPack(app, { maxRotationPeriodDays: 30 })).toThrow(/maxRotationPeriodDays 30/);
  });
});

describe('DermaShield-KmsDeletionWindow', () => {
  test('compliant: 30 days or omitted (default 30)', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K', { enableKeyRotation: true, pendingWindow: Duration.days(30) });
    new kms.Key(s, 'Default', { enableKeyRotation: true });
    expectNoFinding(synthWithPack(app), 'KmsDeletionWindow');
  });

  test('non-compliant: 7 days', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'K', { enableKeyRotation: true, pendingWindow: Duration.days(7) });
    expect(expectFinding(synthWithPack(app), 'KmsDeletionWindow', 'S/K').description).toContain('PendingWindowInDays is 7');
  });

  test('escape hatch: window shortened by override', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true, pendingWindow: Duration.days(30) });
    (key.node.defaultChild as kms.CfnKey).addPropertyOverride('PendingWindowInDays', 7);
    expectFinding(synthWithPack(app), 'KmsDeletionWindow', 'S/K');
  });

  test('raw CfnResource, including replica keys', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::Key', properties: { EnableKeyRotation: true, PendingWindowInDays: 10 } });
    new CfnResource(s, 'Replica', { type: 'AWS::KMS::ReplicaKey', properties: { PrimaryKeyArn: 'arn', KeyPolicy: {}, PendingWindowInDays: 7 } });
    const result = synthWithPack(app);
    expectFinding(result, 'KmsDeletionWindow', 'S/Raw');
    expectFinding(result, 'KmsDeletionWindow', 'S/Replica');
  });

  test('token: an imported value is unverifiable', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::Key', properties: { EnableKeyRotation: true, PendingWindowInDays: Fn.importValue('SomeWindow') } });
    expectFinding(synthWithPack(app), 'KmsDeletionWindow', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-KmsReplicaKeyPrimary', () => {
  const PRIMARY = 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab';
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] };
  const replica = (s: Stack, id: string, primary: unknown) => new kms.CfnReplicaKey(s, id, { primaryKeyArn: primary as string, keyPolicy: policy });

  test('compliant: primary defined in the app, or declared as an external CMK', () => {
    const { app, stack: s } = stack();
    const primary = new kms.Key(s, 'Primary', { enableKeyRotation: true, multiRegion: true });
    replica(s, 'InApp', primary.keyArn);
    replica(s, 'Declared', PRIMARY);
    expectNoFinding(synthWithPack(app, { externalCustomerManagedKeyArns: [PRIMARY] }), 'KmsReplicaKeyPrimary');
  });

  test('non-compliant: an undeclared primary ARN is unverifiable, never a pass', () => {
    const { app, stack: s } = stack();
    replica(s, 'Unknown', PRIMARY);
    expect(expectFinding(synthWithPack(app), 'KmsReplicaKeyPrimary', 'S/Unknown', { unverifiable: true }).description).toContain('externalCustomerManagedKeyArns');
  });

  test('escape hatch: PrimaryKeyArn overridden to an AWS-managed alias fails', () => {
    const { app, stack: s } = stack();
    const primary = new kms.Key(s, 'Primary', { enableKeyRotation: true, multiRegion: true });
    replica(s, 'R', primary.keyArn).addPropertyOverride('PrimaryKeyArn', 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3');
    expectFinding(synthWithPack(app), 'KmsReplicaKeyPrimary', 'S/R');
  });

  test('raw CfnResource: a replica of a key in the app', () => {
    const { app, stack: s } = stack();
    const primary = new kms.Key(s, 'Primary', { enableKeyRotation: true, multiRegion: true });
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::ReplicaKey', properties: { PrimaryKeyArn: primary.keyArn, KeyPolicy: policy } });
    expectNoFinding(synthWithPack(app), 'KmsReplicaKeyPrimary');
  });

  test('token: PrimaryKeyArn from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    replica(s, 'ByParam', p.valueAsString);
    replica(s, 'ByImport', Fn.importValue('Primary'));
    replica(s, 'ByIf', Fn.conditionIf(cond.logicalId, 'a', 'b'));
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'KmsReplicaKeyPrimary', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-KmsKeyPolicyWildcardPrincipal', () => {
  const ROOT = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
  const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: [ROOT, ...statements] });
  const open = (extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*', ...extra });

  test('compliant: the default policy; a wildcard pinned by kms:CallerAccount, aws:PrincipalOrgID or kms:ViaService; "*" with only DescribeKey', () => {
    const { app, stack: s } = stack();
    new kms.Key(s, 'Default', { enableKeyRotation: true });
    const k = new kms.Key(s, 'Pinned', { enableKeyRotation: true });
    k.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['kms:Decrypt'], resources: ['*'],
      conditions: { StringEquals: { 'kms:CallerAccount': Stack.of(s).account, 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }));
    new kms.CfnKey(s, 'Org', { enableKeyRotation: true, keyPolicy: policy(open({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })) });
    new kms.CfnKey(s, 'Describe', { enableKeyRotation: true, keyPolicy: policy({ ...open(), Action: 'kms:DescribeKey' }) });
    expectNoFinding(synthWithPack(app), 'KmsKeyPolicyWildcardPrincipal');
  });

  test('non-compliant: "*" may decrypt with no condition; kms:* to "*" pinned only by a negated condition; NotPrincipal', () => {
    const { app, stack: s } = stack();
    const k = new kms.Key(s, 'Open', { enableKeyRotation: true });
    k.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['kms:Decrypt'], resources: ['*'] }));
    new kms.CfnKey(s, 'Negated', { enableKeyRotation: true, keyPolicy: policy({ ...open(), Action: 'kms:*',
      Condition: { StringNotEquals: { 'kms:CallerAccount': '111122223333' } } }) });
    new kms.CfnKey(s, 'NotPrincipal', { enableKeyRotation: true, keyPolicy: policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/x' },
      Action: 'kms:CreateGrant', Resource: '*' }) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'KmsKeyPolicyWildcardPrincipal', 'S/Open/Resource').description).toContain('[DS-KMS-11]');
    expectFinding(result, 'KmsKeyPolicyWildcardPrincipal', 'S/Negated');
    expectFinding(result, 'KmsKeyPolicyWildcardPrincipal', 'S/NotPrincipal');
  });

  test('escape hatch: a wildcard statement added by override to a key whose L2 policy names the account', () => {
    const { app, stack: s } = stack();
    const k = new kms.Key(s, 'K', { enableKeyRotation: true });
    (k.node.defaultChild as kms.CfnKey).addPropertyOverride('KeyPolicy.Statement.1', open({ Action: 'kms:ReEncrypt*' }));
    expectFinding(synthWithPack(app), 'KmsKeyPolicyWildcardPrincipal', 'S/K/Resource');
  });

  test('raw CfnResource: a replica key whose policy (a JSON string) lets "*" create grants', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::KMS::ReplicaKey', properties: {
      PrimaryKeyArn: new kms.Key(s, 'Primary', { enableKeyRotation: true, multiRegion: true }).keyArn,
      KeyPolicy: JSON.stringify(policy({ Effect: 'Allow', Principal: '*', Action: 'kms:CreateGrant', Resource: '*' })) } });
    expectFinding(synthWithPack(app), 'KmsKeyPolicyWildcardPrincipal', 'S/Raw');
  });

  test('token: the pinning value, the policy or the principal from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'Org', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    new kms.CfnKey(s, 'ByParam', { enableKeyRotation: true, keyPolicy: policy(open({ Condition: { StringEquals: { 'aws:PrincipalOrgID': p.valueAsString } } })) });
    new kms.CfnKey(s, 'ByImport', { enableKeyRotation: true, keyPolicy: Fn.importValue('SharedPolicy') });
    new kms.CfnKey(s, 'ByIf', { enableKeyRotation: true, keyPolicy: policy(open({ Principal: Fn.conditionIf(cond.logicalId, '*', { AWS: 'arn:aws:iam::111122223333:root' }) })) });
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'KmsKeyPolicyWildcardPrincipal', `S/${id}`, { unverifiable: true });
  });
});
