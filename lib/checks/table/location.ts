import { TableEntry } from './entry';

const FIX = 'Device positions and geofence events of patients (home-visit staff, remote-monitoring devices) are ePHI; '
  + 'without KmsKeyId Amazon Location encrypts them with an AWS-owned key. Set KmsKeyId to a PhiKey (fixed at creation).';

/** Amazon Location Service trackers and geofence collections (control DS-LOCATION-1). */
export const LOCATION_ENTRIES: readonly TableEntry[] = [
  {
    name: 'LocationTrackerCustomerManagedKey',
    controlId: 'DS-LOCATION-1',
    resourceTypes: ['AWS::Location::Tracker'],
    requirement: 'Amazon Location trackers must name a customer-managed KMS key (KmsKeyId).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'LocationGeofenceCollectionCustomerManagedKey',
    controlId: 'DS-LOCATION-1',
    resourceTypes: ['AWS::Location::GeofenceCollection'],
    requirement: 'Amazon Location geofence collections must name a customer-managed KMS key (KmsKeyId).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
