import { TableEntry } from './entry';

/** Amazon EKS clusters (control DS-EKS-1). */
export const EKS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'EksSecretsEncryption',
    controlId: 'DS-EKS-1',
    resourceTypes: ['AWS::EKS::Cluster'],
    requirement: 'EKS clusters must envelope-encrypt Kubernetes secrets with a customer-managed KMS key (EncryptionConfig[].Provider.KeyArn).',
    fix: 'Without EncryptionConfig, secrets in etcd (database passwords, API tokens to ePHI stores) are protected only by '
      + 'EKS\'s default encryption under an AWS-owned key. Set secretsEncryptionKey to a PhiKey (it cannot be removed later).',
    // Resources: [secrets] is the only value CloudFormation accepts, so the key is what decides.
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfig[].Provider.KeyArn' }],
  },
];
