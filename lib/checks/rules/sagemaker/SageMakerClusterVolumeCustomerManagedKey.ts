import { defineRule, worst } from '../../rule';
import { judgeElementKeys } from '../list-element-keys';

/** DS-SAGEMAKER-1: SageMaker HyperPod clusters encrypt their EBS instance storage with a customer-managed key. */
export const SageMakerClusterVolumeCustomerManagedKey = defineRule({
  name: 'SageMakerClusterVolumeCustomerManagedKey',
  controlId: 'DS-SAGEMAKER-1',
  resourceTypes: ['AWS::SageMaker::Cluster'],
  requirement: 'Every EBS instance storage config of a SageMaker HyperPod cluster must name a customer-managed key (EbsVolumeConfig.VolumeKmsKeyId).',
  explanation: 'HyperPod nodes keep training data and checkpoints on their EBS volumes; without VolumeKmsKeyId they are '
    + 'encrypted with an AWS-owned key. Set InstanceGroups[].InstanceStorageConfigs[].EbsVolumeConfig.VolumeKmsKeyId (and '
    + 'the same in RestrictedInstanceGroups) to a PhiKey.',
  evaluate: (resource, context) => {
    const outcomes = ['InstanceGroups[].InstanceStorageConfigs[]', 'RestrictedInstanceGroups[].InstanceStorageConfigs[]']
      .map((elements) => judgeElementKeys(resource, context, { elements, kind: 'EbsVolumeConfig', key: 'VolumeKmsKeyId' }));
    return worst(outcomes);
  },
});

