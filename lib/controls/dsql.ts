import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Aurora DSQL: serverless distributed SQL. */
export const DSQL_CONTROLS = defineControls([
  {
    id: 'DS-DSQL-1',
    title: 'Aurora DSQL clusters encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Aurora DSQL clusters set KmsEncryptionKey to a customer-managed KMS key.',
    ruleIds: ['DermaShield-DsqlClusterCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
