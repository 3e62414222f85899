import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as emr from 'aws-cdk-lib/aws-emr';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  return { app, s: new Stack(app, 'S') };
}
const instances = { masterInstanceGroup: { instanceCount: 1, instanceType: 'm5.xlarge' } };
const cluster = (s: Stack, id: string, securityConfiguration?: string) => new emr.CfnCluster(s, id, {
  name: id, jobFlowRole: 'EMR_EC2_DefaultRole', serviceRole: 'EMR_DefaultRole', releaseLabel: 'emr-7.1.0', instances, securityConfiguration,
});

describe('DermaShield-EmrClusterSecurityConfiguration', () => {
  test('compliant: a security configuration of the app, by Ref or by literal name', () => {
    const { app, s } = stack();
    const config = new emr.CfnSecurityConfiguration(s, 'Config', { name: 'phi', securityConfiguration: { EncryptionConfiguration: {} } });
    cluster(s, 'ByRef', config.ref);
    cluster(s, 'ByName', 'phi');
    expectNoFinding(synthWithPack(app), 'EmrClusterSecurityConfiguration');
  });

  test('non-compliant: no security configuration', () => {
    const { app, s } = stack();
    cluster(s, 'Bare');
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EmrClusterSecurityConfiguration', 'S/Bare').description).toContain('[DS-EMR-4]');
    expect(reasonOf(result, 'EmrClusterSecurityConfiguration', 'S/Bare')).toContain('SecurityConfiguration is not set');
  });

  test('escape hatch: the security configuration removed by override', () => {
    const { app, s } = stack();
    const config = new emr.CfnSecurityConfiguration(s, 'Config', { securityConfiguration: {} });
    cluster(s, 'C', config.ref).addPropertyDeletionOverride('SecurityConfiguration');
    expectFinding(synthWithPack(app), 'EmrClusterSecurityConfiguration', 'S/C');
  });

  test('raw CfnResource and tokens: a parameter, or a name outside the app, is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Sec', { type: 'String' });
    new CfnResource(s, 'Raw', { type: 'AWS::EMR::Cluster', properties: { Name: 'raw', Instances: {}, JobFlowRole: 'r', ServiceRole: 'r' } });
    cluster(s, 'ByParam', p.valueAsString);
    cluster(s, 'Elsewhere', 'shared-config');
    const result = synthWithPack(app);
    expectFinding(result, 'EmrClusterSecurityConfiguration', 'S/Raw');
    expectFinding(result, 'EmrClusterSecurityConfiguration', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'EmrClusterSecurityConfiguration', 'S/Elsewhere', { unverifiable: true });
  });
});

const AT_REST = (key: string) => ({
  EncryptionConfiguration: {
    EnableAtRestEncryption: true,
    EnableInTransitEncryption: true,
    AtRestEncryptionConfiguration: {
      S3EncryptionConfiguration: { EncryptionMode: 'SSE-KMS', AwsKmsKey: key },
      LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: 'AwsKms', AwsKmsKey: key },
    },
    InTransitEncryptionConfiguration: { TLSCertificateConfiguration: { CertificateProviderType: 'PEM', S3Object: 's3://certs/c.zip' } },
  },
});

describe('DermaShield-EmrSecurityConfigurationAtRest and -InTransit', () => {
  test('compliant: as a JSON object or as a JSON string', () => {
    const { app, s } = stack();
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    new emr.CfnSecurityConfiguration(s, 'AsObject', { securityConfiguration: AT_REST(key.keyArn) });
    new kms.Alias(s, 'Alias', { aliasName: 'alias/dermashield/emr', targetKey: key });
    new CfnResource(s, 'AsString', { type: 'AWS::EMR::SecurityConfiguration', properties: { SecurityConfiguration: JSON.stringify(AT_REST('alias/dermashield/emr')) } });
    const result = synthWithPack(app);
    expectNoFinding(result, 'EmrSecurityConfigurationAtRest');
    expectNoFinding(result, 'EmrSecurityConfigurationInTransit');
  });

  test('non-compliant: SSE-S3 and no in-transit encryption', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Weak', { type: 'AWS::EMR::SecurityConfiguration', properties: { SecurityConfiguration: JSON.stringify({ EncryptionConfiguration: { EnableAtRestEncryption: true, EnableInTransitEncryption: false, AtRestEncryptionConfiguration: { S3EncryptionConfiguration: { EncryptionMode: 'SSE-S3' } } } }) } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EmrSecurityConfigurationAtRest', 'S/Weak').description).toContain('[DS-EMR-1]');
    expect(reasonOf(result, 'EmrSecurityConfigurationAtRest', 'S/Weak')).toContain('SSE-S3');
    expect(expectFinding(result, 'EmrSecurityConfigurationInTransit', 'S/Weak').description).toContain('[DS-EMR-2]');
  });

  test('escape hatch: at-rest encryption turned off by override', () => {
    const { app, s } = stack();
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    new emr.CfnSecurityConfiguration(s, 'Config', { securityConfiguration: AT_REST(key.keyArn) })
      .addPropertyOverride('SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption', false);
    expectFinding(synthWithPack(app), 'EmrSecurityConfigurationAtRest', 'S/Config');
  });

  test('tokens: a parameter key, a configuration imported whole or a JSON string built with Fn::Join is unverifiable; a non-JSON string too', () => {
    const { app, s } = stack();
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    new CfnResource(s, 'Joined', { type: 'AWS::EMR::SecurityConfiguration', properties: { SecurityConfiguration: Fn.toJsonString(AT_REST(key.keyArn)) } });
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new emr.CfnSecurityConfiguration(s, 'ByParam', { securityConfiguration: AT_REST(p.valueAsString) });
    new CfnResource(s, 'Imported', { type: 'AWS::EMR::SecurityConfiguration', properties: { SecurityConfiguration: Fn.importValue('emr-config') } });
    new CfnResource(s, 'Garbled', { type: 'AWS::EMR::SecurityConfiguration', properties: { SecurityConfiguration: '{not json' } });
    const result = synthWithPack(app);
    expectFinding(result, 'EmrSecurityConfigurationAtRest', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'EmrSecurityConfigurationAtRest', 'S/Imported', { unverifiable: true });
    expectFinding(result, 'EmrSecurityConfigurationInTransit', 'S/Garbled', { unverifiable: true });
    expectFinding(result, 'EmrSecurityConfigurationAtRest', 'S/Joined', { unverifiable: true });
  });
});
