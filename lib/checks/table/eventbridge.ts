import { TableEntry } from './entry';

const FIX = 'Events can carry ePHI (appointment changes, lab results, record ids with names); without a customer-managed '
  + 'key EventBridge encrypts them with an AWS-owned key the practice cannot restrict or audit. Set the key to a PhiKey.';

/** Amazon EventBridge event buses, archives and managed sources (control DS-EVENTS-1). */
export const EVENTBRIDGE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'EventBusCustomerManagedKey',
    controlId: 'DS-EVENTS-1',
    resourceTypes: ['AWS::Events::EventBus'],
    requirement: 'EventBridge event buses must name a customer-managed KMS key (KmsKeyIdentifier).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyIdentifier' }],
  },
  {
    name: 'EventBusV2CustomerManagedKey',
    controlId: 'DS-EVENTS-1',
    resourceTypes: ['AWS::EventsV2::EventBus'],
    requirement: 'EventBridge event buses must name a customer-managed KMS key (EncryptionConfiguration.KmsKeyIdentifier).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyIdentifier' }],
  },
  {
    name: 'EventArchiveCustomerManagedKey',
    controlId: 'DS-EVENTS-1',
    resourceTypes: ['AWS::Events::Archive'],
    requirement: 'EventBridge archives must name a customer-managed KMS key (KmsKeyIdentifier).',
    fix: `An archive keeps every matching event for its retention period. ${FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyIdentifier' }],
  },
  {
    name: 'EventPartnerBusCustomerManagedKey',
    controlId: 'DS-EVENTS-1',
    resourceTypes: ['AWS::EventsV2::EventSource'],
    requirement: 'Managed partner event sources must name a customer-managed KMS key for the partner event bus '
      + '(PartnerEventsConfiguration.PartnerBusKmsKeyIdentifier).',
    fix: `Partner events come from SaaS systems (an EHR, a scheduling tool). ${FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'Configuration.PartnerEventsConfiguration.PartnerBusKmsKeyIdentifier' }],
    when: { path: 'Configuration.PartnerEventsConfiguration.PartnerEventSourceArn' },
  },
];
