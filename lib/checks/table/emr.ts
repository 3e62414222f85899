import { TableEntry } from './entry';

const EKS_ENC = 'SecurityConfigurationData.EncryptionConfiguration';
const EKS_REST = `${EKS_ENC}.AtRestEncryptionConfiguration`;
const MONITORING = 'MonitoringConfiguration';

/**
 * Amazon EMR on EC2, on EKS and Serverless (controls DS-EMR-*). EMR security configurations are rule files
 * (rules/emr): their SecurityConfiguration may be a JSON string, which a table path cannot read.
 */
export const EMR_ENTRIES: readonly TableEntry[] = [
  {
    name: 'EmrContainersSecurityConfigurationAtRest',
    controlId: 'DS-EMR-1',
    resourceTypes: ['AWS::EMRContainers::SecurityConfiguration'],
    requirement: 'EMR on EKS security configurations must encrypt S3 data with SSE-KMS or CSE-KMS and local disks with AwsKms, '
      + 'each with a customer-managed key.',
    fix: 'Without an at-rest configuration, job output follows only the bucket default and local disks use the node '
      + 'defaults. Set S3EncryptionConfiguration EncryptionOption SSE-KMS (or CSE-KMS) with KMSKeyId and '
      + 'LocalDiskEncryptionConfiguration EncryptionKeyProviderType AwsKms with AwsKmsKeyId, naming a PhiKey.',
    checks: [
      { kind: 'one-of', path: `${EKS_REST}.S3EncryptionConfiguration.EncryptionOption`, allowed: ['SSE-KMS', 'CSE-KMS'] },
      { kind: 'customer-managed-key', path: `${EKS_REST}.S3EncryptionConfiguration.KMSKeyId` },
      { kind: 'one-of', path: `${EKS_REST}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType`, allowed: ['AwsKms'] },
      { kind: 'customer-managed-key', path: `${EKS_REST}.LocalDiskEncryptionConfiguration.AwsKmsKeyId` },
    ],
  },
  {
    name: 'EmrContainersSecurityConfigurationInTransit',
    controlId: 'DS-EMR-2',
    resourceTypes: ['AWS::EMRContainers::SecurityConfiguration'],
    requirement: 'EMR on EKS security configurations must configure in-transit encryption with a PEM TLS certificate '
      + '(InTransitEncryptionConfiguration.TLSCertificateConfiguration.CertificateProviderType PEM).',
    fix: 'Without it, traffic between the job\'s driver and executors carries ePHI unencrypted. Set '
      + 'TLSCertificateConfiguration with CertificateProviderType PEM and the public/private key secrets.',
    checks: [{ kind: 'one-of', path: `${EKS_ENC}.InTransitEncryptionConfiguration.TLSCertificateConfiguration.CertificateProviderType`, allowed: ['PEM'] }],
  },
  {
    name: 'EmrClusterLogCustomerManagedKey',
    controlId: 'DS-EMR-3',
    resourceTypes: ['AWS::EMR::Cluster'],
    requirement: 'EMR clusters that archive logs to S3 (LogUri) must name a customer-managed KMS key (LogEncryptionKmsKeyId).',
    fix: 'Step, container and application logs routinely print records; without LogEncryptionKmsKeyId they are written '
      + 'with the bucket default only. Set LogEncryptionKmsKeyId to a PhiKey (EMR 5.30.0 and later).',
    checks: [{ kind: 'customer-managed-key', path: 'LogEncryptionKmsKeyId' }],
    when: { path: 'LogUri' },
  },
  {
    name: 'EmrStepLogCustomerManagedKey',
    controlId: 'DS-EMR-3',
    resourceTypes: ['AWS::EMR::Step'],
    requirement: 'EMR steps that publish logs to their own S3 location (LogUri) must name a customer-managed KMS key (EncryptionKeyArn).',
    fix: 'Step logs print the records the step processed; without EncryptionKeyArn they are written with the bucket '
      + 'default only. Set EncryptionKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionKeyArn' }],
    when: { path: 'LogUri' },
  },
  {
    name: 'EmrStudioCustomerManagedKey',
    controlId: 'DS-EMR-3',
    resourceTypes: ['AWS::EMR::Studio'],
    requirement: 'EMR Studios must name a customer-managed KMS key for workspace and notebook backups (EncryptionKeyArn).',
    fix: 'Notebooks keep cell output (query results, ePHI included); without EncryptionKeyArn their S3 backups get only '
      + 'the bucket default. Set EncryptionKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionKeyArn' }],
  },
  {
    name: 'EmrServerlessS3LogCustomerManagedKey',
    controlId: 'DS-EMR-3',
    resourceTypes: ['AWS::EMRServerless::Application'],
    requirement: 'EMR Serverless applications that publish logs to S3 must name a customer-managed KMS key '
      + '(S3MonitoringConfiguration.EncryptionKeyArn).',
    fix: 'Driver and executor logs print the records a job processed; set S3MonitoringConfiguration.EncryptionKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: `${MONITORING}.S3MonitoringConfiguration.EncryptionKeyArn` }],
    when: { path: `${MONITORING}.S3MonitoringConfiguration.LogUri` },
  },
  {
    name: 'EmrServerlessCloudWatchLogCustomerManagedKey',
    controlId: 'DS-EMR-3',
    resourceTypes: ['AWS::EMRServerless::Application'],
    requirement: 'EMR Serverless applications that log to CloudWatch Logs must name a customer-managed KMS key '
      + '(CloudWatchLoggingConfiguration.EncryptionKeyArn).',
    fix: 'Driver and executor logs print the records a job processed; set CloudWatchLoggingConfiguration.EncryptionKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: `${MONITORING}.CloudWatchLoggingConfiguration.EncryptionKeyArn` }],
    when: { path: `${MONITORING}.CloudWatchLoggingConfiguration.Enabled`, equals: [true] },
  },
];
