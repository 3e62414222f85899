import { TableEntry } from './entry';

/** AWS Storage Gateway (control DS-STORAGEGATEWAY-1). */
export const STORAGEGATEWAY_ENTRIES: readonly TableEntry[] = [
  {
    name: 'StorageGatewayCustomerManagedKey',
    controlId: 'DS-STORAGEGATEWAY-1',
    resourceTypes: ['AWS::StorageGateway::Volume', 'AWS::StorageGateway::Tape'],
    requirement: 'Storage Gateway volumes and virtual tapes must set KMSEncrypted true with a customer-managed KMSKey.',
    fix: 'Gateway volumes and tapes hold file data and backups in S3; with KMSEncrypted false (the default) they use an '
      + 'S3-managed key. Set KMSEncrypted: true and KMSKey to a PhiKey\'s ARN.',
    checks: [
      { kind: 'true', path: 'KMSEncrypted', absentMeans: false },
      { kind: 'customer-managed-key', path: 'KMSKey' },
    ],
  },
];
