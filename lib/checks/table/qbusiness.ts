import { TableEntry } from './entry';

/** Amazon Q Business (control DS-QBUSINESS-1). */
export const QBUSINESS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'QBusinessCustomerManagedKey',
    controlId: 'DS-QBUSINESS-1',
    resourceTypes: ['AWS::QBusiness::Application'],
    requirement: 'Amazon Q Business applications must name a customer-managed KMS key (EncryptionConfiguration.KmsKeyId).',
    fix: 'The application indexes the practice\'s documents and keeps conversations; without EncryptionConfiguration they are encrypted with an AWS-owned key. Set EncryptionConfiguration.KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyId' }],
  },
];
