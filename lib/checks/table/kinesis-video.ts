import { TableEntry } from './entry';

/** Amazon Kinesis Video Streams (control DS-KVS-1). */
export const KINESIS_VIDEO_ENTRIES: readonly TableEntry[] = [
  {
    name: 'KinesisVideoStreamCustomerManagedKey',
    controlId: 'DS-KVS-1',
    resourceTypes: ['AWS::KinesisVideo::Stream'],
    requirement: 'Kinesis video streams must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Video of patients (telehealth, dermatoscopy, exam-room cameras) is retained in the stream; without KmsKeyId '
      + 'it is encrypted with the AWS-managed key aws/kinesisvideo. Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
