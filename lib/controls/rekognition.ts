import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Rekognition streaming video. */
export const REKOGNITION_CONTROLS = defineControls([
  {
    id: 'DS-REKOGNITION-1',
    title: 'Rekognition stream processor results encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Stream processors that publish to S3 name a customer-managed KmsKeyId.',
    ruleIds: ['DermaShield-RekognitionStreamProcessorCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
