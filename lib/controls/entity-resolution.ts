import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Entity Resolution: matching patient records across systems. */
export const ENTITY_RESOLUTION_CONTROLS = defineControls([
  {
    id: 'DS-ENTITYRES-1',
    title: 'Entity Resolution output encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Entity Resolution matching and ID mapping workflows name a customer-managed KMS key for their output.',
    ruleIds: ['DermaShield-EntityResolutionMatchingCustomerManagedKey', 'DermaShield-EntityResolutionIdMappingCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
