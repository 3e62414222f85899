import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon WorkSpaces (virtual desktops), WorkSpaces Instances and WorkSpaces Secure Browser. */
export const WORKSPACES_CONTROLS = defineControls([
  {
    id: 'DS-WORKSPACES-1',
    title: 'WorkSpaces root and user volumes encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'WorkSpaces set RootVolumeEncryptionEnabled and UserVolumeEncryptionEnabled to true and VolumeEncryptionKey to a customer-managed key; both flags default to false.',
    ruleIds: ['DermaShield-WorkSpacesRootVolumeEncryption', 'DermaShield-WorkSpacesUserVolumeEncryption', 'DermaShield-WorkSpacesCustomerManagedKey'],
    configRules: [
      { identifier: 'WORKSPACES_ROOT_VOLUME_ENCRYPTION_ENABLED', resourceTypes: ['AWS::WorkSpaces::Workspace'] },
      { identifier: 'WORKSPACES_USER_VOLUME_ENCRYPTION_ENABLED', resourceTypes: ['AWS::WorkSpaces::Workspace'] },
    ],
  },
  {
    id: 'DS-WORKSPACES-2',
    title: 'WorkSpaces Instances volumes encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'WorkSpaces Instances volumes and block-device mappings set Encrypted to true and KmsKeyId to a customer-managed key.',
    ruleIds: ['DermaShield-WorkSpacesInstanceVolumeEncryption', 'DermaShield-WorkSpacesInstanceBlockDeviceEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-WORKSPACES-3',
    title: 'WorkSpaces Secure Browser portals and session logs encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'WorkSpaces Secure Browser portals and session loggers name a customer-managed key (CustomerManagedKey); without it AWS uses an AWS-owned key.',
    ruleIds: ['DermaShield-WorkSpacesWebCustomerManagedKey', 'DermaShield-WorkSpacesWebSessionLoggerCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
