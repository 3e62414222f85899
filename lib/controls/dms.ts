import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Database Migration Service: moving EHR databases. */
export const DMS_CONTROLS = defineControls([
  {
    id: 'DS-DMS-1',
    title: 'DMS endpoints connect with TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'DMS database endpoints set SslMode require, verify-ca or verify-full, Redis and Kafka endpoints use TLS, and data providers set SslMode.',
    ruleIds: ['DermaShield-DmsEndpointSsl', 'DermaShield-DmsRedisEndpointTls', 'DermaShield-DmsKafkaEndpointTls', 'DermaShield-DmsDataProviderSsl'],
    configRules: [{ identifier: 'DMS_ENDPOINT_SSL_CONFIGURED', resourceTypes: ['AWS::DMS::Endpoint'] }],
  },
  {
    id: 'DS-DMS-3',
    title: 'DMS replication storage encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DMS replication instances and serverless replication configs name a customer-managed KMS key.',
    ruleIds: ['DermaShield-DmsReplicationInstanceCustomerManagedKey', 'DermaShield-DmsReplicationConfigCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-DMS-2',
    title: 'DMS files staged in S3 encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DMS S3 and Redshift target endpoints set EncryptionMode SSE_KMS with a customer-managed ServerSideEncryptionKmsKeyId.',
    ruleIds: ['DermaShield-DmsS3TargetCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
