import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon Athena: SQL over the practice's data lake. */
export const ATHENA_CONTROLS = defineControls([
  {
    id: 'DS-ATHENA-1',
    title: 'Athena query results encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Athena workgroups enforce SSE_KMS or CSE_KMS query-result encryption (or a managed-results KmsKey) with a customer-managed key.',
    ruleIds: ['DermaShield-AthenaWorkGroupCustomerManagedKey'],
    configRules: [{ identifier: 'ATHENA_WORKGROUP_ENCRYPTED_AT_REST', resourceTypes: ['AWS::Athena::WorkGroup'], caveat: 'Checks that results are encrypted; it cannot tell a customer-managed key from an AWS-managed one.' }],
  },
]);
