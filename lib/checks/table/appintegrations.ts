import { TableEntry } from './entry';

/** AWS AppIntegrations data integrations (control DS-APPINTEGRATIONS-1). */
export const APPINTEGRATIONS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'AppIntegrationsDataIntegrationCustomerManagedKey',
    controlId: 'DS-APPINTEGRATIONS-1',
    resourceTypes: ['AWS::AppIntegrations::DataIntegration'],
    requirement: 'AppIntegrations data integrations must name a customer-managed KMS key (KmsKey).',
    fix: 'A data integration copies records from an external application into Amazon Connect; KmsKey encrypts them. Use a '
      + 'PhiKey\'s keyArn, not an AWS-managed key.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKey' }],
  },
];
