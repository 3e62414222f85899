import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Connect: the practice contact centre. */
export const CONNECT_CONTROLS = defineControls([
  {
    id: 'DS-CONNECT-1',
    title: 'Connect recordings, transcripts and media streams encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Connect instance storage configs for S3 and Kinesis Video Streams name a customer-managed KMS key.',
    ruleIds: ['DermaShield-ConnectS3StorageCustomerManagedKey', 'DermaShield-ConnectMediaStreamCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
