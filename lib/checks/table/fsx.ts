import { TableEntry } from './entry';

/** Amazon FSx file systems and caches (control DS-FSX-1). */
export const FSX_ENTRIES: readonly TableEntry[] = [
  {
    name: 'FsxFileSystemCustomerManagedKey',
    controlId: 'DS-FSX-1',
    resourceTypes: ['AWS::FSx::FileSystem'],
    requirement: 'FSx file systems (Lustre, Windows File Server, ONTAP, OpenZFS) must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Without KmsKeyId, FSx uses the AWS-managed key aws/fsx. Lustre SCRATCH_1/SCRATCH_2 file systems cannot take a '
      + 'customer key at all: hold ePHI only on PERSISTENT_1/PERSISTENT_2 (or another FSx type) with KmsKeyId set to a PhiKey '
      + '(fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'FsxFileCacheCustomerManagedKey',
    controlId: 'DS-FSX-1',
    resourceTypes: ['AWS::FSx::FileCache'],
    requirement: 'FSx file caches must name a customer-managed KMS key (KmsKeyId).',
    fix: 'A file cache holds copies of the linked data sets; without KmsKeyId FSx uses the AWS-managed key aws/fsx. '
      + 'Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
