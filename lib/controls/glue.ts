import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Glue: ETL jobs, the Data Catalog and the connections to clinical databases. */
export const GLUE_CONTROLS = defineControls([
  {
    id: 'DS-GLUE-1',
    title: 'Glue security configurations encrypt job output, logs and bookmarks',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Glue security configurations encrypt S3 output (SSE-KMS), CloudWatch logs (SSE-KMS) and job bookmarks (CSE-KMS) with customer-managed keys.',
    ruleIds: ['DermaShield-GlueSecurityConfigurationEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-GLUE-2',
    title: 'Glue Data Catalog and connection passwords encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'The Glue Data Catalog is encrypted at rest with SSE-KMS and connection passwords are encrypted, both under customer-managed keys.',
    ruleIds: ['DermaShield-GlueDataCatalogEncryption', 'DermaShield-GlueConnectionPasswordEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-GLUE-3',
    title: 'Glue connections require SSL',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Glue JDBC connections enforce SSL (JDBC_ENFORCE_SSL) and Kafka connections keep SSL on.',
    ruleIds: ['DermaShield-GlueJdbcConnectionSsl', 'DermaShield-GlueKafkaConnectionSsl'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-GLUE-4',
    title: 'Glue ML transforms, zero-ETL integrations and catalog staging encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Glue ML transforms, zero-ETL integrations and their targets, and data-lake catalog staging buckets name a customer-managed KMS key.',
    ruleIds: ['DermaShield-GlueMlTransformCustomerManagedKey', 'DermaShield-GlueZeroEtlIntegrationCustomerManagedKey', 'DermaShield-GlueIntegrationTargetCustomerManagedKey', 'DermaShield-GlueCatalogStagingCustomerManagedKey'],
    configRules: [{ identifier: 'GLUE_ML_TRANSFORM_ENCRYPTED_AT_REST', resourceTypes: ['AWS::Glue::MLTransform'], caveat: 'Fails only MLUserDataEncryptionMode DISABLED; it does not tell a customer-managed key from another key.' }],
  },
]);
