import { TableEntry } from './entry';

/** Amazon Translate custom parallel data (control DS-TRANSLATE-1). */
export const TRANSLATE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'TranslateParallelDataCustomerManagedKey',
    controlId: 'DS-TRANSLATE-1',
    resourceTypes: ['AWS::Translate::ParallelData'],
    requirement: 'Translate parallel data must name a customer-managed KMS key (EncryptionKey Type KMS, Id).',
    fix: 'Parallel data is example source and target text, which may be drawn from patient letters; without EncryptionKey it is encrypted with an AWS-owned key. Set EncryptionKey to Type KMS and Id to a PhiKey\'s ARN.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionKey.Id' }],
  },
];
