import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Managed Service for Apache Flink (Kinesis Data Analytics v2): stream processing of records. */
export const FLINK_CONTROLS = defineControls([
  {
    id: 'DS-FLINK-1',
    title: 'Flink application state encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Managed Service for Apache Flink applications encrypt running state, checkpoints and snapshots with a customer-managed KMS key.',
    ruleIds: ['DermaShield-FlinkApplicationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
