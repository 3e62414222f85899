import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon CloudWatch Synthetics. */
export const SYNTHETICS_CONTROLS = defineControls([
  {
    id: 'DS-SYNTHETICS-1',
    title: 'Synthetics canary artifacts encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Canaries set ArtifactConfig.S3Encryption to SSE_KMS with a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-SyntheticsArtifactCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
