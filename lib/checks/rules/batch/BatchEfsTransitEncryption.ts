import { defineRule } from '../../rule';
import { judgeEfsVolumes } from '../efs/efs-volumes';

/** Where a job definition declares volumes: single-container, ECS-properties and multi-node jobs. */
const VOLUME_PATHS = [
  'ContainerProperties.Volumes[]',
  'EcsProperties.TaskProperties[].Volumes[]',
  'NodeProperties.NodeRangeProperties[].Container.Volumes[]',
  'NodeProperties.NodeRangeProperties[].EcsProperties.TaskProperties[].Volumes[]',
];

/** DS-BATCH-1: job definitions mount EFS with transit encryption. */
export const BatchEfsTransitEncryption = defineRule({
  name: 'BatchEfsTransitEncryption',
  controlId: 'DS-BATCH-1',
  resourceTypes: ['AWS::Batch::JobDefinition'],
  requirement: 'Every EFS volume of a Batch job definition (container, ECS and multi-node properties) must set '
    + 'EfsVolumeConfiguration.TransitEncryption: ENABLED.',
  explanation: 'Without it the job mounts EFS over plain NFS, so ePHI read or written by the job crosses the network in '
    + 'cleartext. Set enableTransitEncryption: true on batch.EcsVolume.efs() (TransitEncryption: ENABLED).',
  evaluate(resource) {
    return judgeEfsVolumes(resource, VOLUME_PATHS, 'EfsVolumeConfiguration');
  },
});
