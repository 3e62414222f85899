import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s, key };
}

const base = { replicationGroupDescription: 'sessions', cacheNodeType: 'cache.t4g.small', engine: 'valkey', numCacheClusters: 2 };

describe('DermaShield-ElastiCacheCustomerManagedKey', () => {
  test('compliant: replication group and serverless cache with a CMK', () => {
    const { app, s, key } = stack();
    new elasticache.CfnReplicationGroup(s, 'Rg', { ...base, atRestEncryptionEnabled: true, kmsKeyId: key.keyArn, transitEncryptionEnabled: true });
    new elasticache.CfnServerlessCache(s, 'Sl', { engine: 'valkey', serverlessCacheName: 'sl', kmsKeyId: key.keyId });
    expectNoFinding(synthWithPack(app), 'ElastiCacheCustomerManagedKey');
  });

  test('non-compliant: encryption off, AWS-managed key, serverless without a key, standalone Redis cache cluster', () => {
    const { app, s } = stack();
    new elasticache.CfnReplicationGroup(s, 'Off', base);
    new elasticache.CfnReplicationGroup(s, 'AwsKey', { ...base, atRestEncryptionEnabled: true, kmsKeyId: 'alias/aws/elasticache' });
    new elasticache.CfnServerlessCache(s, 'Sl', { engine: 'redis', serverlessCacheName: 'sl' });
    new elasticache.CfnCacheCluster(s, 'Legacy', { engine: 'redis', cacheNodeType: 'cache.t4g.small', numCacheNodes: 1, transitEncryptionEnabled: true });
    const result = synthWithPack(app);
    const off = expectFinding(result, 'ElastiCacheCustomerManagedKey', 'S/Off');
    expect(off.description).toContain('[DS-ELASTICACHE-1]');
    expect(off.description).toContain('AtRestEncryptionEnabled is not set');
    expect(reasonOf(result, 'ElastiCacheCustomerManagedKey', 'S/AwsKey')).toContain('alias/aws/elasticache is an AWS-managed key');
    expectFinding(result, 'ElastiCacheCustomerManagedKey', 'S/Sl');
    expect(reasonOf(result, 'ElastiCacheCustomerManagedKey', 'S/Legacy')).toContain('cannot be encrypted at rest');
  });

  test('node-based Memcached has no at-rest encryption to judge', () => {
    const { app, s } = stack();
    new elasticache.CfnCacheCluster(s, 'Mc', { engine: 'memcached', cacheNodeType: 'cache.t4g.small', numCacheNodes: 1, transitEncryptionEnabled: true });
    expectNoFinding(synthWithPack(app), 'ElastiCacheCustomerManagedKey');
  });

  test('escape hatch: key removed by override after the L1 set it', () => {
    const { app, s, key } = stack();
    const rg = new elasticache.CfnReplicationGroup(s, 'NoKey', { ...base, atRestEncryptionEnabled: true, kmsKeyId: key.keyArn });
    rg.addPropertyDeletionOverride('KmsKeyId');
    const rg2 = new elasticache.CfnReplicationGroup(s, 'NoFlag', { ...base, atRestEncryptionEnabled: true, kmsKeyId: key.keyArn });
    rg2.addPropertyOverride('AtRestEncryptionEnabled', false);
    const result = synthWithPack(app);
    expect(reasonOf(result, 'ElastiCacheCustomerManagedKey', 'S/NoKey')).toContain('no key is named');
    expect(reasonOf(result, 'ElastiCacheCustomerManagedKey', 'S/NoFlag')).toContain('AtRestEncryptionEnabled is false');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::ElastiCache::ReplicationGroup', properties: { ...base, AtRestEncryptionEnabled: 'true' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElastiCache::ReplicationGroup', properties: { AtRestEncryptionEnabled: true, KmsKeyId: key.keyArn } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElastiCacheCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'ElastiCacheCustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter key, or Fn::If on the flag, is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    new elasticache.CfnReplicationGroup(s, 'ByParam', { ...base, atRestEncryptionEnabled: true, kmsKeyId: p.valueAsString });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const rg = new elasticache.CfnReplicationGroup(s, 'ByIf', { ...base, atRestEncryptionEnabled: true, kmsKeyId: key.keyArn });
    rg.addPropertyOverride('AtRestEncryptionEnabled', Fn.conditionIf(cond.logicalId, true, false));
    const result = synthWithPack(app);
    expectFinding(result, 'ElastiCacheCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'ElastiCacheCustomerManagedKey', 'S/ByIf', { unverifiable: true });
  });
});

describe('DermaShield-ElastiCacheInTransitEncryption', () => {
  test("compliant: TLS on, mode omitted or 'required'; a Memcached cluster with TLS", () => {
    const { app, s } = stack();
    new elasticache.CfnReplicationGroup(s, 'Rg', { ...base, transitEncryptionEnabled: true });
    new elasticache.CfnReplicationGroup(s, 'Req', { ...base, transitEncryptionEnabled: true, transitEncryptionMode: 'required' });
    new elasticache.CfnCacheCluster(s, 'Mc', { engine: 'memcached', cacheNodeType: 'cache.t4g.small', numCacheNodes: 1, transitEncryptionEnabled: true });
    expectNoFinding(synthWithPack(app), 'ElastiCacheInTransitEncryption');
  });

  test("non-compliant: omitted (default false), and 'preferred' mode", () => {
    const { app, s } = stack();
    new elasticache.CfnReplicationGroup(s, 'Off', base);
    new elasticache.CfnReplicationGroup(s, 'Pref', { ...base, transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' });
    new elasticache.CfnCacheCluster(s, 'Mc', { engine: 'memcached', cacheNodeType: 'cache.t4g.small', numCacheNodes: 1 });
    const result = synthWithPack(app);
    const off = expectFinding(result, 'ElastiCacheInTransitEncryption', 'S/Off');
    expect(off.description).toContain('[DS-ELASTICACHE-2]');
    expect(off.description).toContain('164.312(e)(2)(ii)');
    expect(off.description).toContain('TransitEncryptionEnabled is not set (the default is false)');
    expect(reasonOf(result, 'ElastiCacheInTransitEncryption', 'S/Pref')).toContain("'preferred'");
    expectFinding(result, 'ElastiCacheInTransitEncryption', 'S/Mc');
  });

  test('escape hatch: TLS turned off by override after the L1 set it', () => {
    const { app, s } = stack();
    const rg = new elasticache.CfnReplicationGroup(s, 'Off', { ...base, transitEncryptionEnabled: true });
    rg.addPropertyOverride('TransitEncryptionEnabled', false);
    const rg2 = new elasticache.CfnReplicationGroup(s, 'Pref', { ...base, transitEncryptionEnabled: true });
    rg2.addPropertyOverride('TransitEncryptionMode', 'preferred');
    const result = synthWithPack(app);
    expect(reasonOf(result, 'ElastiCacheInTransitEncryption', 'S/Off')).toContain('TransitEncryptionEnabled is false');
    expect(reasonOf(result, 'ElastiCacheInTransitEncryption', 'S/Pref')).toContain("'preferred'");
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::ElastiCache::CacheCluster', properties: { Engine: 'valkey', TransitEncryptionEnabled: 'false' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElastiCache::ReplicationGroup', properties: { TransitEncryptionEnabled: 'true' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElastiCacheInTransitEncryption', 'S/Raw');
    expectNoFinding(result, 'ElastiCacheInTransitEncryption', 'S/RawOk');
  });

  test('token: an imported mode is unverifiable', () => {
    const { app, s } = stack();
    new elasticache.CfnReplicationGroup(s, 'Rg', { ...base, transitEncryptionEnabled: true, transitEncryptionMode: Fn.importValue('Mode') });
    expectFinding(synthWithPack(app), 'ElastiCacheInTransitEncryption', 'S/Rg', { unverifiable: true });
  });
});
