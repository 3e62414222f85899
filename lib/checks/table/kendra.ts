import { TableEntry } from './entry';

/** Amazon Kendra indexes (control DS-KENDRA-1). */
export const KENDRA_ENTRIES: readonly TableEntry[] = [
  {
    name: 'KendraIndexCustomerManagedKey',
    controlId: 'DS-KENDRA-1',
    resourceTypes: ['AWS::Kendra::Index'],
    requirement: 'Kendra indexes must name a customer-managed KMS key (ServerSideEncryptionConfiguration.KmsKeyId).',
    fix: 'An index stores the text of every document it crawled (clinical notes, letters); without KmsKeyId Kendra uses '
      + 'an AWS-owned key. Set ServerSideEncryptionConfiguration.KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'ServerSideEncryptionConfiguration.KmsKeyId' }],
  },
];
