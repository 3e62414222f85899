import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon Redshift: analytics warehouses of clinical and billing data. */
export const REDSHIFT_CONTROLS = defineControls([
  {
    id: 'DS-REDSHIFT-1',
    title: 'Redshift encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Redshift clusters and Redshift Serverless namespaces are encrypted with a customer-managed KMS key.',
    ruleIds: ['DermaShield-RedshiftCustomerManagedKey'],
    configRules: [
      {
        identifier: 'REDSHIFT_CLUSTER_KMS_ENABLED',
        resourceTypes: ['AWS::Redshift::Cluster'],
        caveat: 'Without kmsKeyArns the rule passes any KMS key, AWS-managed included.',
      },
      {
        identifier: 'REDSHIFT_SERVERLESS_NAMESPACE_CMK_ENCRYPTION',
        resourceTypes: ['AWS::RedshiftServerless::Namespace'],
      },
    ],
  },
  {
    id: 'DS-REDSHIFT-2',
    title: 'Redshift clusters require TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Redshift clusters use a parameter group with require_ssl true, so no client connects in plaintext.',
    ruleIds: ['DermaShield-RedshiftRequireSsl'],
    configRules: [{ identifier: 'REDSHIFT_REQUIRE_TLS_SSL', resourceTypes: ['AWS::Redshift::Cluster'] }],
  },
]);
