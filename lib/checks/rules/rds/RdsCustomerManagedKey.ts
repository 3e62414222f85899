import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable } from '../../rule';
import { readBoolean, readString } from '../../values';
import { copySource, isClusterMember, localCopySource } from './rds-support';

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

  const copy = copySource(resource);
  if (copy) {
    // Copies of a DB outside this template (snapshot restores, cross-Region replicas) are judged by
    // RdsCopyCustomerManagedKey (DS-RDS-10). A same-Region copy of a DB in this template without its own key keeps
    // its source's key, so it is judged on the source.
    const source = localCopySource(resource, copy);
    if (!source) return notApplicable();
    if (key === undefined || key === null) return inheritedFrom(source, context, depth);
  }

  if (encrypted.state === 'absent') {
    if (copy) return requireCustomerManagedKey(resource, context, key, 'KmsKeyId');
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

/** A same-Region copy of a DB in the same template is as encrypted as its source. */
function inheritedFrom(source: EffectiveResource, context: RuleContext, depth: number): RuleOutcome {
  if (depth >= 5) return unverifiable('the chain of replicas is too deep to follow');
  const outcome = judge(source, context, depth + 1);
  if (outcome.kind === 'fail' || outcome.kind === 'unverifiable') {
    return { ...outcome, reason: `encryption is inherited from ${source.logicalId}: ${outcome.reason}` };
  }
  return outcome;
}
