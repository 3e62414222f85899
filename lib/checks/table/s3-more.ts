import { TableEntry } from './entry';

const SSE_FIX = 'The default is SSE-S3 (AES256), an S3-managed key the practice cannot restrict or audit per request.';

/** S3 directory buckets, table buckets, vector buckets and S3 Files (control DS-S3-20). */
export const S3_MORE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'S3ExpressCustomerManagedKey',
    controlId: 'DS-S3-20',
    resourceTypes: ['AWS::S3Express::DirectoryBucket'],
    requirement: 'S3 directory buckets must use SSEAlgorithm aws:kms with a customer-managed KMSMasterKeyID.',
    fix: `${SSE_FIX} Set BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault to SSEAlgorithm `
      + 'aws:kms and KMSMasterKeyID to a PhiKey (directory buckets accept one key for the bucket\'s lifetime).',
    checks: [
      { kind: 'one-of', path: 'BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm', allowed: ['aws:kms'], absentMeans: 'AES256' },
      { kind: 'customer-managed-key', path: 'BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.KMSMasterKeyID' },
    ],
  },
  {
    name: 'S3TablesCustomerManagedKey',
    controlId: 'DS-S3-20',
    resourceTypes: ['AWS::S3Tables::TableBucket'],
    requirement: 'S3 table buckets must use EncryptionConfiguration.SSEAlgorithm aws:kms with a customer-managed KMSKeyArn.',
    fix: `${SSE_FIX} Set EncryptionConfiguration to SSEAlgorithm aws:kms and KMSKeyArn to a PhiKey (grant the S3 Tables `
      + 'maintenance principal access to the key).',
    checks: [
      { kind: 'one-of', path: 'EncryptionConfiguration.SSEAlgorithm', allowed: ['aws:kms'], absentMeans: 'AES256' },
      { kind: 'customer-managed-key', path: 'EncryptionConfiguration.KMSKeyArn' },
    ],
  },
  {
    name: 'S3VectorsBucketCustomerManagedKey',
    controlId: 'DS-S3-20',
    resourceTypes: ['AWS::S3Vectors::VectorBucket'],
    requirement: 'S3 vector buckets must use EncryptionConfiguration.SseType aws:kms with a customer-managed KmsKeyArn.',
    fix: `Vector embeddings of clinical documents can be inverted to recover text. ${SSE_FIX} Set EncryptionConfiguration `
      + 'to SseType aws:kms and KmsKeyArn to a PhiKey\'s ARN.',
    checks: [
      { kind: 'one-of', path: 'EncryptionConfiguration.SseType', allowed: ['aws:kms'], absentMeans: 'AES256' },
      { kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyArn' },
    ],
  },
  {
    name: 'S3VectorsIndexCustomerManagedKey',
    controlId: 'DS-S3-20',
    resourceTypes: ['AWS::S3Vectors::Index'],
    requirement: 'S3 vector indexes that set their own EncryptionConfiguration must use SseType aws:kms with a customer-managed KmsKeyArn.',
    fix: 'An index without EncryptionConfiguration inherits its vector bucket\'s (judged there); one that sets it must not '
      + 'choose AES256. Set SseType aws:kms and KmsKeyArn to a PhiKey\'s ARN.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KmsKeyArn' }],
    when: { path: 'EncryptionConfiguration.SseType' },
  },
  {
    name: 'S3FilesCustomerManagedKey',
    controlId: 'DS-S3-20',
    resourceTypes: ['AWS::S3Files::FileSystem'],
    requirement: 'S3 Files file systems must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Without KmsKeyId the file system is encrypted with a key the practice does not control. Set KmsKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
