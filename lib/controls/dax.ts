import { HIPAA } from './citations';
import { defineControls } from './types';

/** DynamoDB Accelerator (DAX): in-memory cache in front of DynamoDB tables. */
export const DAX_CONTROLS = defineControls([
  {
    id: 'DS-DAX-1',
    title: 'DAX clusters encrypted at rest',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DAX clusters enable server-side encryption (SSESpecification.SSEEnabled).',
    ruleIds: ['DermaShield-DaxClusterEncryptionAtRest'],
    configRules: [{ identifier: 'DAX_ENCRYPTION_ENABLED', resourceTypes: ['AWS::DAX::Cluster'] }],
  },
  {
    id: 'DS-DAX-2',
    title: 'DAX cluster endpoints use TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'DAX clusters set ClusterEndpointEncryptionType TLS.',
    ruleIds: ['DermaShield-DaxClusterTlsEndpoint'],
    configRules: [{ identifier: 'DAX_TLS_ENDPOINT_ENCRYPTION', resourceTypes: ['AWS::DAX::Cluster'] }],
  },
]);
