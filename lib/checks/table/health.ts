import { TableEntry } from './entry';

/** AWS HealthImaging and HealthLake (controls DS-HEALTH-*). */
export const HEALTH_ENTRIES: readonly TableEntry[] = [
  {
    name: 'HealthImagingCustomerManagedKey',
    controlId: 'DS-HEALTH-1',
    resourceTypes: ['AWS::HealthImaging::Datastore'],
    requirement: 'HealthImaging data stores must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'Without KmsKeyArn, DICOM images are encrypted with an AWS-owned key the practice cannot control or audit. '
      + 'Set KmsKeyArn to a PhiKey\'s keyArn (the key is fixed at creation: a new data store is needed).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
  {
    name: 'HealthLakeCustomerManagedKey',
    controlId: 'DS-HEALTH-2',
    resourceTypes: ['AWS::HealthLake::FHIRDatastore'],
    requirement: 'HealthLake FHIR data stores must use SseConfiguration.KmsEncryptionConfig with CmkType CUSTOMER_MANAGED_KMS_KEY and a customer-managed KmsKeyId.',
    fix: 'The default CmkType AWS_OWNED_KMS_KEY uses a key the practice cannot control or audit. Set CmkType to '
      + 'CUSTOMER_MANAGED_KMS_KEY and KmsKeyId to a PhiKey (fixed at creation).',
    checks: [
      { kind: 'one-of', path: 'SseConfiguration.KmsEncryptionConfig.CmkType', allowed: ['CUSTOMER_MANAGED_KMS_KEY'], absentMeans: 'AWS_OWNED_KMS_KEY' },
      { kind: 'customer-managed-key', path: 'SseConfiguration.KmsEncryptionConfig.KmsKeyId' },
    ],
  },
  {
    name: 'HealthLakeTransformationProfileCustomerManagedKey',
    controlId: 'DS-HEALTH-20',
    resourceTypes: ['AWS::HealthLake::DataTransformationProfile'],
    requirement: 'HealthLake data transformation profiles must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Without KmsKeyId the profile\'s templates (C-CDA or CSV to FHIR mappings, which can embed sample records) are '
      + 'encrypted with an AWS-owned key. Set KmsKeyId to the PhiKey of the FHIR data store (profiles are immutable: a new one is needed).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
