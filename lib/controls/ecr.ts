import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon ECR: the container images of the practice's services. */
export const ECR_CONTROLS = defineControls([
  {
    id: 'DS-ECR-1',
    title: 'ECR repositories encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'ECR repositories and repository creation templates use KMS or KMS_DSSE encryption with a customer-managed key.',
    ruleIds: ['DermaShield-EcrRepositoryCustomerManagedKey', 'DermaShield-EcrCreationTemplateCustomerManagedKey'],
    configRules: [{ identifier: 'ECR_REPOSITORY_CMK_ENCRYPTION_ENABLED', resourceTypes: ['AWS::ECR::Repository'] }],
  },
]);
