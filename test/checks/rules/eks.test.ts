import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}
const vpcConfig = { subnetIds: ['subnet-1', 'subnet-2'] };
const logging = { clusterLogging: { enabledTypes: [{ type: 'api' }, { type: 'audit' }] } };
const cluster = (s: Stack, id: string, props: Partial<eks.CfnClusterProps> = {}) =>
  new eks.CfnCluster(s, id, { roleArn: 'arn:aws:iam::111122223333:role/eks', resourcesVpcConfig: vpcConfig, logging, ...props });

describe('DermaShield-EksControlPlaneLogGroup', () => {
  test('compliant: the /aws/eks/<name>/cluster group is defined, by literal name or from the cluster Ref; no logging is not judged', () => {
    const { app, s, key } = stack();
    cluster(s, 'Named', { name: 'clinic' });
    new logs.LogGroup(s, 'NamedLogs', { logGroupName: '/aws/eks/clinic/cluster', encryptionKey: key });
    const generated = cluster(s, 'Generated');
    new logs.LogGroup(s, 'GeneratedLogs', { logGroupName: Fn.join('', ['/aws/eks/', generated.ref, '/cluster']), encryptionKey: key });
    cluster(s, 'Quiet', { logging: undefined });
    expectNoFinding(synthWithPack(app), 'EksControlPlaneLogGroup');
  });

  test('non-compliant: logging on without the log group', () => {
    const { app, s } = stack();
    cluster(s, 'Named', { name: 'clinic' });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EksControlPlaneLogGroup', 'S/Named').description).toContain('[DS-EKS-2]');
    expect(reasonOf(result, 'EksControlPlaneLogGroup', 'S/Named')).toContain('/aws/eks/clinic/cluster');
  });

  test('escape hatch: the cluster renamed by override away from its log group', () => {
    const { app, s, key } = stack();
    cluster(s, 'Named', { name: 'clinic' }).addPropertyOverride('Name', 'renamed');
    new logs.LogGroup(s, 'NamedLogs', { logGroupName: '/aws/eks/clinic/cluster', encryptionKey: key });
    expectFinding(synthWithPack(app), 'EksControlPlaneLogGroup', 'S/Named');
  });

  test('raw CfnResource, and tokens: a parameter name or log types are unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'ClusterName', { type: 'String' });
    new CfnResource(s, 'Raw', { type: 'AWS::EKS::Cluster', properties: { Name: 'raw', RoleArn: 'r', ResourcesVpcConfig: { SubnetIds: ['a'] }, Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'audit' }] } } } });
    cluster(s, 'ByParam', { name: p.valueAsString });
    new CfnResource(s, 'TypesByImport', { type: 'AWS::EKS::Cluster', properties: { RoleArn: 'r', ResourcesVpcConfig: { SubnetIds: ['a'] }, Logging: { ClusterLogging: { EnabledTypes: Fn.importValue('types') } } } });
    const result = synthWithPack(app);
    expectFinding(result, 'EksControlPlaneLogGroup', 'S/Raw');
    expectFinding(result, 'EksControlPlaneLogGroup', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'EksControlPlaneLogGroup', 'S/TypesByImport', { unverifiable: true });
  });
});
