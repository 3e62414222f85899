import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Kinesis Data Firehose destinations: where streamed ePHI lands (the stream's own encryption is DS-KINESIS-2). */
export const FIREHOSE_CONTROLS = defineControls([
  {
    id: 'DS-FIREHOSE-1',
    title: 'Firehose S3 destinations and backups encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Every S3 leg of a delivery stream (destination, intermediate and backup buckets) is encrypted with a customer-managed key or lands in a bucket whose default encryption is judged.',
    ruleIds: ['DermaShield-FirehoseDestinationCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-FIREHOSE-2',
    title: 'Firehose HTTP endpoint destinations use HTTPS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'HTTP endpoint destinations deliver only to https:// URLs.',
    ruleIds: ['DermaShield-FirehoseHttpEndpointHttps'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
