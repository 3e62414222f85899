import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS SAM resources in untransformed templates. */
export const SERVERLESS_CONTROLS = defineControls([
  {
    id: 'DS-SAM-1',
    title: 'SAM functions, APIs and tables meet the same key and TLS controls as their CloudFormation equivalents',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'SAM functions with environment variables name a customer-managed KmsKeyArn, API custom domains use TLS 1.2+, and simple tables use SSE-KMS with a customer-managed key.',
    ruleIds: ['DermaShield-SamFunctionEnvironmentCustomerManagedKey', 'DermaShield-SamApiDomainTls', 'DermaShield-SamHttpApiDomainTls', 'DermaShield-SamSimpleTableCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
