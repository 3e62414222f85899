import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon MSK Connect: connectors that move records in and out of Kafka. */
export const KAFKA_CONNECT_CONTROLS = defineControls([
  {
    id: 'DS-KAFKACONNECT-1',
    title: 'MSK Connect connectors use TLS to the Kafka cluster',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'MSK Connect connectors reach their Kafka cluster over TLS.',
    ruleIds: ['DermaShield-KafkaConnectorTls'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
