import { TableEntry } from './entry';

/** Amazon Neptune Analytics (control DS-NEPTUNE-20). */
export const NEPTUNEGRAPH_ENTRIES: readonly TableEntry[] = [
  {
    name: 'NeptuneGraphCustomerManagedKey',
    controlId: 'DS-NEPTUNE-20',
    resourceTypes: ['AWS::NeptuneGraph::Graph'],
    requirement: 'Neptune Analytics graphs must name a customer-managed KMS key (KmsKeyIdentifier).',
    fix: 'Without KmsKeyIdentifier the graph is encrypted with an AWS-managed key. Set KmsKeyIdentifier to a PhiKey\'s ARN '
      + '(fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyIdentifier' }],
  },
];
