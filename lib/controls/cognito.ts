import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Cognito: patient-portal sign-in. */
export const COGNITO_CONTROLS = defineControls([
  {
    id: 'DS-COGNITO-1',
    title: 'Cognito user pools encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'User pools set KeyConfiguration to CUSTOMER_MANAGED_KEY with a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-CognitoUserPoolCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
