import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** ElastiCache (Redis OSS / Valkey): session and lookup caches that hold ePHI. */
export const ELASTICACHE_CONTROLS = defineControls([
  {
    id: 'DS-ELASTICACHE-1',
    title: 'ElastiCache encrypted at rest with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Redis and Valkey replication groups and serverless caches are encrypted at rest with a customer-managed KMS key; standalone Redis cache clusters, which cannot be, are not used for ePHI.',
    ruleIds: ['DermaShield-ElastiCacheCustomerManagedKey'],
    configRules: [{
      identifier: 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST',
      resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
      caveat: 'Without approvedKMSKeyIds the rule passes any key, AWS-managed included; it does not cover serverless caches or standalone cache clusters.',
    }],
  },
  {
    id: 'DS-ELASTICACHE-2',
    title: 'ElastiCache requires TLS in transit',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: "Replication groups and cache clusters have in-transit encryption enabled in 'required' mode, so no client connects in plaintext.",
    ruleIds: ['DermaShield-ElastiCacheInTransitEncryption'],
    configRules: [{
      identifier: 'ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT',
      resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
      caveat: "The rule checks TransitEncryptionEnabled only: a group in 'preferred' mode (plaintext still accepted) passes it.",
    }],
  },
  {
    id: 'DS-ELASTICACHE-20',
    title: 'ElastiCache serverless snapshots encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'ElastiCache serverless cache snapshots name a customer-managed KMS key.',
    ruleIds: ['DermaShield-ElastiCacheServerlessSnapshotCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
