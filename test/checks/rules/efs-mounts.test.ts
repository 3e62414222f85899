/** The in-transit leg of EFS: the file system policy (DS-EFS-10) and the mounts of ECS tasks (DS-ECS-10) and Batch jobs (DS-BATCH-1). */
import { CfnCondition, CfnParameter, CfnResource, Fn, Size, Stack } from 'aws-cdk-lib';
import * as batch from 'aws-cdk-lib/aws-batch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  return { app, s, key, vpc };
}
const TLS_ONLY = { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
const tlsOnlyPolicy = () => new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
  effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['*'], conditions: { Bool: { 'aws:SecureTransport': 'false' } } })] });
const IMAGE = ecs.ContainerImage.fromRegistry('public.ecr.aws/docker/library/busybox:latest');

describe('DermaShield-EfsDenyInsecureTransport', () => {
  test('compliant: a file system policy denying every action without TLS', () => {
    const { app, s, key, vpc } = stack();
    new efs.FileSystem(s, 'Fs', { vpc, kmsKey: key, fileSystemPolicy: tlsOnlyPolicy() });
    expectNoFinding(synthWithPack(app), 'EfsDenyInsecureTransport');
  });

  test('non-compliant: no file system policy; a deny of ClientWrite only', () => {
    const { app, s, key, vpc } = stack();
    new efs.FileSystem(s, 'NoPolicy', { vpc, kmsKey: key });
    new CfnResource(s, 'WriteOnly', { type: 'AWS::EFS::FileSystem', properties: { Encrypted: true, KmsKeyId: key.keyArn,
      FileSystemPolicy: { Version: '2012-10-17', Statement: [{ ...TLS_ONLY, Action: 'elasticfilesystem:ClientWrite' }] } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EfsDenyInsecureTransport', 'S/NoPolicy').description).toContain('FileSystemPolicy is not set');
    expect(expectFinding(result, 'EfsDenyInsecureTransport', 'S/WriteOnly').description).toContain('ClientMount');
  });

  test('escape hatch: the policy deleted after the L2 set it', () => {
    const { app, s, key, vpc } = stack();
    const fs = new efs.FileSystem(s, 'Fs', { vpc, kmsKey: key, fileSystemPolicy: tlsOnlyPolicy() });
    (fs.node.defaultChild as efs.CfnFileSystem).addPropertyDeletionOverride('FileSystemPolicy');
    expectFinding(synthWithPack(app), 'EfsDenyInsecureTransport', 'S/Fs/Resource');
  });

  test('raw CfnResource: elasticfilesystem:* denied without TLS passes', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::EFS::FileSystem', properties: { Encrypted: true, KmsKeyId: key.keyArn,
      FileSystemPolicy: { Statement: [{ ...TLS_ONLY, Action: 'elasticfilesystem:*' }] } } });
    expectNoFinding(synthWithPack(app), 'EfsDenyInsecureTransport');
  });

  test('token: the policy or its condition behind a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const fs = (id: string, policy: unknown) => new CfnResource(s, id, { type: 'AWS::EFS::FileSystem', properties: { Encrypted: true, KmsKeyId: key.keyArn, FileSystemPolicy: policy } });
    fs('ByParam', { Statement: [{ ...TLS_ONLY, Condition: { Bool: { 'aws:SecureTransport': p.valueAsString } } }] });
    fs('ByImport', Fn.importValue('EfsPolicy'));
    fs('ByIf', { Statement: [Fn.conditionIf(cond.logicalId, TLS_ONLY, Fn.ref('AWS::NoValue'))] });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'EfsDenyInsecureTransport', id, { unverifiable: true });
  });
});

describe('DermaShield-EcsEfsTransitEncryption', () => {
  function task(s: Stack, id: string, fileSystemId: string, transitEncryption?: string): ecs.FargateTaskDefinition {
    const t = new ecs.FargateTaskDefinition(s, id);
    t.addContainer('app', { image: IMAGE });
    t.addVolume({ name: 'images', efsVolumeConfiguration: { fileSystemId, transitEncryption } });
    t.addVolume({ name: 'scratch' }); // a bind mount: nothing to judge
    return t;
  }

  test('compliant: EFS volume with TransitEncryption ENABLED; a task without EFS volumes is not judged', () => {
    const { app, s } = stack();
    task(s, 'T', 'fs-12345678', 'ENABLED');
    new ecs.FargateTaskDefinition(s, 'NoEfs').addContainer('app', { image: IMAGE });
    expectNoFinding(synthWithPack(app), 'EcsEfsTransitEncryption');
  });

  test('non-compliant: TransitEncryption not set (DISABLED by default) or DISABLED', () => {
    const { app, s } = stack();
    task(s, 'Unset', 'fs-12345678');
    task(s, 'Off', 'fs-12345678', 'DISABLED');
    const result = synthWithPack(app);
    expect(expectFinding(result, 'EcsEfsTransitEncryption', 'S/Unset').description).toContain('Volumes.0.EFSVolumeConfiguration.TransitEncryption is not set');
    expectFinding(result, 'EcsEfsTransitEncryption', 'S/Off');
  });

  test('escape hatch: TransitEncryption deleted after the L2 set it', () => {
    const { app, s } = stack();
    const t = task(s, 'T', 'fs-12345678', 'ENABLED');
    (t.node.defaultChild as ecs.CfnTaskDefinition).addPropertyDeletionOverride('Volumes.0.EFSVolumeConfiguration.TransitEncryption');
    expectFinding(synthWithPack(app), 'EcsEfsTransitEncryption', 'S/T/Resource');
  });

  test('raw CfnResource: the second EFS volume is unencrypted in transit', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::ECS::TaskDefinition', properties: { Volumes: [
      { Name: 'a', EFSVolumeConfiguration: { FilesystemId: 'fs-1', TransitEncryption: 'ENABLED' } },
      { Name: 'b', EFSVolumeConfiguration: { FilesystemId: 'fs-2', TransitEncryption: 'DISABLED' } }] } });
    expect(expectFinding(synthWithPack(app), 'EcsEfsTransitEncryption', 'S/Raw').description).toContain('Volumes.1');
  });

  test('token: TransitEncryption from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    task(s, 'ByParam', 'fs-1', p.valueAsString);
    task(s, 'ByImport', 'fs-1', Fn.importValue('Transit'));
    task(s, 'ByIf', 'fs-1', Fn.conditionIf(cond.logicalId, 'ENABLED', 'DISABLED').toString());
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'EcsEfsTransitEncryption', id, { unverifiable: true });
  });
});

describe('DermaShield-BatchEfsTransitEncryption', () => {
  function job(s: Stack, id: string, fs: efs.IFileSystem, enableTransitEncryption?: boolean): batch.EcsJobDefinition {
    return new batch.EcsJobDefinition(s, id, { container: new batch.EcsFargateContainerDefinition(s, `${id}Container`, {
      image: IMAGE, cpu: 1, memory: Size.gibibytes(2),
      volumes: [batch.EcsVolume.efs({ name: 'images', containerPath: '/images', fileSystem: fs, enableTransitEncryption })] }) });
  }

  test('compliant: enableTransitEncryption true', () => {
    const { app, s, key, vpc } = stack();
    job(s, 'J', new efs.FileSystem(s, 'Fs', { vpc, kmsKey: key, fileSystemPolicy: tlsOnlyPolicy() }), true);
    expectNoFinding(synthWithPack(app), 'BatchEfsTransitEncryption');
  });

  test('non-compliant: transit encryption left at its default', () => {
    const { app, s, key, vpc } = stack();
    job(s, 'J', new efs.FileSystem(s, 'Fs', { vpc, kmsKey: key }));
    expect(expectFinding(synthWithPack(app), 'BatchEfsTransitEncryption', 'S/J').description).toContain('ContainerProperties.Volumes.0.EfsVolumeConfiguration');
  });

  test('escape hatch: TransitEncryption overridden to DISABLED after the L2 set it', () => {
    const { app, s, key, vpc } = stack();
    const j = job(s, 'J', new efs.FileSystem(s, 'Fs', { vpc, kmsKey: key }), true);
    (j.node.defaultChild as batch.CfnJobDefinition).addPropertyOverride('ContainerProperties.Volumes.0.EfsVolumeConfiguration.TransitEncryption', 'DISABLED');
    expectFinding(synthWithPack(app), 'BatchEfsTransitEncryption', 'S/J/Resource');
  });

  test('raw CfnResource: a multi-node job whose node container mounts EFS without TLS', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Batch::JobDefinition', properties: { Type: 'multinode', NodeProperties: { NumNodes: 2, MainNode: 0,
      NodeRangeProperties: [{ TargetNodes: '0:', Container: { Image: 'x', Volumes: [{ Name: 'v', EfsVolumeConfiguration: { FileSystemId: 'fs-1' } }] } }] } } });
    expect(expectFinding(synthWithPack(app), 'BatchEfsTransitEncryption', 'S/Raw').description).toContain('NodeProperties.NodeRangeProperties.0.Container.Volumes.0');
  });

  test('token: volumes or the setting behind a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const raw = (id: string, volumes: unknown) => new CfnResource(s, id, { type: 'AWS::Batch::JobDefinition', properties: { Type: 'container', ContainerProperties: { Image: 'x', Volumes: volumes } } });
    raw('ByParam', [{ Name: 'v', EfsVolumeConfiguration: { FileSystemId: 'fs-1', TransitEncryption: p.valueAsString } }]);
    raw('ByImport', Fn.importValue('Volumes'));
    raw('ByIf', [Fn.conditionIf(cond.logicalId, { Name: 'v', EfsVolumeConfiguration: { FileSystemId: 'fs-1' } }, Fn.ref('AWS::NoValue'))]);
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'BatchEfsTransitEncryption', id, { unverifiable: true });
  });
});
