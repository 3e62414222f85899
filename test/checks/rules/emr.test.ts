import { CfnParameter, CfnResource, Stack } from 'aws-cdk-lib';
import * as emr from 'aws-cdk-lib/aws-emr';
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
