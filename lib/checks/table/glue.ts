import { TableEntry } from './entry';

const ENC = 'EncryptionConfiguration';
const CATALOG = 'DataCatalogEncryptionSettings';

/** AWS Glue (controls DS-GLUE-*). */
export const GLUE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'GlueSecurityConfigurationEncryption',
    controlId: 'DS-GLUE-1',
    resourceTypes: ['AWS::Glue::SecurityConfiguration'],
    requirement: 'Glue security configurations must encrypt S3 output with SSE-KMS, CloudWatch logs with SSE-KMS and job '
      + 'bookmarks with CSE-KMS, each with a customer-managed key.',
    fix: 'Each mode defaults to DISABLED: job output, job logs (which print records) and bookmarks are then written '
      + 'without Glue encryption. Set S3Encryptions [{ S3EncryptionMode: SSE-KMS, KmsKeyArn }], CloudWatchEncryption '
      + '{ CloudWatchEncryptionMode: SSE-KMS, KmsKeyArn } and JobBookmarksEncryption { JobBookmarksEncryptionMode: CSE-KMS, '
      + 'KmsKeyArn }, naming a PhiKey, and attach the configuration to every job, crawler and endpoint.',
    checks: [
      { kind: 'one-of', path: `${ENC}.S3Encryptions[].S3EncryptionMode`, allowed: ['SSE-KMS'] },
      { kind: 'customer-managed-key', path: `${ENC}.S3Encryptions[].KmsKeyArn` },
      { kind: 'one-of', path: `${ENC}.CloudWatchEncryption.CloudWatchEncryptionMode`, allowed: ['SSE-KMS'] },
      { kind: 'customer-managed-key', path: `${ENC}.CloudWatchEncryption.KmsKeyArn` },
      { kind: 'one-of', path: `${ENC}.JobBookmarksEncryption.JobBookmarksEncryptionMode`, allowed: ['CSE-KMS'] },
      { kind: 'customer-managed-key', path: `${ENC}.JobBookmarksEncryption.KmsKeyArn` },
    ],
  },
  {
    name: 'GlueDataCatalogEncryption',
    controlId: 'DS-GLUE-2',
    resourceTypes: ['AWS::Glue::DataCatalogEncryptionSettings'],
    requirement: 'Glue Data Catalog encryption settings must encrypt the catalog at rest with SSE-KMS under a customer-managed key.',
    fix: 'With CatalogEncryptionMode DISABLED (the default) table, partition and column metadata (partition values can be '
      + 'patient or visit ids) is not encrypted with a key the practice controls, and SSE-KMS without SseAwsKmsKeyId uses '
      + 'the AWS-managed key aws/glue. Set CatalogEncryptionMode SSE-KMS and SseAwsKmsKeyId to a PhiKey.',
    checks: [
      { kind: 'one-of', path: `${CATALOG}.EncryptionAtRest.CatalogEncryptionMode`, allowed: ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'] },
      { kind: 'customer-managed-key', path: `${CATALOG}.EncryptionAtRest.SseAwsKmsKeyId` },
    ],
  },
  {
    name: 'GlueConnectionPasswordEncryption',
    controlId: 'DS-GLUE-2',
    resourceTypes: ['AWS::Glue::DataCatalogEncryptionSettings'],
    requirement: 'Glue Data Catalog encryption settings must encrypt connection passwords with a customer-managed key '
      + '(ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted true, KmsKeyId).',
    fix: 'Connection passwords open the databases that hold ePHI; without password encryption GetConnection returns them '
      + 'in clear text to anyone allowed to read the catalog. Set ReturnConnectionPasswordEncrypted: true and KmsKeyId to a PhiKey.',
    checks: [
      { kind: 'true', path: `${CATALOG}.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted`, absentMeans: false },
      { kind: 'customer-managed-key', path: `${CATALOG}.ConnectionPasswordEncryption.KmsKeyId` },
    ],
  },
  {
    name: 'GlueJdbcConnectionSsl',
    controlId: 'DS-GLUE-3',
    resourceTypes: ['AWS::Glue::Connection'],
    requirement: 'Glue JDBC connections must set ConnectionProperties.JDBC_ENFORCE_SSL to "true".',
    fix: 'JDBC_ENFORCE_SSL defaults to false: Glue then connects without requiring SSL and host-name matching, so records '
      + 'read from or written to the database can cross the network in clear text. Set JDBC_ENFORCE_SSL: "true".',
    checks: [{ kind: 'one-of', path: 'ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL', allowed: ['true'], absentMeans: 'false' }],
    when: { path: 'ConnectionInput.ConnectionType', equals: ['JDBC'] },
  },
  {
    name: 'GlueKafkaConnectionSsl',
    controlId: 'DS-GLUE-3',
    resourceTypes: ['AWS::Glue::Connection'],
    requirement: 'Glue Kafka connections must not turn SSL off (ConnectionProperties.KAFKA_SSL_ENABLED "true", the default).',
    fix: 'KAFKA_SSL_ENABLED "false" makes Glue read and write Kafka records in clear text. Remove it or set it to "true".',
    checks: [{ kind: 'one-of', path: 'ConnectionInput.ConnectionProperties.KAFKA_SSL_ENABLED', allowed: ['true'], absentMeans: 'true' }],
    when: { path: 'ConnectionInput.ConnectionType', equals: ['KAFKA'] },
  },
  {
    name: 'GlueMlTransformCustomerManagedKey',
    controlId: 'DS-GLUE-4',
    resourceTypes: ['AWS::Glue::MLTransform'],
    requirement: 'Glue ML transforms must encrypt user data with SSE-KMS under a customer-managed key '
      + '(TransformEncryption.MLUserDataEncryption).',
    fix: 'FindMatches transforms learn from and label records (patient matching); without MLUserDataEncryptionMode SSEKMS '
      + 'and a KmsKeyId the labels and trained transform are not under a key the practice controls. Set both, naming a PhiKey.',
    checks: [
      { kind: 'one-of', path: 'TransformEncryption.MLUserDataEncryption.MLUserDataEncryptionMode', allowed: ['SSEKMS'] },
      { kind: 'customer-managed-key', path: 'TransformEncryption.MLUserDataEncryption.KmsKeyId' },
    ],
  },
  {
    name: 'GlueZeroEtlIntegrationCustomerManagedKey',
    controlId: 'DS-GLUE-4',
    resourceTypes: ['AWS::Glue::Integration'],
    requirement: 'Glue zero-ETL integrations must name a customer-managed KMS key (KmsKeyId).',
    fix: 'An integration replicates every record of its source; without KmsKeyId the data in flight through the integration '
      + 'is encrypted with an AWS-owned key. Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'GlueIntegrationTargetCustomerManagedKey',
    controlId: 'DS-GLUE-4',
    resourceTypes: ['AWS::Glue::IntegrationResourceProperty'],
    requirement: 'Glue integration target processing settings must name a customer-managed KMS key (TargetProcessingProperties.KmsArn).',
    fix: 'The target of a zero-ETL integration receives every replicated record; set TargetProcessingProperties.KmsArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'TargetProcessingProperties.KmsArn' }],
    when: { path: 'TargetProcessingProperties.RoleArn' },
  },
  {
    name: 'GlueCatalogStagingCustomerManagedKey',
    controlId: 'DS-GLUE-4',
    resourceTypes: ['AWS::Glue::Catalog'],
    requirement: 'Glue catalogs with data lake access must name a customer-managed KMS key for their staging bucket '
      + '(DataLakeAccessProperties.KmsKey).',
    fix: 'The staging bucket created with the catalog holds data in transfer to and from Redshift; set '
      + 'DataLakeAccessProperties.KmsKey to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'CatalogProperties.DataLakeAccessProperties.KmsKey' }],
    when: { path: 'CatalogProperties.DataLakeAccessProperties.DataLakeAccess', equals: [true] },
  },
];
