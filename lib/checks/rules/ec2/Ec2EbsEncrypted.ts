import { defineRule, pass, requireTrue, RuleOutcome, unverifiable, worst } from '../../rule';
import { isIntrinsic, readBoolean } from '../../values';
import { EBS_TYPES, ebsDevices } from './ebs-support';

/** DS-EC2-1: EBS volumes and the block devices of instances, launch templates and launch configurations are declared encrypted. */
export const Ec2EbsEncrypted = defineRule({
  name: 'Ec2EbsEncrypted',
  controlId: 'DS-EC2-1',
  resourceTypes: EBS_TYPES,
  requirement: 'EBS volumes and every EBS block device of EC2 instances, launch templates and launch configurations must set Encrypted: true.',
  explanation: 'Account-level EBS default encryption cannot be seen at synth, so the template must declare it. '
    + 'Use blockDevices with BlockDeviceVolume.ebs(size, { encrypted: true, kmsKey }) (or a launch template that does). '
    + 'A launch template without block devices that only instances use (as aws-cdk-lib adds for requireImdsv2) is not '
    + 'judged: the instances declare their own.',
  evaluate(resource) {
    if (resource.type === 'AWS::EC2::Volume') return requireTrue(readBoolean(resource.properties, 'Encrypted'), 'Encrypted');
    const found = ebsDevices(resource);
    if ('outcome' in found) return found.outcome;
    return worst(found.devices.map(({ at, ebs }): RuleOutcome => {
      if (isIntrinsic(ebs)) return unverifiable(`${at} is ${JSON.stringify(ebs)}`);
      const r = requireTrue(readBoolean(ebs, 'Encrypted'), `${at}.Encrypted`);
      return r.kind === 'pass' ? pass() : r;
    }));
  },
});
