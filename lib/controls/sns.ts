import { HIPAA } from './citations';
import { defineControls } from './types';

/** SNS topics: alerts and notifications can quote patient data. */
export const SNS_CONTROLS = defineControls([
  {
    id: 'DS-SNS-1',
    title: 'SNS topics encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'SNS topics use server-side encryption with a customer-managed KMS key.',
    ruleIds: ['DermaShield-SnsCustomerManagedKey'],
    configRules: [
      {
        identifier: 'SNS_ENCRYPTED_KMS',
        resourceTypes: ['AWS::SNS::Topic'],
        caveat: 'Without kmsKeyIds it passes the AWS-managed aws/sns key; the evidence CLI checks the key manager.',
      },
    ],
    guardPolicy: {
      resourceTypes: ['AWS::SNS::Topic'],
      decidesManagedRuleCaveat: true,
      caveat: 'A KmsMasterKeyId given as the key id or key ARN of the AWS-managed aws/sns key (rather than alias/aws/sns) looks like a customer-managed key in the configuration item.',
    },
  },
]);
