/** EBS depth: the key of encrypted block devices (DS-EC2-10), launch configurations, and the requireImdsv2 false positive. */
import { CfnCondition, CfnParameter, CfnResource, Fn, Size, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  const key = new kms.Key(s, 'Cmk', { enableKeyRotation: true });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  return { app, s, key, vpc };
}

const AMI = ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-12345678' });
const T3 = new ec2.InstanceType('t3.micro');

describe('DermaShield-Ec2EbsCustomerManagedKey', () => {
  test('compliant: volume, instance and launch template block devices name a CMK', () => {
    const { app, s, key, vpc } = stack();
    new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: Size.gibibytes(10), encrypted: true, encryptionKey: key });
    const blockDevices = [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true, kmsKey: key }) }];
    new ec2.Instance(s, 'I', { vpc, instanceType: T3, machineImage: AMI, blockDevices });
    new ec2.LaunchTemplate(s, 'LT', { machineImage: AMI, blockDevices });
    const result = synthWithPack(app);
    expectNoFinding(result, 'Ec2EbsCustomerManagedKey');
    expectNoFinding(result, 'Ec2EbsEncrypted');
  });

  test('non-compliant: alias/aws/ebs fails; Encrypted: true alone (account default key) is unverifiable', () => {
    const { app, s, vpc } = stack();
    new ec2.Volume(s, 'Managed', { availabilityZone: 'us-east-1a', size: Size.gibibytes(10), encrypted: true,
      encryptionKey: kms.Alias.fromAliasName(s, 'AwsEbs', 'alias/aws/ebs') });
    new ec2.Instance(s, 'I', { vpc, instanceType: T3, machineImage: AMI,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true }) }] });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'Ec2EbsCustomerManagedKey', 'S/Managed').description).toContain('alias/aws/ebs');
    expect(expectFinding(result, 'Ec2EbsCustomerManagedKey', 'S/I/Resource', { unverifiable: true }).description).toContain('default EBS key');
    expectNoFinding(result, 'Ec2EbsEncrypted');
  });

  test('escape hatch: the CMK swapped for alias/aws/ebs after the L2 set it', () => {
    const { app, s, key } = stack();
    const lt = new ec2.LaunchTemplate(s, 'LT', { machineImage: AMI,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true, kmsKey: key }) }] });
    (lt.node.defaultChild as ec2.CfnLaunchTemplate).addPropertyOverride('LaunchTemplateData.BlockDeviceMappings.0.Ebs.KmsKeyId', 'alias/aws/ebs');
    expect(expectFinding(synthWithPack(app), 'Ec2EbsCustomerManagedKey', 'S/LT/Resource').description)
      .toContain('LaunchTemplateData.BlockDeviceMappings.0.Ebs.KmsKeyId');
  });

  test('raw CfnResource: volume with an AWS-managed key ARN; an unencrypted volume is left to Ec2EbsEncrypted', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::EC2::Volume', properties: { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: true,
      KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:alias/aws/ebs' } });
    new CfnResource(s, 'Plain', { type: 'AWS::EC2::Volume', properties: { AvailabilityZone: 'us-east-1a', Size: 10 } });
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'Ec2EbsCustomerManagedKey', 'S/Plain');
    expectFinding(result, 'Ec2EbsEncrypted', 'S/Plain');
  });

  test('token: key from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(Fn.ref('AWS::Region'), 'us-east-1') });
    const volume = (id: string, kmsKeyId: string) => new CfnResource(s, id, { type: 'AWS::EC2::Volume',
      properties: { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: true, KmsKeyId: kmsKeyId } });
    volume('ByParam', p.valueAsString);
    volume('ByImport', Fn.importValue('EbsKey'));
    volume('ByIf', Fn.conditionIf(cond.logicalId, key.keyArn, 'alias/aws/ebs').toString());
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'Ec2EbsCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });

  test('launch configuration: unencrypted fails Ec2EbsEncrypted; encrypted cannot name a key, so its key is unverifiable', () => {
    const { app, s } = stack();
    const lc = (id: string, encrypted: boolean) => new CfnResource(s, id, { type: 'AWS::AutoScaling::LaunchConfiguration', properties: {
      ImageId: 'ami-12345678', InstanceType: 't3.micro',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20, Encrypted: encrypted } }],
    } });
    lc('Plain', false);
    lc('Enc', true);
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsEncrypted', 'S/Plain');
    expectNoFinding(result, 'Ec2EbsEncrypted', 'S/Enc');
    expect(expectFinding(result, 'Ec2EbsCustomerManagedKey', 'S/Enc', { unverifiable: true }).description).toContain('launch configuration');
  });
});

describe('launch templates used only by instances (regression: false positive)', () => {
  test('requireImdsv2 metadata-only launch template is not a finding when the instance declares its own encrypted devices', () => {
    // Not a finding: aws-cdk-lib gives an ec2.Instance with requireImdsv2 a launch template that holds only
    // MetadataOptions. The instance's own BlockDeviceMappings (judged on the instance) decide its volumes, so the
    // template has no block devices to protect.
    const { app, s, key, vpc } = stack();
    new ec2.Instance(s, 'I', { vpc, instanceType: T3, machineImage: AMI, requireImdsv2: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true, kmsKey: key }) }] });
    const result = synthWithPack(app);
    expectNoFinding(result, 'Ec2EbsEncrypted');
    expectNoFinding(result, 'Ec2EbsCustomerManagedKey');
  });

  test('the same template still fails when an Auto Scaling group uses it, or nothing does', () => {
    const { app, s } = stack();
    const used = new CfnResource(s, 'AsgTemplate', { type: 'AWS::EC2::LaunchTemplate', properties: { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } } });
    new CfnResource(s, 'Asg', { type: 'AWS::AutoScaling::AutoScalingGroup', properties: {
      MinSize: '1', MaxSize: '1', LaunchTemplate: { LaunchTemplateId: used.ref, Version: '1' } } });
    new CfnResource(s, 'Unused', { type: 'AWS::EC2::LaunchTemplate', properties: { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } } });
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsEncrypted', 'S/AsgTemplate');
    expectFinding(result, 'Ec2EbsEncrypted', 'S/Unused');
  });
});
