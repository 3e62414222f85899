import { defineRule, fail, notApplicable, requireCustomerManagedKey, requireTrue, unverifiable, worst } from '../../rule';
import { readBoolean, readString } from '../../values';

/** Node-based engines that keep data on disk (snapshots, swap, sync) and so must be encrypted at rest. */
const PERSISTENT_ENGINES = new Set(['redis', 'valkey']);

/** DS-ELASTICACHE-1: Redis/Valkey caches are encrypted at rest with a customer-managed key. */
export const ElastiCacheCustomerManagedKey = defineRule({
  name: 'ElastiCacheCustomerManagedKey',
  controlId: 'DS-ELASTICACHE-1',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::ServerlessCache', 'AWS::ElastiCache::CacheCluster'],
  requirement: 'ElastiCache replication groups must set AtRestEncryptionEnabled: true and a customer-managed KmsKeyId; serverless '
    + 'caches a customer-managed KmsKeyId; a standalone Redis/Valkey CacheCluster cannot be encrypted at rest.',
  explanation: 'Cached ePHI reaches disk in snapshots, backups and replica sync. AtRestEncryptionEnabled defaults to false and an '
    + 'omitted KmsKeyId means the AWS-managed key. Use CfnReplicationGroup (or CfnServerlessCache) with kmsKeyId: a PhiKey; '
    + 'replace a standalone CacheCluster with a replication group.',
  evaluate(resource, context) {
    const p = resource.properties;
    switch (resource.type) {
      case 'AWS::ElastiCache::ReplicationGroup':
        return worst([
          requireTrue(readBoolean(p, 'AtRestEncryptionEnabled'), 'AtRestEncryptionEnabled'),
          requireCustomerManagedKey(resource, context, p.KmsKeyId, 'KmsKeyId'),
        ]);
      case 'AWS::ElastiCache::ServerlessCache':
        // Serverless caches are always encrypted at rest; only the key is a choice.
        return requireCustomerManagedKey(resource, context, p.KmsKeyId, 'KmsKeyId');
      default: {
        const engine = readString(p, 'Engine');
        if (engine.state === 'unverifiable') return unverifiable(`Engine is ${engine.why}`);
        if (engine.state === 'absent' || !PERSISTENT_ENGINES.has(engine.value.toLowerCase())) {
          // Node-based Memcached keeps nothing on disk and offers no at-rest encryption; in transit is judged separately.
          return notApplicable();
        }
        return fail(`a standalone CacheCluster (Engine ${engine.value}) cannot be encrypted at rest; `
          + 'use an AWS::ElastiCache::ReplicationGroup or a ServerlessCache with a customer-managed KmsKeyId');
      }
    }
  },
});
