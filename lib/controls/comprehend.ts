import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Comprehend: custom models trained on clinical text. */
export const COMPREHEND_CONTROLS = defineControls([
  {
    id: 'DS-COMPREHEND-1',
    title: 'Comprehend custom models, training volumes and flywheel data lakes encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Comprehend classifiers, recognizers and flywheels name customer-managed KMS keys for model, volume and data lake.',
    ruleIds: ['DermaShield-ComprehendDocumentClassifierCustomerManagedKey', 'DermaShield-ComprehendEntityRecognizerCustomerManagedKey', 'DermaShield-ComprehendFlywheelCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
