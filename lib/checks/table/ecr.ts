import { TableEntry } from './entry';

const FIX = 'The default EncryptionType AES256 (and KMS without KmsKey, the AWS-managed aws/ecr key) leaves image layers '
  + '(which can carry bundled data, model weights trained on records, or configuration) outside the practice\'s keys. '
  + 'Set EncryptionType KMS (or KMS_DSSE) and KmsKey to a PhiKey (fixed at creation).';

/** Amazon ECR repositories and repository creation templates (control DS-ECR-1). */
export const ECR_ENTRIES: readonly TableEntry[] = [
  {
    name: 'EcrRepositoryCustomerManagedKey',
    controlId: 'DS-ECR-1',
    resourceTypes: ['AWS::ECR::Repository'],
    requirement: 'ECR repositories must use EncryptionType KMS or KMS_DSSE with a customer-managed KmsKey.',
    fix: FIX,
    checks: [
      { kind: 'one-of', path: 'EncryptionConfiguration.EncryptionType', allowed: ['KMS', 'KMS_DSSE'], absentMeans: 'AES256' },
      { kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKey' },
    ],
  },
  {
    name: 'EcrCreationTemplateCustomerManagedKey',
    controlId: 'DS-ECR-1',
    resourceTypes: ['AWS::ECR::RepositoryCreationTemplate'],
    requirement: 'ECR repository creation templates must use EncryptionType KMS or KMS_DSSE with a customer-managed KmsKey.',
    fix: `Repositories created by pull-through cache, replication or create-on-push take this template's setting. ${FIX}`,
    checks: [
      { kind: 'one-of', path: 'EncryptionConfiguration.EncryptionType', allowed: ['KMS', 'KMS_DSSE'], absentMeans: 'AES256' },
      { kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKey' },
    ],
  },
];
