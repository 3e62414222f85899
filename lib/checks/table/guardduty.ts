import { TableEntry } from './entry';

/** Amazon GuardDuty finding exports (control DS-GUARDDUTY-1). */
export const GUARDDUTY_ENTRIES: readonly TableEntry[] = [
  {
    name: 'GuardDutyExportCustomerManagedKey',
    controlId: 'DS-GUARDDUTY-1',
    resourceTypes: ['AWS::GuardDuty::PublishingDestination'],
    requirement: 'GuardDuty publishing destinations must name a customer-managed KMS key (DestinationProperties.KmsKeyArn).',
    fix: 'Exported findings name the resources, object keys and principals involved in incidents around ePHI stores; '
      + 'encrypt them with a PhiKey the security team controls (an AWS-managed alias cannot be granted to GuardDuty).',
    checks: [{ kind: 'customer-managed-key', path: 'DestinationProperties.KmsKeyArn' }],
  },
];
