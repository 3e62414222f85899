import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Storage Gateway. */
export const STORAGEGATEWAY_CONTROLS = defineControls([
  {
    id: 'DS-STORAGEGATEWAY-1',
    title: 'Storage Gateway tapes and volumes encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Tapes and volumes set KMSEncrypted true and a customer-managed KMSKey.',
    ruleIds: ['DermaShield-StorageGatewayCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
