import { defineRule, fail, pass, requireTrue, unverifiable, worst } from '../../rule';
import { readBoolean, readString } from '../../values';

/** DS-ELASTICACHE-2: clients must use TLS to reach a node-based cache. */
export const ElastiCacheInTransitEncryption = defineRule({
  name: 'ElastiCacheInTransitEncryption',
  controlId: 'DS-ELASTICACHE-2',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
  requirement: 'ElastiCache replication groups and cache clusters must set TransitEncryptionEnabled: true, and a replication '
    + "group's TransitEncryptionMode must not be 'preferred' (which still accepts plaintext connections).",
  explanation: 'TransitEncryptionEnabled defaults to false. The preferred mode is a migration step that accepts unencrypted '
    + "clients; finish the migration with TransitEncryptionMode: 'required'. Serverless caches always require TLS.",
  evaluate(resource) {
    const p = resource.properties;
    const enabled = requireTrue(readBoolean(p, 'TransitEncryptionEnabled'), 'TransitEncryptionEnabled');
    if (resource.type !== 'AWS::ElastiCache::ReplicationGroup') return enabled;
    const mode = readString(p, 'TransitEncryptionMode');
    let modeOutcome = pass();
    if (mode.state === 'unverifiable') modeOutcome = unverifiable(`TransitEncryptionMode is ${mode.why}`);
    else if (mode.state === 'known' && mode.value.toLowerCase() === 'preferred') {
      modeOutcome = fail("TransitEncryptionMode is 'preferred', so plaintext connections are still accepted");
    }
    return worst([enabled, modeOutcome]);
  },
});
