import { TableEntry } from './entry';

/** AWS HealthOmics stores (control DS-OMICS-1). */
export const OMICS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'OmicsStoreCustomerManagedKey',
    controlId: 'DS-OMICS-1',
    resourceTypes: ['AWS::Omics::SequenceStore', 'AWS::Omics::ReferenceStore', 'AWS::Omics::VariantStore', 'AWS::Omics::AnnotationStore'],
    requirement: 'HealthOmics sequence, reference, variant and annotation stores must name a customer-managed key (SseConfig.KeyArn).',
    fix: 'Genomic data identifies the patient. Without SseConfig the store is encrypted with an AWS-owned key. Set '
      + 'SseConfig to Type KMS and KeyArn to a PhiKey\'s ARN (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'SseConfig.KeyArn' }],
  },
];
