import { TableEntry } from './entry';

const EXEC = 'Configuration.ExecuteCommandConfiguration';

/** Amazon ECS clusters (controls DS-ECS-*); services are judged by rule files. */
export const ECS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'EcsExecuteCommandCustomerManagedKey',
    controlId: 'DS-ECS-1',
    resourceTypes: ['AWS::ECS::Cluster'],
    requirement: 'ECS clusters that configure ECS Exec (ExecuteCommandConfiguration.Logging) must name a customer-managed KMS key for the session data (ExecuteCommandConfiguration.KmsKeyId).',
    fix: 'An ECS Exec session carries whatever a container shell prints, ePHI included; without KmsKeyId it is protected '
      + 'only by the TLS of the Session Manager channel. Set executeCommandConfiguration.kmsKey to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: `${EXEC}.KmsKeyId` }],
    when: { path: `${EXEC}.Logging` },
  },
  {
    name: 'EcsExecuteCommandCloudWatchLogEncryption',
    controlId: 'DS-ECS-1',
    resourceTypes: ['AWS::ECS::Cluster'],
    requirement: 'ECS clusters that log ECS Exec sessions to CloudWatch Logs must set CloudWatchEncryptionEnabled: true.',
    fix: 'Session logs hold the commands and output of container shells. With CloudWatchEncryptionEnabled the agent '
      + 'refuses to log to a log group without a KMS key; without it (the default is off) output can land in an unencrypted group.',
    checks: [{ kind: 'true', path: `${EXEC}.LogConfiguration.CloudWatchEncryptionEnabled`, absentMeans: false }],
    when: { path: `${EXEC}.LogConfiguration.CloudWatchLogGroupName` },
  },
  {
    name: 'EcsExecuteCommandS3LogEncryption',
    controlId: 'DS-ECS-1',
    resourceTypes: ['AWS::ECS::Cluster'],
    requirement: 'ECS clusters that log ECS Exec sessions to S3 must set S3EncryptionEnabled: true.',
    fix: 'Session logs hold the commands and output of container shells. With S3EncryptionEnabled the agent refuses to '
      + 'upload to a bucket without default encryption; without it (the default is off) output can land unencrypted.',
    checks: [{ kind: 'true', path: `${EXEC}.LogConfiguration.S3EncryptionEnabled`, absentMeans: false }],
    when: { path: `${EXEC}.LogConfiguration.S3BucketName` },
  },
  {
    name: 'EcsFargateEphemeralStorageCustomerManagedKey',
    controlId: 'DS-ECS-2',
    resourceTypes: ['AWS::ECS::Cluster'],
    requirement: 'ECS clusters must name a customer-managed KMS key for Fargate ephemeral storage '
      + '(ManagedStorageConfiguration.FargateEphemeralStorageKmsKeyId).',
    fix: 'Any task in the cluster can run on Fargate (a launch type needs no capacity provider), and its ephemeral '
      + 'storage (scratch files, downloads, container layers) is otherwise encrypted with an AWS-owned key. '
      + 'Set managedStorageConfiguration.fargateEphemeralStorageKmsKey to a PhiKey; an EC2-only cluster may acknowledge this rule with that reason.',
    checks: [{ kind: 'customer-managed-key', path: 'Configuration.ManagedStorageConfiguration.FargateEphemeralStorageKmsKeyId' }],
  },
];
