import { TableEntry } from './entry';

/** DynamoDB Accelerator (DAX) clusters (controls DS-DAX-*). */
export const DAX_ENTRIES: readonly TableEntry[] = [
  {
    name: 'DaxClusterEncryptionAtRest',
    controlId: 'DS-DAX-1',
    resourceTypes: ['AWS::DAX::Cluster'],
    requirement: 'DAX clusters must set SSESpecification.SSEEnabled to true.',
    fix: 'DAX caches DynamoDB items (patient records) in memory and on node storage; without SSESpecification.SSEEnabled '
      + 'the cache, its configuration and logs are not encrypted at rest. DAX offers only an AWS-owned key, so enabling '
      + 'SSE is the whole control. Set it at creation (a new cluster is needed).',
    checks: [{ kind: 'true', path: 'SSESpecification.SSEEnabled', absentMeans: false }],
  },
  {
    name: 'DaxClusterTlsEndpoint',
    controlId: 'DS-DAX-2',
    resourceTypes: ['AWS::DAX::Cluster'],
    requirement: 'DAX clusters must set ClusterEndpointEncryptionType to TLS.',
    fix: 'The default ClusterEndpointEncryptionType NONE serves cached items to clients in cleartext. Set it to TLS at '
      + 'creation (a new cluster is needed) and connect with the daxs:// endpoint.',
    checks: [{ kind: 'one-of', path: 'ClusterEndpointEncryptionType', allowed: ['TLS'], absentMeans: 'NONE' }],
  },
];
