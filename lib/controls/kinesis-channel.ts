import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Kinesis Data Streams channels that deliver stream records to S3 and S3 Tables. */
export const KINESIS_CHANNEL_CONTROLS = defineControls([
  {
    id: 'DS-KINESIS-20',
    title: 'Kinesis channel deliveries encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Kinesis channels encrypt the data they deliver with a customer-managed KMS key.',
    ruleIds: ['DermaShield-KinesisChannelCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
