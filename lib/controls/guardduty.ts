import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon GuardDuty: exported threat findings about the ePHI environment. */
export const GUARDDUTY_CONTROLS = defineControls([
  {
    id: 'DS-GUARDDUTY-1',
    title: 'GuardDuty finding exports encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'GuardDuty publishing destinations encrypt exported findings with a customer-managed KMS key.',
    ruleIds: ['DermaShield-GuardDutyExportCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
