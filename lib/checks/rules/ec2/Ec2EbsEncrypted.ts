import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, pass, requireTrue, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, isIntrinsic, readBoolean, readList } from '../../values';

/** DS-EC2-1: EBS volumes and the block devices of instances and launch templates are declared encrypted. */
export const Ec2EbsEncrypted = defineRule({
  name: 'Ec2EbsEncrypted',
  controlId: 'DS-EC2-1',
  resourceTypes: ['AWS::EC2::Volume', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
  requirement: 'EBS volumes and every EBS block device of EC2 instances and launch templates must set Encrypted: true.',
  explanation: 'Account-level EBS default encryption cannot be seen at synth, so the template must declare it. '
    + 'Use blockDevices with BlockDeviceVolume.ebs(size, { encrypted: true }) (or a launch template that does).',
  evaluate(resource) {
    switch (resource.type) {
      case 'AWS::EC2::Volume':
        return requireTrue(readBoolean(resource.properties, 'Encrypted'), 'Encrypted');
      case 'AWS::EC2::Instance':
        return judgeMappings(resource, 'BlockDeviceMappings');
      default:
        return judgeMappings(resource, 'LaunchTemplateData.BlockDeviceMappings');
    }
  },
});

function judgeMappings(resource: EffectiveResource, path: string): RuleOutcome {
  const list = readList(resource.properties, path);
  if (list.state === 'unverifiable') return unverifiable(`${path} is ${list.why}`);
  if (list.state === 'absent' || list.value.length === 0) {
    return fail(`${path} is not set, so the root volume's encryption follows the AMI and the account default, which synth cannot verify`);
  }
  return worst(list.value.map((mapping, i) => {
    if (isIntrinsic(mapping)) return unverifiable(`${path}.${i} is ${JSON.stringify(mapping)}`);
    const ebs = getPath(mapping, 'Ebs');
    if (ebs === undefined) return notApplicable(); // instance store or NoDevice
    const r = requireTrue(readBoolean(mapping, 'Ebs.Encrypted'), `${path}.${i}.Ebs.Encrypted`);
    return r.kind === 'pass' ? pass() : r;
  }));
}
