import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Location Service: device tracking and geofencing for home care. */
export const LOCATION_CONTROLS = defineControls([
  {
    id: 'DS-LOCATION-1',
    title: 'Location trackers and geofence collections encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Amazon Location trackers and geofence collections name a customer-managed KMS key.',
    ruleIds: ['DermaShield-LocationTrackerCustomerManagedKey', 'DermaShield-LocationGeofenceCollectionCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
