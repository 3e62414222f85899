import { TableEntry } from './entry';

/** Amazon Rekognition streaming video (control DS-REKOGNITION-1). */
export const REKOGNITION_ENTRIES: readonly TableEntry[] = [
  {
    name: 'RekognitionStreamProcessorCustomerManagedKey',
    controlId: 'DS-REKOGNITION-1',
    resourceTypes: ['AWS::Rekognition::StreamProcessor'],
    requirement: 'Rekognition stream processors that publish results to S3 must name a customer-managed KMS key (KmsKeyId).',
    fix: 'The processor writes detection results and image frames from the video stream to S3; without KmsKeyId they are '
      + 'encrypted with the bucket default. Set KmsKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
    when: { path: 'S3Destination.BucketName' },
  },
];
