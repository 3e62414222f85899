import { TableEntry } from './entry';

/** Amazon WorkSpaces, WorkSpaces Instances and WorkSpaces Secure Browser (controls DS-WORKSPACES-*). */
export const WORKSPACES_ENTRIES: readonly TableEntry[] = [
  {
    name: 'WorkSpacesRootVolumeEncryption',
    controlId: 'DS-WORKSPACES-1',
    resourceTypes: ['AWS::WorkSpaces::Workspace'],
    requirement: 'WorkSpaces must set RootVolumeEncryptionEnabled to true.',
    fix: 'A WorkSpace root volume (C: drive, with the clinician\'s cached records, downloads and profile) is not encrypted '
      + 'unless RootVolumeEncryptionEnabled is true; the default is false and it can only be set when the WorkSpace is '
      + 'created. Set RootVolumeEncryptionEnabled: true with VolumeEncryptionKey naming a PhiKey, and rebuild the WorkSpace.',
    checks: [{ kind: 'true', path: 'RootVolumeEncryptionEnabled', absentMeans: false }],
  },
  {
    name: 'WorkSpacesUserVolumeEncryption',
    controlId: 'DS-WORKSPACES-1',
    resourceTypes: ['AWS::WorkSpaces::Workspace'],
    requirement: 'WorkSpaces must set UserVolumeEncryptionEnabled to true.',
    fix: 'The user volume (D: drive, the clinician\'s documents) is not encrypted unless UserVolumeEncryptionEnabled is true; '
      + 'the default is false and it can only be set at creation. Set UserVolumeEncryptionEnabled: true with '
      + 'VolumeEncryptionKey naming a PhiKey.',
    checks: [{ kind: 'true', path: 'UserVolumeEncryptionEnabled', absentMeans: false }],
  },
  {
    name: 'WorkSpacesCustomerManagedKey',
    controlId: 'DS-WORKSPACES-1',
    resourceTypes: ['AWS::WorkSpaces::Workspace'],
    requirement: 'WorkSpaces must name a customer-managed KMS key in VolumeEncryptionKey.',
    fix: 'With volume encryption on and no VolumeEncryptionKey, WorkSpaces uses the AWS-managed key aws/workspaces, whose '
      + 'policy the practice cannot restrict or audit separately. Set VolumeEncryptionKey to a PhiKey\'s keyArn (symmetric '
      + 'keys only; fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'VolumeEncryptionKey' }],
  },
  {
    name: 'WorkSpacesInstanceVolumeEncryption',
    controlId: 'DS-WORKSPACES-2',
    resourceTypes: ['AWS::WorkspacesInstances::Volume'],
    requirement: 'WorkSpaces Instances volumes must set Encrypted to true with a customer-managed KmsKeyId.',
    fix: 'Without Encrypted: true the EBS volume is encrypted only if the account\'s EBS encryption-by-default is on, and '
      + 'without KmsKeyId the AWS-managed key aws/ebs is used. Set Encrypted: true and KmsKeyId to a PhiKey.',
    checks: [
      { kind: 'true', path: 'Encrypted', absentMeans: false },
      { kind: 'customer-managed-key', path: 'KmsKeyId' },
    ],
  },
  {
    name: 'WorkSpacesInstanceBlockDeviceEncryption',
    controlId: 'DS-WORKSPACES-2',
    resourceTypes: ['AWS::WorkspacesInstances::WorkspaceInstance'],
    requirement: 'WorkSpaces Instances must map every EBS block device with Encrypted true and a customer-managed KmsKeyId.',
    fix: 'A managed instance\'s block device without Encrypted: true depends on the account\'s EBS encryption-by-default, '
      + 'and without KmsKeyId uses the AWS-managed key aws/ebs. List each volume (the root volume included) in '
      + 'ManagedInstance.BlockDeviceMappings with Ebs.Encrypted: true and Ebs.KmsKeyId naming a PhiKey.',
    checks: [
      { kind: 'true', path: 'ManagedInstance.BlockDeviceMappings[].Ebs.Encrypted', absentMeans: false },
      { kind: 'customer-managed-key', path: 'ManagedInstance.BlockDeviceMappings[].Ebs.KmsKeyId' },
    ],
  },
  {
    name: 'WorkSpacesWebCustomerManagedKey',
    controlId: 'DS-WORKSPACES-3',
    resourceTypes: ['AWS::WorkSpacesWeb::Portal'],
    requirement: 'WorkSpaces Secure Browser portals must name a customer-managed KMS key (CustomerManagedKey).',
    fix: 'Without CustomerManagedKey the portal\'s stored data (browser session state, synchronised cookies and settings) '
      + 'is encrypted with an AWS-owned key the practice cannot control or audit. Set CustomerManagedKey to a PhiKey\'s '
      + 'keyArn (fixed at creation: a new portal is needed).',
    checks: [{ kind: 'customer-managed-key', path: 'CustomerManagedKey' }],
  },
  {
    name: 'WorkSpacesWebSessionLoggerCustomerManagedKey',
    controlId: 'DS-WORKSPACES-3',
    resourceTypes: ['AWS::WorkSpacesWeb::SessionLogger'],
    requirement: 'WorkSpaces Secure Browser session loggers must name a customer-managed KMS key (CustomerManagedKey).',
    fix: 'Session logs record what clinicians do in the browser (URLs visited, user events), which can identify patients; '
      + 'without CustomerManagedKey they are encrypted with an AWS-owned key. Set CustomerManagedKey to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'CustomerManagedKey' }],
  },
];
