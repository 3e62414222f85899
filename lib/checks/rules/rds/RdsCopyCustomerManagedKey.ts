import { defineRule, fail, notApplicable, requireCustomerManagedKey } from '../../rule';
import { readBoolean } from '../../values';
import { copySource, isClusterMember, localCopySource } from './rds-support';

/** DS-RDS-10: copies of a DB (snapshot restores, cross-Region replicas, restores of another DB) name a customer-managed key. */
export const RdsCopyCustomerManagedKey = defineRule({
  name: 'RdsCopyCustomerManagedKey',
  controlId: 'DS-RDS-10',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  requirement: 'RDS DB instances and clusters restored from a snapshot or backup, or replicating a DB outside this template '
    + '(cross-Region read replicas), must name a customer-managed KMS key (KmsKeyId).',
  explanation: 'A copy holds the same ePHI as its source. Without KmsKeyId a restored DB keeps the snapshot\'s key, which '
    + 'synth cannot see and may be aws/rds; a cross-Region replica needs a key in its own Region, and is unencrypted when '
    + 'its source is. Set KmsKeyId (storageEncryptionKey) to a PhiKey in the copy\'s Region. Same-Region replicas of a DB '
    + 'in this template keep their source\'s key and are judged on the source (DermaShield-RdsCustomerManagedKey).',
  evaluate(resource, context) {
    if (isClusterMember(resource)) return notApplicable();
    const copy = copySource(resource);
    if (!copy) return notApplicable();
    const key = resource.properties.KmsKeyId;
    if (key !== undefined && key !== null) return requireCustomerManagedKey(resource, context, key, 'KmsKeyId');
    if (localCopySource(resource, copy)) return notApplicable();
    const encrypted = readBoolean(resource.properties, 'StorageEncrypted');
    if (encrypted.state === 'known' && !encrypted.value) return notApplicable(); // unencrypted: RdsCustomerManagedKey
    return fail(`${copy} makes this a copy of another DB, snapshot or backup, and KmsKeyId is not set, so it keeps the `
      + 'source\'s key (which synth cannot see, and may be aws/rds) or, across Regions, is unencrypted');
  },
});
