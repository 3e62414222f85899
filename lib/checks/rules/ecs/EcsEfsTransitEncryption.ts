import { defineRule } from '../../rule';
import { judgeEfsVolumes } from '../efs/efs-volumes';

/** DS-ECS-1: task definitions mount EFS with transit encryption. */
export const EcsEfsTransitEncryption = defineRule({
  name: 'EcsEfsTransitEncryption',
  controlId: 'DS-ECS-10',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  requirement: 'Every EFS volume of an ECS task definition must set EFSVolumeConfiguration.TransitEncryption: ENABLED.',
  explanation: 'Without it the task mounts EFS over plain NFS, so ePHI read or written by the container crosses the network '
    + 'in cleartext. Set transitEncryption: \'ENABLED\' in efsVolumeConfiguration (and deny non-TLS mounts in the file '
    + 'system policy, DermaShield-EfsDenyInsecureTransport).',
  evaluate(resource) {
    return judgeEfsVolumes(resource, ['Volumes[]'], 'EFSVolumeConfiguration');
  },
});
