import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS HealthOmics: genomic sequence, reference, variant and annotation stores. */
export const OMICS_CONTROLS = defineControls([
  {
    id: 'DS-OMICS-1',
    title: 'HealthOmics stores encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'HealthOmics stores set SseConfig with a customer-managed KeyArn; the default is an AWS-owned key.',
    ruleIds: ['DermaShield-OmicsStoreCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
