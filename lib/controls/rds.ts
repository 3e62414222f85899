import { HIPAA } from './citations';
import { defineControls, RuleBlindSpot, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** RDS and Aurora: the EHR (charts, notes, billing) lives here. */
export const RDS_CONTROLS = defineControls([
  {
    id: 'DS-RDS-1',
    title: 'Database storage encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'RDS DB instances and Aurora / Multi-AZ DB clusters encrypt their storage, snapshots and backups with a customer-managed KMS key, not aws/rds.',
    ruleIds: ['DermaShield-RdsCustomerManagedKey'],
    configRules: [
      {
        identifier: 'RDS_STORAGE_ENCRYPTED',
        resourceTypes: ['AWS::RDS::DBInstance'],
        caveat: 'Without its optional kmsKeyId parameter it passes any key, aws/rds included; the evidence CLI joins KmsKeyId to the recorded key and its KeyManager.',
        decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::RDS::DBInstance', attribute: 'configuration.kmsKeyId' },
      },
      {
        identifier: 'RDS_CLUSTER_ENCRYPTED_AT_REST',
        resourceTypes: ['AWS::RDS::DBCluster'],
        caveat: 'Passes any key, aws/rds included; the evidence CLI joins KmsKeyId to the recorded key and its KeyManager.',
        decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::RDS::DBCluster', attribute: 'configuration.kmsKeyId' },
      },
    ],
  },
  {
    id: 'DS-RDS-2',
    title: 'Database connections must use TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'The DB parameter group forces TLS (rds.force_ssl = 1 for PostgreSQL and SQL Server, require_secure_transport = ON for MySQL and MariaDB), set explicitly in a group the practice owns.',
    ruleIds: ['DermaShield-RdsForceSsl'],
    configRules: [
      {
        identifier: 'RDS_MYSQL_INSTANCE_ENCRYPTED_IN_TRANSIT',
        resourceTypes: ['AWS::RDS::DBInstance'],
        caveat: 'Covers RDS for MySQL instances only; PostgreSQL instances and Aurora clusters are evidenced from their parameter groups.',
      },
      {
        identifier: 'RDS_SQLSERVER_ENCRYPTED_IN_TRANSIT',
        resourceTypes: ['AWS::RDS::DBInstance'],
        caveat: 'Covers RDS for SQL Server instances only.',
      },
    ],
  },
  {
    id: 'DS-RDS-3',
    title: 'Database accepts TLS 1.2 or newer only',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'The DB parameter group sets the minimum protocol to TLS 1.2 (ssl_min_protocol_version, tls_version, or rds.tls10/rds.tls11 disabled).',
    ruleIds: ['DermaShield-RdsMinimumTlsVersion'],
    configRules: [],
    notEvidencedAfterDeployment: 'The minimum TLS version is a DB (cluster) parameter group setting; the AWS::RDS::DBInstance and AWS::RDS::DBCluster configuration items record only the group name, and Config records no parameter values.',
  },
  {
    id: 'DS-RDS-4',
    title: 'Performance Insights encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'When Performance Insights is on (it records SQL text, i.e. ePHI), its data is encrypted with a customer-managed KMS key.',
    ruleIds: ['DermaShield-RdsPerformanceInsightsCustomerManagedKey'],
    configRules: [],
    guardPolicy: {
      resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
      caveat: 'Config records performanceInsightsKMSKeyId as a key ARN, which looks the same for the AWS-managed aws/rds key: the policy proves a key is set and is not an alias/aws/ name; the evidence CLI must join the ARN to the AWS::KMS::Key item and its keyManager.',
    },
  },
  {
    id: 'DS-RDS-5',
    title: 'RDS Proxy requires TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every RDS Proxy in front of an ePHI database requires TLS for client connections.',
    ruleIds: ['DermaShield-RdsProxyRequireTls'],
    configRules: [{ identifier: 'RDS_PROXY_TLS_ENCRYPTION', resourceTypes: ['AWS::RDS::DBProxy'] }],
  },
  {
    id: 'DS-RDS-6',
    title: 'RDS-managed master secret encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.ACCESS_CONTROL],
    guidance: 'A master user password managed by RDS in Secrets Manager is encrypted with a customer-managed KMS key, not aws/secretsmanager.',
    ruleIds: ['DermaShield-RdsMasterSecretCustomerManagedKey'],
    configRules: [
      {
        identifier: 'SECRETSMANAGER_USING_CMK',
        resourceTypes: ['AWS::SecretsManager::Secret'],
        caveat: 'Evaluates the secret, not the DB; the evidence CLI joins the DB MasterUserSecret ARN to the secret.',
      },
    ],
  },
  {
    id: 'DS-RDS-10',
    title: 'RDS copies (snapshot restores, cross-Region replicas) encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.DISASTER_RECOVERY],
    guidance: 'DB instances and clusters restored from a snapshot or backup, or replicating a DB from another Region or template, name a customer-managed key of their own Region.',
    ruleIds: ['DermaShield-RdsCopyCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
