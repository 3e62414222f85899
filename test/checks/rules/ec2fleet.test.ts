import { CfnParameter, CfnResource, Stack } from 'aws-cdk-lib';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

const LT = { LaunchTemplateId: 'lt-0123456789abcdef0', Version: '1' };
const ebs = (encrypted?: unknown) => [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 30, ...(encrypted === undefined ? {} : { Encrypted: encrypted }) } }];

function stack() {
  const app = testApp();
  return { app, s: new Stack(app, 'S') };
}
const fleet = (s: Stack, id: string, overrides?: unknown[]) => new CfnResource(s, id, {
  type: 'AWS::EC2::EC2Fleet',
  properties: { TargetCapacitySpecification: { TotalTargetCapacity: 1 }, LaunchTemplateConfigs: [{ LaunchTemplateSpecification: LT, ...(overrides ? { Overrides: overrides } : {}) }] },
});
const spot = (s: Stack, id: string, spec: Record<string, unknown>) => new CfnResource(s, id, {
  type: 'AWS::EC2::SpotFleet',
  properties: { SpotFleetRequestConfigData: { IamFleetRole: 'arn:aws:iam::111122223333:role/fleet', TargetCapacity: 1, LaunchSpecifications: [{ ImageId: 'ami-12345678', InstanceType: 'm5.large', ...spec }] } },
});

describe('DermaShield-Ec2FleetEbsEncrypted', () => {
  test('compliant: encrypted overrides, overrides without mappings, encrypted Spot specifications', () => {
    const { app, s } = stack();
    fleet(s, 'Enc', [{ InstanceType: 'm5.large', BlockDeviceMappings: ebs(true) }]);
    fleet(s, 'TemplateOnly');
    spot(s, 'SpotEnc', { BlockDeviceMappings: ebs('true') });
    expectNoFinding(synthWithPack(app), 'Ec2FleetEbsEncrypted');
  });

  test('non-compliant: unencrypted override, Spot specification without mappings or with Encrypted false', () => {
    const { app, s } = stack();
    fleet(s, 'Plain', [{ InstanceType: 'm5.large', BlockDeviceMappings: ebs() }]);
    spot(s, 'SpotBare', {});
    spot(s, 'SpotOff', { BlockDeviceMappings: ebs(false) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'Ec2FleetEbsEncrypted', 'S/Plain').description).toContain('[DS-EC2-20]');
    expect(reasonOf(result, 'Ec2FleetEbsEncrypted', 'S/SpotBare')).toContain('BlockDeviceMappings is not set');
    expectFinding(result, 'Ec2FleetEbsEncrypted', 'S/SpotOff');
  });

  test('escape hatch: Encrypted removed by override', () => {
    const { app, s } = stack();
    fleet(s, 'Fleet', [{ BlockDeviceMappings: ebs(true) }]).addPropertyDeletionOverride('LaunchTemplateConfigs.0.Overrides.0.BlockDeviceMappings.0.Ebs.Encrypted');
    expectFinding(synthWithPack(app), 'Ec2FleetEbsEncrypted', 'S/Fleet');
  });

  test('token: Encrypted from a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Enc', { type: 'String' });
    spot(s, 'ByParam', { BlockDeviceMappings: ebs(p.valueAsString) });
    expectFinding(synthWithPack(app), 'Ec2FleetEbsEncrypted', 'S/ByParam', { unverifiable: true });
  });
});
