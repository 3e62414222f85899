import { TableEntry } from './entry';

/** Engines whose DMS endpoints take SslMode (relational and document databases). */
const SSL_ENGINES = ['mysql', 'mariadb', 'aurora', 'aurora-postgresql', 'aurora-serverless', 'postgres', 'oracle', 'sqlserver',
  'azuredb', 'azure-sql-managed-instance', 'babelfish', 'sybase', 'db2', 'db2-zos', 'mongodb', 'docdb'];

/** AWS Database Migration Service (controls DS-DMS-*). */
export const DMS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'DmsEndpointSsl',
    controlId: 'DS-DMS-1',
    resourceTypes: ['AWS::DMS::Endpoint'],
    requirement: 'DMS database endpoints must set SslMode to require, verify-ca or verify-full.',
    fix: 'The default SslMode none moves every migrated row between the database and the replication instance in cleartext. '
      + 'Set SslMode verify-full (or verify-ca) with the database\'s CA certificate (CertificateArn); require encrypts without '
      + 'verifying the server.',
    checks: [{ kind: 'one-of', path: 'SslMode', allowed: ['verify-full', 'verify-ca', 'require'], absentMeans: 'none' }],
    when: { path: 'EngineName', equals: SSL_ENGINES },
  },
  {
    name: 'DmsRedisEndpointTls',
    controlId: 'DS-DMS-1',
    resourceTypes: ['AWS::DMS::Endpoint'],
    requirement: 'DMS Redis endpoints must keep RedisSettings.SslSecurityProtocol ssl-encryption.',
    fix: 'SslSecurityProtocol plaintext writes migrated data to Redis in cleartext; the default ssl-encryption uses TLS. '
      + 'Remove plaintext.',
    checks: [{ kind: 'one-of', path: 'RedisSettings.SslSecurityProtocol', allowed: ['ssl-encryption'], absentMeans: 'ssl-encryption' }],
    when: { path: 'EngineName', equals: ['redis'] },
  },
  {
    name: 'DmsKafkaEndpointTls',
    controlId: 'DS-DMS-1',
    resourceTypes: ['AWS::DMS::Endpoint'],
    requirement: 'DMS Kafka endpoints must set KafkaSettings.SecurityProtocol to ssl-encryption, ssl-authentication or sasl-ssl.',
    fix: 'Without SecurityProtocol DMS publishes the migrated change events to the brokers in plaintext. Set ssl-encryption '
      + '(or sasl-ssl / ssl-authentication, which add client authentication) and use the brokers\' TLS listener.',
    checks: [{ kind: 'one-of', path: 'KafkaSettings.SecurityProtocol', allowed: ['ssl-encryption', 'ssl-authentication', 'sasl-ssl'], absentMeans: 'plaintext' }],
    when: { path: 'EngineName', equals: ['kafka'] },
  },
  {
    name: 'DmsReplicationInstanceCustomerManagedKey',
    controlId: 'DS-DMS-3',
    resourceTypes: ['AWS::DMS::ReplicationInstance'],
    requirement: 'DMS replication instances must name a customer-managed KMS key (KmsKeyId).',
    fix: 'The replication instance stores cached changes, task logs and swap files of the data it migrates. Without KmsKeyId '
      + 'its storage is encrypted with the AWS-managed aws/dms key. Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'DmsReplicationConfigCustomerManagedKey',
    controlId: 'DS-DMS-3',
    resourceTypes: ['AWS::DMS::ReplicationConfig'],
    requirement: 'DMS Serverless replication configs must name a customer-managed KMS key (ComputeConfig.KmsKeyId).',
    fix: 'The serverless replication\'s storage holds the data it migrates; without ComputeConfig.KmsKeyId it is encrypted '
      + 'with the AWS-managed aws/dms key. Set it to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'ComputeConfig.KmsKeyId' }],
  },
];
