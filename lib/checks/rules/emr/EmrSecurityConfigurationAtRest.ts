import { TableEntry } from '../../table/entry';
import { securityConfigurationRule } from './security-configuration';

const EMR_ENC = 'SecurityConfiguration.EncryptionConfiguration';
const EMR_REST = `${EMR_ENC}.AtRestEncryptionConfiguration`;

const ENTRY: TableEntry = {
  name: 'EmrSecurityConfigurationAtRest',
  controlId: 'DS-EMR-1',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  requirement: 'EMR security configurations must enable at-rest encryption with SSE-KMS or CSE-KMS for EMRFS data in S3 and '
    + 'AwsKms for local disks, each with a customer-managed key.',
  fix: 'Without at-rest encryption, HDFS, spill and shuffle files on the cluster\'s disks hold ePHI in the clear and EMRFS '
    + 'writes follow only the bucket default. Set EnableAtRestEncryption: true, S3EncryptionConfiguration EncryptionMode '
    + 'SSE-KMS (or CSE-KMS) with AwsKmsKey, and LocalDiskEncryptionConfiguration EncryptionKeyProviderType AwsKms with AwsKmsKey, '
    + 'all naming a PhiKey.',
  checks: [
    { kind: 'true', path: `${EMR_ENC}.EnableAtRestEncryption`, absentMeans: false },
    { kind: 'one-of', path: `${EMR_REST}.S3EncryptionConfiguration.EncryptionMode`, allowed: ['SSE-KMS', 'CSE-KMS'] },
    { kind: 'customer-managed-key', path: `${EMR_REST}.S3EncryptionConfiguration.AwsKmsKey` },
    { kind: 'one-of', path: `${EMR_REST}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType`, allowed: ['AwsKms'] },
    { kind: 'customer-managed-key', path: `${EMR_REST}.LocalDiskEncryptionConfiguration.AwsKmsKey` },
  ],
};

/** DS-EMR-1: EMR security configurations encrypt EMRFS data and local disks with customer-managed keys. */
export const EmrSecurityConfigurationAtRest = securityConfigurationRule(ENTRY);
