import { defineRule, fail, pass, requireCustomerManagedKey, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, readBoolean, readList, readObject } from '../../values';

const EC2 = 'ComputeConfiguration.Ec2Configuration';

/**
 * DS-BEDROCK-1: the EBS volumes of an AgentCore capacity provider (the instances that run agent code and hold its
 * working files) are encrypted with a customer-managed key: the root volume, named volumes and launch-time EBS mappings.
 */
export const BedrockAgentCoreCapacityProviderVolumeKey = defineRule({
  name: 'BedrockAgentCoreCapacityProviderVolumeKey',
  controlId: 'DS-BEDROCK-1',
  resourceTypes: ['AWS::BedrockAgentCore::CapacityProvider'],
  requirement: 'AgentCore capacity providers must encrypt the root volume, every named volume and every EBS mapping with a customer-managed KMS key.',
  explanation: 'Agent code runs on these instances and writes prompts, documents and tool results to their volumes. Without '
    + 'KmsKeyId a volume uses the default EBS key (aws/ebs unless changed), and Encrypted false leaves it unencrypted. Set '
    + 'RootVolume.KmsKeyId, each Volumes[].EbsConfiguration.KmsKeyId and each EBS mapping\'s KmsKeyId to a PhiKey.',
  evaluate(resource, context) {
    const outcomes: RuleOutcome[] = [];
    const judge = (ebs: unknown, at: string) => {
      const encrypted = readBoolean(ebs, 'Encrypted');
      if (encrypted.state === 'unverifiable') outcomes.push(unverifiable(`${at}.Encrypted is ${encrypted.why}`));
      else if (encrypted.state === 'known' && !encrypted.value) outcomes.push(fail(`${at}.Encrypted is false`));
      else outcomes.push(pass());
      outcomes.push(requireCustomerManagedKey(resource, context, getPath(ebs, 'KmsKeyId'), `${at}.KmsKeyId`));
    };
    const root = readObject(resource.properties, `${EC2}.RootVolume`);
    if (root.state === 'unverifiable') outcomes.push(unverifiable(`RootVolume is ${root.why}`));
    else judge(root.state === 'known' ? root.value : {}, 'RootVolume');
    for (const [list, inner] of [[`${EC2}.Volumes`, 'EbsConfiguration'], [`${EC2}.LaunchTemplateSource.LaunchParameters.EphemeralVolumes`, 'Ebs']]) {
      const entries = readList(resource.properties, list);
      if (entries.state === 'unverifiable') { outcomes.push(unverifiable(`${list} is ${entries.why}`)); continue; }
      if (entries.state === 'absent') continue;
      entries.value.forEach((_, i) => {
        const ebs = readObject(entries.value, `${i}.${inner}`);
        if (ebs.state === 'unverifiable') outcomes.push(unverifiable(`${list}.${i}.${inner} is ${ebs.why}`));
        else if (ebs.state === 'known') judge(ebs.value, `${list.split('.').pop()}.${i}.${inner}`);
      });
    }
    return worst(outcomes);
  },
});
