import { TableEntry } from './entry';

/** Amazon Connect Customer Profiles (control DS-CUSTOMERPROFILES-1). */
export const CUSTOMERPROFILES_ENTRIES: readonly TableEntry[] = [
  {
    name: 'CustomerProfilesDomainCustomerManagedKey',
    controlId: 'DS-CUSTOMERPROFILES-1',
    resourceTypes: ['AWS::CustomerProfiles::Domain'],
    requirement: 'Customer Profiles domains must name a customer-managed KMS key (DefaultEncryptionKey).',
    fix: 'The domain stores unified patient profiles (contact details, contact history, integrated records). Without '
      + 'DefaultEncryptionKey they are encrypted with an AWS-managed key. Set DefaultEncryptionKey to a PhiKey\'s keyArn.',
    checks: [{ kind: 'customer-managed-key', path: 'DefaultEncryptionKey' }],
  },
  {
    name: 'CustomerProfilesIntegrationCustomerManagedKey',
    controlId: 'DS-CUSTOMERPROFILES-1',
    resourceTypes: ['AWS::CustomerProfiles::Integration'],
    requirement: 'Customer Profiles integrations with a FlowDefinition must name a customer-managed KMS key (FlowDefinition.KmsArn).',
    fix: 'The AppFlow flow behind the integration copies records from the source application; FlowDefinition.KmsArn encrypts '
      + 'them in transit storage. Use a PhiKey\'s keyArn, not the AppFlow-managed key.',
    checks: [{ kind: 'customer-managed-key', path: 'FlowDefinition.KmsArn' }],
    when: { path: 'FlowDefinition.FlowName' },
  },
];
