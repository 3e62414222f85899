import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

/** One instance group with an FSx storage config and an EBS one (CloudFormation casing). */
const group = (key?: unknown) => ({
  InstanceGroupName: 'workers',
  InstanceType: 'ml.g5.xlarge',
  InstanceCount: 1,
  ExecutionRole: 'arn:aws:iam::111122223333:role/hyperpod',
  LifeCycleConfig: { SourceS3Uri: 's3://lifecycle/', OnCreate: 'on_create.sh' },
  InstanceStorageConfigs: [{ FsxLustreConfig: { DnsName: 'fs.example', MountName: 'm' } }, { EbsVolumeConfig: { VolumeSizeInGB: 500, VolumeKmsKeyId: key } }],
});

describe('DermaShield-SageMakerClusterVolumeCustomerManagedKey', () => {
  test('compliant: the EBS storage config names a customer-managed key; the FSx one is ignored', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Cluster', { type: 'AWS::SageMaker::Cluster', properties: { InstanceGroups: [group(key.keyArn)] } });
    expectNoFinding(synthWithPack(app), 'SageMakerClusterVolumeCustomerManagedKey');
  });

  test('non-compliant: no key, or the AWS-managed alias', () => {
    const { app, s } = stack();
    new CfnResource(s, 'NoKey', { type: 'AWS::SageMaker::Cluster', properties: { InstanceGroups: [group()] } });
    new CfnResource(s, 'Managed', { type: 'AWS::SageMaker::Cluster', properties: { InstanceGroups: [group('alias/aws/sagemaker')] } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'SageMakerClusterVolumeCustomerManagedKey', 'S/NoKey').description).toContain('[DS-SAGEMAKER-1]');
    expect(reasonOf(result, 'SageMakerClusterVolumeCustomerManagedKey', 'S/NoKey')).toContain('InstanceGroups.0.InstanceStorageConfigs.1.EbsVolumeConfig.VolumeKmsKeyId');
    expectFinding(result, 'SageMakerClusterVolumeCustomerManagedKey', 'S/Managed');
  });

  test('escape hatch: the key removed from an L1 cluster by override', () => {
    const { app, s, key } = stack();
    const cluster = new sagemaker.CfnCluster(s, 'Cluster', {
      instanceGroups: [{
        instanceGroupName: 'workers', instanceType: 'ml.g5.xlarge', instanceCount: 1, executionRole: 'arn:aws:iam::111122223333:role/hyperpod',
        lifeCycleConfig: { sourceS3Uri: 's3://lifecycle/', onCreate: 'on_create.sh' },
        instanceStorageConfigs: [{ ebsVolumeConfig: { volumeSizeInGb: 500, volumeKmsKeyId: key.keyArn } }],
      }],
    });
    cluster.addPropertyDeletionOverride('InstanceGroups.0.InstanceStorageConfigs.0.EbsVolumeConfig.VolumeKmsKeyId');
    expectFinding(synthWithPack(app), 'SageMakerClusterVolumeCustomerManagedKey', 'S/Cluster');
  });

  test('nothing to protect: no EBS storage configs', () => {
    const { app, s } = stack();
    const g = { ...group(), InstanceStorageConfigs: [{ FsxLustreConfig: { DnsName: 'fs.example', MountName: 'm' } }] };
    new CfnResource(s, 'FsxOnly', { type: 'AWS::SageMaker::Cluster', properties: { InstanceGroups: [g] } });
    expectNoFinding(synthWithPack(app), 'SageMakerClusterVolumeCustomerManagedKey');
  });

  test.each([
    ['a parameter', (s: Stack) => new CfnParameter(s, 'P', { type: 'String' }).valueAsString],
    ['an import', () => Fn.importValue('TrainingKey')],
    ['Fn::If', (s: Stack) => Fn.conditionIf(new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') }).logicalId, 'k1', 'k2')],
  ])('token: a key behind %s is unverifiable', (_what, make) => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SageMaker::Cluster', properties: { InstanceGroups: [group(make(s))] } });
    expectFinding(synthWithPack(app), 'SageMakerClusterVolumeCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});
