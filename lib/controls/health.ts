import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS HealthImaging and HealthLake: purpose-built stores for medical images (DICOM) and FHIR records. */
export const HEALTH_CONTROLS = defineControls([
  {
    id: 'DS-HEALTH-1',
    title: 'HealthImaging data stores encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'HealthImaging data stores name a customer-managed KMS key (KmsKeyArn); without it AWS uses an AWS-owned key.',
    ruleIds: ['DermaShield-HealthImagingCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-HEALTH-2',
    title: 'HealthLake FHIR data stores encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'HealthLake data stores use SseConfiguration.KmsEncryptionConfig with CmkType CUSTOMER_MANAGED_KMS_KEY and a customer-managed KmsKeyId.',
    ruleIds: ['DermaShield-HealthLakeCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-HEALTH-20',
    title: 'HealthLake data transformation profiles encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'HealthLake data transformation profiles name a customer-managed KMS key for their templates.',
    ruleIds: ['DermaShield-HealthLakeTransformationProfileCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
