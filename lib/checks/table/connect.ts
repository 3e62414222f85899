import { TableEntry } from './entry';

/** Amazon Connect instance storage configurations (control DS-CONNECT-1). */
export const CONNECT_ENTRIES: readonly TableEntry[] = [
  {
    name: 'ConnectS3StorageCustomerManagedKey',
    controlId: 'DS-CONNECT-1',
    resourceTypes: ['AWS::Connect::InstanceStorageConfig'],
    requirement: 'Connect storage configs with StorageType S3 must set S3Config.EncryptionConfig with a customer-managed KMS KeyId.',
    fix: 'Call recordings, chat transcripts, attachments and screen recordings of patient contacts land in this bucket. '
      + 'Without S3Config.EncryptionConfig, Connect does not encrypt them with a key the practice controls. Set EncryptionConfig '
      + '{ EncryptionType: KMS, KeyId: a PhiKey\'s keyArn } (the full key ARN).',
    checks: [{ kind: 'customer-managed-key', path: 'S3Config.EncryptionConfig.KeyId' }],
    when: { path: 'StorageType', equals: ['S3'] },
  },
  {
    name: 'ConnectMediaStreamCustomerManagedKey',
    controlId: 'DS-CONNECT-1',
    resourceTypes: ['AWS::Connect::InstanceStorageConfig'],
    requirement: 'Connect storage configs with StorageType KINESIS_VIDEO_STREAM must encrypt the live media streams with a customer-managed KMS key.',
    fix: 'Live call audio is streamed to Kinesis Video Streams. Set KinesisVideoStreamConfig.EncryptionConfig.KeyId to a '
      + 'PhiKey\'s keyArn instead of an AWS-managed key. Kinesis Data Streams and Firehose storage is judged on those types.',
    checks: [{ kind: 'customer-managed-key', path: 'KinesisVideoStreamConfig.EncryptionConfig.KeyId' }],
    when: { path: 'StorageType', equals: ['KINESIS_VIDEO_STREAM'] },
  },
];
