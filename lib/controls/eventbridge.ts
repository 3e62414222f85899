import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon EventBridge: event buses that carry appointment and record events. */
export const EVENTBRIDGE_CONTROLS = defineControls([
  {
    id: 'DS-EVENTS-1',
    title: 'EventBridge buses and archives encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EventBridge event buses, archives and managed partner buses name a customer-managed KMS key.',
    ruleIds: ['DermaShield-EventBusCustomerManagedKey', 'DermaShield-EventBusV2CustomerManagedKey', 'DermaShield-EventArchiveCustomerManagedKey', 'DermaShield-EventPartnerBusCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
