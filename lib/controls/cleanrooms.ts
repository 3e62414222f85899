import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Clean Rooms: collaborative analysis with partners. */
export const CLEANROOMS_CONTROLS = defineControls([
  {
    id: 'DS-CLEANROOMS-1',
    title: 'Clean Rooms ID mapping and intermediate tables encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Clean Rooms ID mapping tables and intermediate tables name a customer-managed KMS key.',
    ruleIds: ['DermaShield-CleanRoomsIdMappingTableCustomerManagedKey', 'DermaShield-CleanRoomsIntermediateTableCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
