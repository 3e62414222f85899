import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Neptune Analytics. */
export const NEPTUNEGRAPH_CONTROLS = defineControls([
  {
    id: 'DS-NEPTUNE-20',
    title: 'Neptune Analytics graphs encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Graphs name a customer-managed KmsKeyIdentifier; the default is an AWS-managed key.',
    ruleIds: ['DermaShield-NeptuneGraphCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
