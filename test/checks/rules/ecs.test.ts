import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const TASK = 'arn:aws:ecs:us-east-1:111122223333:task-definition/app:1';
const PCA = 'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/12345678-1234-1234-1234-123456789012';
const ebs = (extra: Record<string, unknown>) => [{ Name: 'data', ManagedEBSVolume: { RoleArn: 'arn:aws:iam::111122223333:role/ebs', SizeInGiB: 20, ...extra } }];
/** A raw ECS service (PascalCase, as in the template). */
const svc = (s: Stack, id: string, props: Record<string, unknown>) => new CfnResource(s, id, { type: 'AWS::ECS::Service', properties: { TaskDefinition: TASK, ...props } });
const connect = (tls: unknown) => ({ Enabled: true, Namespace: 'clinic', Services: [{ PortName: 'api', ...(tls === undefined ? {} : { Tls: tls }) }] });

describe('DermaShield-EcsManagedEbsCustomerManagedKey', () => {
  test('compliant: a key on the volume, or on the cluster the service runs in', () => {
    const { app, s, key } = stack();
    const cluster = new ecs.CfnCluster(s, 'Cluster', { configuration: { managedStorageConfiguration: { kmsKeyId: key.keyArn } } });
    svc(s, 'OnVolume', { VolumeConfigurations: ebs({ KmsKeyId: key.keyArn, Encrypted: true }) });
    svc(s, 'OnCluster', { Cluster: cluster.ref, VolumeConfigurations: ebs({}) });
    svc(s, 'NoVolumes', {});
    const result = synthWithPack(app);
    expectNoFinding(result, 'EcsManagedEbsCustomerManagedKey');
  });

  test('non-compliant: AWS-managed key, Encrypted false, or no key on the volume or the cluster', () => {
    const { app, s } = stack();
    const cluster = new ecs.CfnCluster(s, 'Cluster', {});
    svc(s, 'Managed', { VolumeConfigurations: ebs({ KmsKeyId: 'alias/aws/ebs' }) });
    svc(s, 'Off', { VolumeConfigurations: ebs({ Encrypted: false }) });
    svc(s, 'Bare', { Cluster: cluster.ref, VolumeConfigurations: ebs({}) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EcsManagedEbsCustomerManagedKey', 'S/Managed').description).toContain('[DS-ECS-3]');
    expect(reasonOf(result, 'EcsManagedEbsCustomerManagedKey', 'S/Off')).toContain('Encrypted is false');
    expect(reasonOf(result, 'EcsManagedEbsCustomerManagedKey', 'S/Bare')).toContain('ManagedStorageConfiguration.KmsKeyId');
  });

  test('escape hatch: the volume key removed by override', () => {
    const { app, s, key } = stack();
    const service = svc(s, 'Svc', { VolumeConfigurations: ebs({ KmsKeyId: key.keyArn }) });
    service.addPropertyOverride('VolumeConfigurations.0.ManagedEBSVolume.KmsKeyId', 'alias/aws/ebs');
    expectFinding(synthWithPack(app), 'EcsManagedEbsCustomerManagedKey', 'S/Svc');
  });

  test('raw CfnResource, and tokens: a parameter key or a cluster outside the app is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new CfnResource(s, 'RawOk', { type: 'AWS::ECS::Service', properties: { TaskDefinition: TASK, VolumeConfigurations: ebs({ KmsKeyId: key.keyArn }) } });
    new CfnResource(s, 'ByParam', { type: 'AWS::ECS::Service', properties: { TaskDefinition: TASK, VolumeConfigurations: ebs({ KmsKeyId: p.valueAsString }) } });
    new CfnResource(s, 'ForeignCluster', { type: 'AWS::ECS::Service', properties: { Cluster: 'shared', TaskDefinition: TASK, VolumeConfigurations: ebs({}) } });
    const result = synthWithPack(app);
    expectNoFinding(result, 'EcsManagedEbsCustomerManagedKey', 'S/RawOk');
    expectFinding(result, 'EcsManagedEbsCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'EcsManagedEbsCustomerManagedKey', 'S/ForeignCluster', { unverifiable: true });
  });
});

describe('DermaShield-EcsServiceConnectTls', () => {
  test('compliant: TLS with a Private CA and a customer-managed key; client-only and Service Connect off are not judged', () => {
    const { app, s, key } = stack();
    svc(s, 'Tls', { ServiceConnectConfiguration: connect({ IssuerCertificateAuthority: { AwsPcaAuthorityArn: PCA }, KmsKey: key.keyArn }) });
    svc(s, 'ClientOnly', { ServiceConnectConfiguration: { Enabled: true, Namespace: 'clinic' } });
    svc(s, 'Off', { ServiceConnectConfiguration: { Enabled: false } });
    expectNoFinding(synthWithPack(app), 'EcsServiceConnectTls');
  });

  test('non-compliant: no Tls, or Tls without a customer-managed key', () => {
    const { app, s } = stack();
    svc(s, 'Plain', { ServiceConnectConfiguration: connect(undefined) });
    svc(s, 'NoKey', { ServiceConnectConfiguration: connect({ IssuerCertificateAuthority: { AwsPcaAuthorityArn: PCA } }) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EcsServiceConnectTls', 'S/Plain').description).toContain('[DS-ECS-4]');
    expect(reasonOf(result, 'EcsServiceConnectTls', 'S/Plain')).toContain('Tls is not set');
    expect(reasonOf(result, 'EcsServiceConnectTls', 'S/NoKey')).toContain('Tls.KmsKey');
  });

  test('escape hatch: Tls removed by override', () => {
    const { app, s, key } = stack();
    const service = svc(s, 'Svc', { ServiceConnectConfiguration: connect({ IssuerCertificateAuthority: { AwsPcaAuthorityArn: PCA }, KmsKey: key.keyArn }) });
    service.addPropertyDeletionOverride('ServiceConnectConfiguration.Services.0.Tls');
    expectFinding(synthWithPack(app), 'EcsServiceConnectTls', 'S/Svc');
  });

  test('raw CfnResource, and tokens: Fn::If around Enabled or a parameter CA is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'Ca', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    new CfnResource(s, 'Raw', { type: 'AWS::ECS::Service', properties: { TaskDefinition: TASK, ServiceConnectConfiguration: connect(undefined) } });
    new CfnResource(s, 'ByIf', { type: 'AWS::ECS::Service', properties: { TaskDefinition: TASK, ServiceConnectConfiguration: { ...connect(undefined), Enabled: Fn.conditionIf(cond.logicalId, true, false) } } });
    new CfnResource(s, 'ByParam', { type: 'AWS::ECS::Service', properties: { TaskDefinition: TASK, ServiceConnectConfiguration: connect({ IssuerCertificateAuthority: { AwsPcaAuthorityArn: p.valueAsString }, KmsKey: key.keyArn }) } });
    const result = synthWithPack(app);
    expectFinding(result, 'EcsServiceConnectTls', 'S/Raw');
    expectFinding(result, 'EcsServiceConnectTls', 'S/ByIf', { unverifiable: true });
    expectFinding(result, 'EcsServiceConnectTls', 'S/ByParam', { unverifiable: true });
  });
});

describe('DermaShield-EcsExecuteCommandKey', () => {
  test('compliant: exec on in a cluster with a customer-managed exec key (L2); exec off is not judged', () => {
    const { app, s, key } = stack();
    const c = new ecs.Cluster(s, 'Cluster', { executeCommandConfiguration: { kmsKey: key } });
    svc(s, 'Exec', { Cluster: c.clusterName, EnableExecuteCommand: true });
    svc(s, 'NoExec', { EnableExecuteCommand: false });
    expectNoFinding(synthWithPack(app), 'EcsExecuteCommandKey');
  });

  test('non-compliant: exec on in a cluster without an exec key', () => {
    const { app, s } = stack();
    const c = new ecs.Cluster(s, 'Cluster');
    svc(s, 'Exec', { Cluster: c.clusterName, EnableExecuteCommand: true });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EcsExecuteCommandKey', 'S/Exec').description).toContain('[DS-ECS-1]');
    expect(reasonOf(result, 'EcsExecuteCommandKey', 'S/Exec')).toContain('ExecuteCommandConfiguration.KmsKeyId');
  });

  test('escape hatch: the exec key removed from the L2 cluster by override', () => {
    const { app, s, key } = stack();
    const c = new ecs.Cluster(s, 'Cluster', { executeCommandConfiguration: { kmsKey: key } });
    (c.node.defaultChild as ecs.CfnCluster).addPropertyDeletionOverride('Configuration.ExecuteCommandConfiguration.KmsKeyId');
    svc(s, 'Exec', { Cluster: c.clusterName, EnableExecuteCommand: true });
    expectFinding(synthWithPack(app), 'EcsExecuteCommandKey', 'S/Exec');
  });

  test('tokens: EnableExecuteCommand from a parameter, or a cluster outside the app, is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Exec', { type: 'String' });
    svc(s, 'ByParam', { EnableExecuteCommand: p.valueAsString });
    svc(s, 'Foreign', { Cluster: 'shared', EnableExecuteCommand: true });
    const result = synthWithPack(app);
    expectFinding(result, 'EcsExecuteCommandKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'EcsExecuteCommandKey', 'S/Foreign', { unverifiable: true });
  });
});
