import { TableEntry } from './entry';

/** Amazon RDS zero-ETL integrations (control DS-RDS-20). */
export const RDS_MORE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'RdsIntegrationCustomerManagedKey',
    controlId: 'DS-RDS-20',
    resourceTypes: ['AWS::RDS::Integration'],
    requirement: 'RDS zero-ETL integrations must name a customer-managed KMS key (KMSKeyId).',
    fix: 'The integration replicates database rows (patient records) into the target warehouse; without KMSKeyId RDS uses '
      + 'an AWS-owned key for the integration. Set KMSKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KMSKeyId' }],
  },
];
