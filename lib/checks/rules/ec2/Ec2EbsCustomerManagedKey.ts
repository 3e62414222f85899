import { EffectiveResource } from '../../effective';
import { defineRule, notApplicable, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable, worst } from '../../rule';
import { isIntrinsic, readBoolean } from '../../values';
import { EBS_TYPES, ebsDevices } from './ebs-support';

/** DS-EC2-10: encrypted EBS volumes and block devices name a customer-managed key. */
export const Ec2EbsCustomerManagedKey = defineRule({
  name: 'Ec2EbsCustomerManagedKey',
  controlId: 'DS-EC2-10',
  resourceTypes: EBS_TYPES,
  requirement: 'Encrypted EBS volumes and block devices of instances and launch templates must name a customer-managed KMS key (KmsKeyId).',
  explanation: 'Encrypted: true without KmsKeyId uses the account\'s default EBS key: aws/ebs unless the account default was '
    + 'changed, which synth cannot see; alias/aws/ebs is AWS-managed, so its key policy cannot be restricted or audited and '
    + 'snapshots cannot be shared for cross-account backup. Pass kmsKey: a PhiKey to BlockDeviceVolume.ebs() or '
    + 'encryptionKey to ec2.Volume. Launch configurations cannot name a key at all: move to a launch template. '
    + 'Unencrypted devices are reported by DermaShield-Ec2EbsEncrypted.',
  evaluate(resource, context) {
    if (resource.type === 'AWS::EC2::Volume') return judgeDevice(resource, context, resource.properties, '');
    const found = ebsDevices(resource);
    if ('outcome' in found) return found.missing || found.outcome.kind === 'not-applicable' ? notApplicable() : found.outcome;
    return worst(found.devices.map(({ at, ebs }) => judgeDevice(resource, context, ebs, `${at}.`)));
  },
});

function judgeDevice(resource: EffectiveResource, context: RuleContext, device: unknown, prefix: string): RuleOutcome {
  if (isIntrinsic(device)) return unverifiable(`${prefix.slice(0, -1)} is ${JSON.stringify(device)}`);
  const encrypted = readBoolean(device, 'Encrypted');
  if (encrypted.state !== 'known' || !encrypted.value) return notApplicable(); // not encrypted at all: Ec2EbsEncrypted
  if (resource.type === 'AWS::AutoScaling::LaunchConfiguration') {
    return unverifiable(`${prefix}Encrypted is true, but a launch configuration cannot name a KMS key, so the account's `
      + 'default EBS key (aws/ebs unless changed) is used, which synth cannot see');
  }
  const key = (device as Record<string, unknown>).KmsKeyId;
  if (key === undefined || key === null) {
    return unverifiable(`${prefix}KmsKeyId is not set, so the account's default EBS key is used (aws/ebs unless the account `
      + 'default was changed), which synth cannot see');
  }
  return requireCustomerManagedKey(resource, context, key, `${prefix}KmsKeyId`);
}
