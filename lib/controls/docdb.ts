import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon DocumentDB: document stores for patient records. */
export const DOCDB_CONTROLS = defineControls([
  {
    id: 'DS-DOCDB-1',
    title: 'DocumentDB clusters encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DocumentDB cluster storage is encrypted with a customer-managed KMS key.',
    ruleIds: ['DermaShield-DocDbCustomerManagedKey', 'DermaShield-DocDbElasticCustomerManagedKey'],
    configRules: [{
      identifier: 'DOCDB_CLUSTER_ENCRYPTED',
      resourceTypes: ['AWS::RDS::DBCluster'],
      caveat: 'Without kmsKeyArns the rule passes the AWS-managed aws/rds key as well as a customer-managed one.',
    }],
  },
  {
    id: 'DS-DOCDB-2',
    title: 'DocumentDB clusters accept TLS 1.2 or later only',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: "DocumentDB clusters use a cluster parameter group whose tls parameter is 'tls1.2+', 'tls1.3+' or 'fips-140-3'; 'enabled' still accepts TLS 1.0.",
    ruleIds: ['DermaShield-DocDbTls'],
    configRules: [{
      identifier: 'DOCDB_CLUSTER_ENCRYPTED_IN_TRANSIT',
      resourceTypes: ['AWS::RDS::DBCluster'],
      parameters: { excludeTlsParameters: 'enabled' },
      caveat: "Only with excludeTlsParameters 'enabled' does the rule fail clusters that still accept TLS 1.0.",
    }],
  },
]);
