import { defineRule, fail, notApplicable, requireCustomerManagedKey, unverifiable, worst } from '../../rule';
import { describeIntrinsic, getPath, isIntrinsic, readBoolean, readList } from '../../values';
import { judgeClusterKey } from './ecs-support';

const CLUSTER_KEY = 'Configuration.ManagedStorageConfiguration.KmsKeyId';

/** DS-ECS-3: EBS volumes that ECS attaches to a service's tasks are encrypted with a customer-managed key. */
export const EcsManagedEbsCustomerManagedKey = defineRule({
  name: 'EcsManagedEbsCustomerManagedKey',
  controlId: 'DS-ECS-3',
  resourceTypes: ['AWS::ECS::Service'],
  requirement: 'ECS-managed EBS volumes of a service must be encrypted with a customer-managed KMS key: ManagedEBSVolume.KmsKeyId, '
    + 'or the cluster\'s ManagedStorageConfiguration.KmsKeyId.',
  explanation: 'Task volumes hold whatever the containers write (imports, caches, databases). Without a key on the volume '
    + 'or the cluster, ECS creates them unencrypted or under the AWS-managed aws/ebs key. Set the volume\'s encryptionKey, '
    + 'or the cluster\'s managedStorageConfiguration.kmsKey, to a PhiKey, and never Encrypted: false.',
  evaluate(resource, context) {
    const list = readList(resource.properties, 'VolumeConfigurations');
    if (list.state === 'unverifiable') return unverifiable(`VolumeConfigurations is ${list.why}`);
    if (list.state === 'absent' || list.value.length === 0) return notApplicable();
    return worst(list.value.map((item, i) => {
      const where = `VolumeConfigurations.${i}.ManagedEBSVolume`;
      if (isIntrinsic(item)) return unverifiable(`VolumeConfigurations.${i} is ${describeIntrinsic(item)}`);
      const volume = getPath(item, 'ManagedEBSVolume');
      if (volume === undefined || volume === null) return notApplicable();
      if (isIntrinsic(volume)) return unverifiable(`${where} is ${describeIntrinsic(volume)}`);
      const encrypted = readBoolean(volume, 'Encrypted');
      if (encrypted.state === 'unverifiable') return unverifiable(`${where}.Encrypted is ${encrypted.why}`);
      if (encrypted.state === 'known' && !encrypted.value) return fail(`${where}.Encrypted is false`);
      const key = getPath(volume, 'KmsKeyId');
      if (key !== undefined && key !== null) return requireCustomerManagedKey(resource, context, key, `${where}.KmsKeyId`);
      return judgeClusterKey(resource, context, CLUSTER_KEY, `${where} names no key, so`);
    }));
  },
});
