/** The foundation's rules for EBS (volumes, instances, launch templates), EFS and DynamoDB. */
import { CfnCondition, CfnParameter, CfnResource, Fn, Size, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  const key = new kms.Key(s, 'Cmk', { enableKeyRotation: true });
  return { app, s, key };
}

const AMI = ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-12345678' });

describe('DermaShield-Ec2EbsEncrypted', () => {
  test('compliant: encrypted volume, instance and launch template block devices', () => {
    const { app, s, key } = stack();
    new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: Size.gibibytes(10), encrypted: true, encryptionKey: key });
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const blockDevices = [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true, kmsKey: key }) }];
    new ec2.Instance(s, 'I', { vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: AMI, blockDevices });
    new ec2.LaunchTemplate(s, 'LT', { machineImage: AMI, blockDevices });
    expectNoFinding(synthWithPack(app), 'Ec2EbsEncrypted');
  });

  test('non-compliant: unencrypted volume; instance and launch template without block devices', () => {
    const { app, s } = stack();
    new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: Size.gibibytes(10) });
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    new ec2.Instance(s, 'I', { vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: AMI });
    new ec2.LaunchTemplate(s, 'LT', { machineImage: AMI });
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsEncrypted', 'S/V/Resource');
    expect(expectFinding(result, 'Ec2EbsEncrypted', 'S/I/Resource').description).toContain('BlockDeviceMappings is not set');
    expectFinding(result, 'Ec2EbsEncrypted', 'S/LT/Resource');
  });

  test('escape hatch: Encrypted overridden to false after the L2 set it', () => {
    const { app, s } = stack();
    const v = new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: Size.gibibytes(10), encrypted: true });
    (v.node.defaultChild as ec2.CfnVolume).addPropertyOverride('Encrypted', false);
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const i = new ec2.Instance(s, 'I', {
      vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: AMI,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true }) }],
    });
    i.instance.addPropertyDeletionOverride('BlockDeviceMappings.0.Ebs.Encrypted');
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsEncrypted', 'S/V/Resource');
    expect(expectFinding(result, 'Ec2EbsEncrypted', 'S/I/Resource').description).toContain('BlockDeviceMappings.0.Ebs.Encrypted');
  });

  test('raw CfnResource: volume, and an instance-store mapping is not judged', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::EC2::Volume', properties: { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: 'false' } });
    new CfnResource(s, 'RawI', {
      type: 'AWS::EC2::Instance',
      properties: { ImageId: 'ami-1', BlockDeviceMappings: [{ DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }, { DeviceName: '/dev/xvda', Ebs: { Encrypted: true } }] },
    });
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsEncrypted', 'S/Raw');
    expectNoFinding(result, 'Ec2EbsEncrypted', 'S/RawI');
  });

  test('token: parameter and import are unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Enc', { type: 'String' });
    new CfnResource(s, 'ByParam', { type: 'AWS::EC2::Volume', properties: { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: p.valueAsString } });
    new CfnResource(s, 'ByImport', { type: 'AWS::EC2::Instance', properties: { ImageId: 'ami-1', BlockDeviceMappings: Fn.importValue('Mappings') } });
    const result = synthWithPack(app);
    expectFinding(result, 'Ec2EbsEncrypted', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'Ec2EbsEncrypted', 'S/ByImport', { unverifiable: true });
  });
});

describe('DermaShield-EfsCustomerManagedKey', () => {
  function vpc(s: Stack) {
    return new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  }

  test('compliant: encrypted with a CMK', () => {
    const { app, s, key } = stack();
    new efs.FileSystem(s, 'Fs', { vpc: vpc(s), encrypted: true, kmsKey: key });
    expectNoFinding(synthWithPack(app), 'EfsCustomerManagedKey');
  });

  test('non-compliant: encrypted with the default aws/elasticfilesystem key', () => {
    const { app, s } = stack();
    new efs.FileSystem(s, 'Fs', { vpc: vpc(s), encrypted: true });
    expect(expectFinding(synthWithPack(app), 'EfsCustomerManagedKey', 'S/Fs').description).toContain('KmsKeyId');
  });

  test('escape hatch: Encrypted deleted by override means unencrypted', () => {
    const { app, s, key } = stack();
    const fs = new efs.FileSystem(s, 'Fs', { vpc: vpc(s), encrypted: true, kmsKey: key });
    (fs.node.defaultChild as efs.CfnFileSystem).addPropertyDeletionOverride('Encrypted');
    expect(expectFinding(synthWithPack(app), 'EfsCustomerManagedKey', 'S/Fs').description).toContain('Encrypted is not set');
  });

  test('raw CfnResource without Encrypted', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::EFS::FileSystem', properties: { KmsKeyId: key.keyArn } });
    expectFinding(synthWithPack(app), 'EfsCustomerManagedKey', 'S/Raw');
  });

  test('token: key from a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    new CfnResource(s, 'Raw', { type: 'AWS::EFS::FileSystem', properties: { Encrypted: true, KmsKeyId: p.valueAsString } });
    expectFinding(synthWithPack(app), 'EfsCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});

describe('DermaShield-DynamoDbCustomerManagedKey', () => {
  const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

  test('compliant: customer-managed table encryption, and a global table with CMK replicas', () => {
    const { app, s, key } = stack();
    new dynamodb.Table(s, 'T', { partitionKey, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, encryptionKey: key });
    new dynamodb.TableV2(s, 'G', { partitionKey, encryption: dynamodb.TableEncryptionV2.customerManagedKey(key) });
    expectNoFinding(synthWithPack(app), 'DynamoDbCustomerManagedKey');
  });

  test.each([
    ['AWS-owned default', undefined],
    ['aws/dynamodb', dynamodb.TableEncryption.AWS_MANAGED],
  ])('non-compliant: %s', (_name, encryption) => {
    const { app, s } = stack();
    new dynamodb.Table(s, 'T', { partitionKey, encryption });
    expectFinding(synthWithPack(app), 'DynamoDbCustomerManagedKey', 'S/T');
  });

  test('escape hatch: key removed by override', () => {
    const { app, s, key } = stack();
    const t = new dynamodb.Table(s, 'T', { partitionKey, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, encryptionKey: key });
    (t.node.defaultChild as dynamodb.CfnTable).addPropertyDeletionOverride('SSESpecification.KMSMasterKeyId');
    expectFinding(synthWithPack(app), 'DynamoDbCustomerManagedKey', 'S/T');
  });

  test('raw CfnResource: global table whose replica names no key', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', {
      type: 'AWS::DynamoDB::GlobalTable',
      properties: { SSESpecification: { SSEEnabled: true, SSEType: 'KMS' }, Replicas: [{ Region: 'us-east-1' }] },
    });
    expectFinding(synthWithPack(app), 'DynamoDbCustomerManagedKey', 'S/Raw');
  });

  test('global table replicas: every replica names its own CMK (a copy in another Region holds the same ePHI)', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Global', {
      type: 'AWS::DynamoDB::GlobalTable',
      properties: { SSESpecification: { SSEEnabled: true, SSEType: 'KMS' }, Replicas: [
        { Region: 'us-east-1', SSESpecification: { KMSMasterKeyId: key.keyArn } },
        { Region: 'us-west-2', SSESpecification: { KMSMasterKeyId: 'alias/aws/dynamodb' } },
      ] },
    });
    expect(expectFinding(synthWithPack(app), 'DynamoDbCustomerManagedKey', 'S/Global').description).toContain('Replicas.1.SSESpecification.KMSMasterKeyId');
  });

  test('token: Fn::If on SSEEnabled is unverifiable', () => {
    const { app, s, key } = stack();
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(Fn.ref('AWS::Region'), 'us-east-1') });
    new CfnResource(s, 'Raw', {
      type: 'AWS::DynamoDB::Table',
      properties: { KeySchema: [], SSESpecification: { SSEEnabled: Fn.conditionIf(cond.logicalId, true, false), SSEType: 'KMS', KMSMasterKeyId: key.keyArn } },
    });
    expectFinding(synthWithPack(app), 'DynamoDbCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});
