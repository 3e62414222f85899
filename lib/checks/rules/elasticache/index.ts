import { DermaShieldRule } from '../../rule';
import { ElastiCacheCustomerManagedKey } from './ElastiCacheCustomerManagedKey';
import { ElastiCacheInTransitEncryption } from './ElastiCacheInTransitEncryption';

export { ElastiCacheCustomerManagedKey, ElastiCacheInTransitEncryption };
export const ELASTICACHE_RULES: readonly DermaShieldRule[] = [ElastiCacheCustomerManagedKey, ElastiCacheInTransitEncryption];
