import { TableEntry } from './entry';

/** Amazon MSK Connect connectors (control DS-KAFKACONNECT-1). */
export const KAFKA_CONNECT_ENTRIES: readonly TableEntry[] = [
  {
    name: 'KafkaConnectorTls',
    controlId: 'DS-KAFKACONNECT-1',
    resourceTypes: ['AWS::KafkaConnect::Connector'],
    requirement: 'MSK Connect connectors must reach their Kafka cluster over TLS (KafkaClusterEncryptionInTransit.EncryptionType TLS).',
    fix: 'EncryptionType PLAINTEXT sends every record the connector moves in clear text. Set it to TLS (the cluster must offer TLS).',
    checks: [{ kind: 'one-of', path: 'KafkaClusterEncryptionInTransit.EncryptionType', allowed: ['TLS'] }],
  },
];
