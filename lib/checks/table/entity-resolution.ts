import { TableEntry } from './entry';

const FIX = 'Matching output links patient records across systems; without KMSArn AWS Entity Resolution encrypts it '
  + 'with a service-managed key. Set every OutputSourceConfig KMSArn to a PhiKey.';

/** AWS Entity Resolution workflows (control DS-ENTITYRES-1). */
export const ENTITY_RESOLUTION_ENTRIES: readonly TableEntry[] = [
  {
    name: 'EntityResolutionMatchingCustomerManagedKey',
    controlId: 'DS-ENTITYRES-1',
    resourceTypes: ['AWS::EntityResolution::MatchingWorkflow'],
    requirement: 'Entity Resolution matching workflows must name a customer-managed KMS key for every output (OutputSourceConfig[].KMSArn).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: 'OutputSourceConfig[].KMSArn' }],
  },
  {
    name: 'EntityResolutionIdMappingCustomerManagedKey',
    controlId: 'DS-ENTITYRES-1',
    resourceTypes: ['AWS::EntityResolution::IdMappingWorkflow'],
    requirement: 'Entity Resolution ID mapping workflows with an output must name a customer-managed KMS key (OutputSourceConfig[].KMSArn).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: 'OutputSourceConfig[].KMSArn' }],
    when: { path: 'OutputSourceConfig[].OutputS3Path' },
  },
];
