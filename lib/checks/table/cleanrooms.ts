import { TableEntry } from './entry';

/** AWS Clean Rooms tables the service materialises (control DS-CLEANROOMS-1). */
export const CLEANROOMS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'CleanRoomsIdMappingTableCustomerManagedKey',
    controlId: 'DS-CLEANROOMS-1',
    resourceTypes: ['AWS::CleanRooms::IdMappingTable'],
    requirement: 'Clean Rooms ID mapping tables must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'An ID mapping table links patient identifiers across collaborators; without KmsKeyArn it is encrypted with a '
      + 'key AWS owns or manages. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
  {
    name: 'CleanRoomsIntermediateTableCustomerManagedKey',
    controlId: 'DS-CLEANROOMS-1',
    resourceTypes: ['AWS::CleanRooms::IntermediateTable'],
    requirement: 'Clean Rooms intermediate tables must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'An intermediate table stores query results derived from the collaborators\' data; without KmsKeyArn it is encrypted '
      + 'with a key AWS owns or manages. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
];
