import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon Neptune: graph stores of care relationships. */
export const NEPTUNE_CONTROLS = defineControls([
  {
    id: 'DS-NEPTUNE-1',
    title: 'Neptune clusters encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Neptune cluster storage is encrypted with a customer-managed KMS key.',
    ruleIds: ['DermaShield-NeptuneCustomerManagedKey'],
    configRules: [{
      identifier: 'NEPTUNE_CLUSTER_ENCRYPTED',
      resourceTypes: ['AWS::RDS::DBCluster'],
      caveat: 'Without KmsKeyArns the rule passes the AWS-managed aws/rds key as well as a customer-managed one.',
    }],
  },
  {
    id: 'DS-NEPTUNE-2',
    title: 'Neptune accepts HTTPS with TLS 1.2 or later only',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Neptune clusters run engine 1.0.4.0 or later, which refuses HTTP and TLS below 1.2 on every endpoint.',
    ruleIds: ['DermaShield-NeptuneTls'],
    configRules: [],
    guardPolicy: { resourceTypes: ['AWS::RDS::DBCluster'] },
  },
]);
