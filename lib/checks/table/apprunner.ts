import { TableEntry } from './entry';

/** AWS App Runner services (control DS-APPRUNNER-1). */
export const APPRUNNER_ENTRIES: readonly TableEntry[] = [
  {
    name: 'AppRunnerServiceCustomerManagedKey',
    controlId: 'DS-APPRUNNER-1',
    resourceTypes: ['AWS::AppRunner::Service'],
    requirement: 'App Runner services must name a customer-managed KMS key (EncryptionConfiguration.KmsKey).',
    fix: 'App Runner keeps a copy of the source repository and the service logs (which can carry request data); by default '
      + 'they are encrypted with an AWS-managed key. Set EncryptionConfiguration.KmsKey to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKey' }],
  },
];
