import { TableEntry } from './entry';

const fix = (paths: string) => `Training documents and the trained model can hold patient text. Without ${paths}, Comprehend `
  + 'encrypts the model and the training volume with AWS-managed or AWS-owned keys. Set each to a PhiKey.';

/** Amazon Comprehend custom models and flywheels (control DS-COMPREHEND-1). */
export const COMPREHEND_ENTRIES: readonly TableEntry[] = [
  {
    name: 'ComprehendDocumentClassifierCustomerManagedKey',
    controlId: 'DS-COMPREHEND-1',
    resourceTypes: ['AWS::Comprehend::DocumentClassifier'],
    requirement: 'Comprehend document classifiers must name customer-managed KMS keys for the model (ModelKmsKeyId) and the training volume (VolumeKmsKeyId).',
    fix: fix('ModelKmsKeyId and VolumeKmsKeyId'),
    checks: [{ kind: 'customer-managed-key', path: 'ModelKmsKeyId' }, { kind: 'customer-managed-key', path: 'VolumeKmsKeyId' }],
  },
  {
    name: 'ComprehendEntityRecognizerCustomerManagedKey',
    controlId: 'DS-COMPREHEND-1',
    resourceTypes: ['AWS::Comprehend::EntityRecognizer'],
    requirement: 'Comprehend entity recognizers must name customer-managed KMS keys for the model (ModelKmsKeyId) and the training volume (VolumeKmsKeyId).',
    fix: fix('ModelKmsKeyId and VolumeKmsKeyId'),
    checks: [{ kind: 'customer-managed-key', path: 'ModelKmsKeyId' }, { kind: 'customer-managed-key', path: 'VolumeKmsKeyId' }],
  },
  {
    name: 'ComprehendFlywheelCustomerManagedKey',
    controlId: 'DS-COMPREHEND-1',
    resourceTypes: ['AWS::Comprehend::Flywheel'],
    requirement: 'Comprehend flywheels must name customer-managed KMS keys in DataSecurityConfig (ModelKmsKeyId, VolumeKmsKeyId, DataLakeKmsKeyId).',
    fix: fix('DataSecurityConfig.ModelKmsKeyId, VolumeKmsKeyId and DataLakeKmsKeyId (the flywheel\'s S3 data lake)'),
    checks: [
      { kind: 'customer-managed-key', path: 'DataSecurityConfig.ModelKmsKeyId' },
      { kind: 'customer-managed-key', path: 'DataSecurityConfig.VolumeKmsKeyId' },
      { kind: 'customer-managed-key', path: 'DataSecurityConfig.DataLakeKmsKeyId' },
    ],
  },
];
