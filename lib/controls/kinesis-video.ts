import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Kinesis Video Streams: telehealth and exam-room video. */
export const KINESIS_VIDEO_CONTROLS = defineControls([
  {
    id: 'DS-KVS-1',
    title: 'Kinesis video streams encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Kinesis video streams name a customer-managed KMS key.',
    ruleIds: ['DermaShield-KinesisVideoStreamCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
