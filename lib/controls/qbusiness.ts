import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Q Business. */
export const QBUSINESS_CONTROLS = defineControls([
  {
    id: 'DS-QBUSINESS-1',
    title: 'Amazon Q Business applications encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Applications name a customer-managed EncryptionConfiguration.KmsKeyId.',
    ruleIds: ['DermaShield-QBusinessCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
