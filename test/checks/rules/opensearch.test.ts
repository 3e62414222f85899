import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const version = opensearch.EngineVersion.OPENSEARCH_2_17;

function secure(s: Stack, id: string, key: kms.IKey, extra: Partial<opensearch.DomainProps> = {}) {
  return new opensearch.Domain(s, id, {
    version,
    encryptionAtRest: { enabled: true, kmsKey: key },
    nodeToNodeEncryption: true,
    enforceHttps: true,
    tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2_PFS,
    ...extra,
  });
}

const cfn = (d: opensearch.Domain) => d.node.defaultChild as opensearch.CfnDomain;

describe('DermaShield-OpenSearchCustomerManagedKey', () => {
  test('compliant: L2 domain with a customer-managed key', () => {
    const { app, s, key } = stack();
    secure(s, 'D', key);
    expectNoFinding(synthWithPack(app), 'OpenSearchCustomerManagedKey');
  });

  test('non-compliant: aws-cdk-lib default (no encryption at rest), and the AWS-managed key', () => {
    const { app, s } = stack();
    new opensearch.Domain(s, 'Default', { version });
    new opensearch.Domain(s, 'AwsKey', { version, encryptionAtRest: { enabled: true } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'OpenSearchCustomerManagedKey', 'S/Default').description).toContain('[DS-OPENSEARCH-1]');
    expect(reasonOf(result, 'OpenSearchCustomerManagedKey', 'S/Default')).toMatch(/EncryptionAtRestOptions.Enabled is (not set|false)/);
    expect(reasonOf(result, 'OpenSearchCustomerManagedKey', 'S/AwsKey')).toContain('no key is named');
  });

  test('escape hatch: key removed by override after the L2 set it', () => {
    const { app, s, key } = stack();
    const d = secure(s, 'D', key);
    cfn(d).addPropertyDeletionOverride('EncryptionAtRestOptions.KmsKeyId');
    expect(reasonOf(synthWithPack(app), 'OpenSearchCustomerManagedKey', 'S/D/Resource')).toContain('no key is named');
  });

  test('raw CfnResource, including the legacy Elasticsearch type', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::OpenSearchService::Domain', properties: { EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'alias/aws/es' } } });
    new CfnResource(s, 'Legacy', { type: 'AWS::Elasticsearch::Domain', properties: { EncryptionAtRestOptions: { Enabled: false } } });
    new CfnResource(s, 'LegacyOk', { type: 'AWS::Elasticsearch::Domain', properties: { EncryptionAtRestOptions: { Enabled: true, KmsKeyId: key.keyId } } });
    const result = synthWithPack(app);
    expectFinding(result, 'OpenSearchCustomerManagedKey', 'S/Raw');
    expectFinding(result, 'OpenSearchCustomerManagedKey', 'S/Legacy');
    expectNoFinding(result, 'OpenSearchCustomerManagedKey', 'S/LegacyOk');
  });

  test('token: a parameter key is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'KeyId', { type: 'String' });
    const d = secure(s, 'D', key);
    cfn(d).addPropertyOverride('EncryptionAtRestOptions.KmsKeyId', p.valueAsString);
    expectFinding(synthWithPack(app), 'OpenSearchCustomerManagedKey', 'S/D', { unverifiable: true });
  });
});

describe('DermaShield-OpenSearchNodeToNodeEncryption', () => {
  test('compliant', () => {
    const { app, s, key } = stack();
    secure(s, 'D', key);
    expectNoFinding(synthWithPack(app), 'OpenSearchNodeToNodeEncryption');
  });

  test('non-compliant: aws-cdk-lib default', () => {
    const { app, s } = stack();
    new opensearch.Domain(s, 'Default', { version });
    const f = expectFinding(synthWithPack(app), 'OpenSearchNodeToNodeEncryption', 'S/Default');
    expect(f.description).toContain('[DS-OPENSEARCH-2]');
    expect(f.description).toContain('164.312(e)(1)');
  });

  test('escape hatch: turned off by override after the L2 set it', () => {
    const { app, s, key } = stack();
    const d = secure(s, 'D', key);
    cfn(d).addPropertyOverride('NodeToNodeEncryptionOptions.Enabled', false);
    expect(reasonOf(synthWithPack(app), 'OpenSearchNodeToNodeEncryption', 'S/D')).toContain('NodeToNodeEncryptionOptions.Enabled is false');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::OpenSearchService::Domain', properties: {} });
    new CfnResource(s, 'RawOk', { type: 'AWS::OpenSearchService::Domain', properties: { NodeToNodeEncryptionOptions: { Enabled: 'true' } } });
    const result = synthWithPack(app);
    expectFinding(result, 'OpenSearchNodeToNodeEncryption', 'S/Raw');
    expectNoFinding(result, 'OpenSearchNodeToNodeEncryption', 'S/RawOk');
  });

  test('token: Fn::ImportValue is unverifiable', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::OpenSearchService::Domain', properties: { NodeToNodeEncryptionOptions: { Enabled: Fn.importValue('N2N') } } });
    expectFinding(synthWithPack(app), 'OpenSearchNodeToNodeEncryption', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-OpenSearchHttpsTls', () => {
  test.each([
    opensearch.TLSSecurityPolicy.TLS_1_2,
    opensearch.TLSSecurityPolicy.TLS_1_2_PFS,
    'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08',
  ])('compliant: HTTPS enforced with %s', (policy) => {
    const { app, s, key } = stack();
    const d = secure(s, 'D', key);
    cfn(d).addPropertyOverride('DomainEndpointOptions.TLSSecurityPolicy', policy);
    expectNoFinding(synthWithPack(app), 'OpenSearchHttpsTls');
  });

  test('non-compliant: HTTPS not enforced, TLS 1.0 policy, and an omitted policy (the TLS 1.0 default)', () => {
    const { app, s, key } = stack();
    new opensearch.Domain(s, 'Default', { version });
    secure(s, 'Tls10', key, { tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_0 });
    new CfnResource(s, 'NoPolicy', { type: 'AWS::OpenSearchService::Domain', properties: { DomainEndpointOptions: { EnforceHTTPS: true } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'OpenSearchHttpsTls', 'S/Default').description).toContain('[DS-OPENSEARCH-3]');
    expect(reasonOf(result, 'OpenSearchHttpsTls', 'S/Default')).toContain('EnforceHTTPS');
    expect(reasonOf(result, 'OpenSearchHttpsTls', 'S/Tls10')).toContain('Policy-Min-TLS-1-0-2019-07, which accepts TLS 1.0');
    expect(reasonOf(result, 'OpenSearchHttpsTls', 'S/NoPolicy')).toContain('not set (the default is Policy-Min-TLS-1-0-2019-07)');
  });

  test('escape hatch: HTTPS enforcement removed, and the policy deleted, after the L2 set them', () => {
    const { app, s, key } = stack();
    const a = secure(s, 'Http', key);
    cfn(a).addPropertyOverride('DomainEndpointOptions.EnforceHTTPS', false);
    const b = secure(s, 'NoPolicy', key);
    cfn(b).addPropertyDeletionOverride('DomainEndpointOptions.TLSSecurityPolicy');
    const result = synthWithPack(app);
    expect(reasonOf(result, 'OpenSearchHttpsTls', 'S/Http')).toContain('EnforceHTTPS is false');
    expect(reasonOf(result, 'OpenSearchHttpsTls', 'S/NoPolicy')).toContain('accepts TLS 1.0');
  });

  test('raw CfnResource (legacy Elasticsearch type)', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Elasticsearch::Domain', properties: { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Elasticsearch::Domain', properties: { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } } });
    const result = synthWithPack(app);
    expectFinding(result, 'OpenSearchHttpsTls', 'S/Raw');
    expectNoFinding(result, 'OpenSearchHttpsTls', 'S/RawOk');
  });

  test('token and unknown policy names are unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Policy', { type: 'String' });
    new CfnResource(s, 'ByParam', { type: 'AWS::OpenSearchService::Domain', properties: { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: p.valueAsString } } });
    new CfnResource(s, 'Unknown', { type: 'AWS::OpenSearchService::Domain', properties: { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-9-9' } } });
    const result = synthWithPack(app);
    expectFinding(result, 'OpenSearchHttpsTls', 'S/ByParam', { unverifiable: true });
    expect(reasonOf(result, 'OpenSearchHttpsTls', 'S/Unknown', { unverifiable: true })).toContain('not a policy DermaShield knows');
  });
});
