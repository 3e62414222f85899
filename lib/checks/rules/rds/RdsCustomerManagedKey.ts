import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable } from '../../rule';
import { readBoolean, readString } from '../../values';
import { isClusterMember } from './rds-support';

/** Properties that make a DB inherit its encryption from a snapshot, backup or source DB. */
const INHERITING: Record<string, readonly string[]> = {
  'AWS::RDS::DBInstance': [
    'DBSnapshotIdentifier', 'SourceDBInstanceIdentifier', 'SourceDbiResourceId', 'SourceDBInstanceAutomatedBackupsArn',
    'SourceDBClusterIdentifier',
  ],
  'AWS::RDS::DBCluster': ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier'],
};

/** DS-RDS-1: DB storage (instance or cluster) is encrypted with a customer-managed key. */
export const RdsCustomerManagedKey = defineRule({
  name: 'RdsCustomerManagedKey',
  controlId: 'DS-RDS-1',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  requirement: 'RDS DB instances and clusters must be encrypted at rest (StorageEncrypted: true) with a customer-managed '
    + 'KMS key (KmsKeyId); the AWS-managed aws/rds key is not enough.',
  explanation: 'StorageEncrypted defaults to false, and without KmsKeyId RDS uses aws/rds, whose key policy the practice '
    + 'cannot restrict or audit and which cannot be shared for cross-account backup copies. Encryption cannot be added to a '
    + 'running DB. Use EhrDatabase, or set storageEncryptionKey to a PhiKey. Aurora member instances are judged on their cluster.',
  evaluate(resource, context) {
    return judge(resource, context, 0);
  },
});

function judge(resource: EffectiveResource, context: RuleContext, depth: number): RuleOutcome {
  if (isClusterMember(resource)) return notApplicable();
  const props = resource.properties;
  const key = props.KmsKeyId;
  const encrypted = readBoolean(props, 'StorageEncrypted');
  if (encrypted.state === 'unverifiable') return unverifiable(`StorageEncrypted is ${encrypted.why}`);
  if (encrypted.state === 'known' && !encrypted.value) return fail('StorageEncrypted is false: the storage is not encrypted');

  if (encrypted.state === 'absent') {
    const inherited = (INHERITING[resource.type] ?? []).find((p) => props[p] !== undefined);
    if (inherited) {
      if (key !== undefined) return requireCustomerManagedKey(resource, context, key, 'KmsKeyId');
      return inheritedFrom(resource, inherited, context, depth);
    }
    if (resource.type === 'AWS::RDS::DBCluster') {
      // Aurora Serverless v1 clusters are always encrypted, but still with aws/rds unless KmsKeyId is set.
      const mode = readString(props, 'EngineMode');
      if (mode.state === 'unverifiable') return unverifiable(`EngineMode is ${mode.why}`);
      if (mode.state === 'known' && mode.value.toLowerCase() === 'serverless') return requireKey(resource, context, key);
    }
    return fail('StorageEncrypted is not set (the default is false: the storage is not encrypted)');
  }
  return requireKey(resource, context, key);
}

function requireKey(resource: EffectiveResource, context: RuleContext, key: unknown): RuleOutcome {
  if (key === undefined || key === null) {
    return fail('KmsKeyId is not set, so RDS encrypts with the AWS-managed aws/rds key');
  }
  return requireCustomerManagedKey(resource, context, key, 'KmsKeyId');
}

/** A read replica of a DB in the same template is as encrypted as its source; anything else cannot be seen. */
function inheritedFrom(resource: EffectiveResource, property: string, context: RuleContext, depth: number): RuleOutcome {
  if (property === 'SourceDBInstanceIdentifier' && depth < 5) {
    const target = resource.stack.resolve(resource.properties[property]);
    if (target.kind === 'resource' && target.resource.type === 'AWS::RDS::DBInstance') {
      const source = judge(target.resource, context, depth + 1);
      if (source.kind === 'fail' || source.kind === 'unverifiable') {
        return { ...source, reason: `encryption is inherited from ${target.resource.logicalId}: ${source.reason}` };
      }
      return source;
    }
  }
  return unverifiable(`encryption is inherited from ${property}, which synthesis cannot inspect; set KmsKeyId to a customer-managed key`);
}
