import { TableEntry } from './entry';

/** Amazon AppFlow flows (control DS-APPFLOW-1). */
export const APPFLOW_ENTRIES: readonly TableEntry[] = [
  {
    name: 'AppFlowFlowCustomerManagedKey',
    controlId: 'DS-APPFLOW-1',
    resourceTypes: ['AWS::AppFlow::Flow'],
    requirement: 'AppFlow flows must name a customer-managed KMS key (KMSArn).',
    fix: 'Flows copy records out of SaaS applications (CRM, EHR integrations); without KMSArn AppFlow encrypts the data it '
      + 'stages with the AppFlow-managed key. Set KMSArn to a PhiKey\'s keyArn.',
    checks: [{ kind: 'customer-managed-key', path: 'KMSArn' }],
  },
];
