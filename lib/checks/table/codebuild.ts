import { TableEntry } from './entry';

const notDisabled = (path: string) => ({ kind: 'one-of' as const, path, allowed: ['false'], absentMeans: 'false' });

/** AWS CodeBuild projects and report groups (controls DS-CODEBUILD-*). */
export const CODEBUILD_ENTRIES: readonly TableEntry[] = [
  {
    name: 'CodeBuildProjectCustomerManagedKey',
    controlId: 'DS-CODEBUILD-1',
    resourceTypes: ['AWS::CodeBuild::Project'],
    requirement: 'CodeBuild projects must name a customer-managed KMS key (EncryptionKey) for their build output.',
    fix: 'Without EncryptionKey, CodeBuild encrypts build artifacts, caches and S3 logs with the AWS-managed aws/s3 key. '
      + 'Set encryptionKey on codebuild.Project to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionKey' }],
  },
  {
    name: 'CodeBuildProjectEncryptionNotDisabled',
    controlId: 'DS-CODEBUILD-2',
    resourceTypes: ['AWS::CodeBuild::Project'],
    requirement: 'CodeBuild projects must not set EncryptionDisabled on their artifacts, secondary artifacts or S3 logs.',
    fix: 'EncryptionDisabled true writes build output or logs to S3 without encryption. Remove it (CodeBuild encrypts by '
      + 'default) from Artifacts, SecondaryArtifacts and LogsConfig.S3Logs.',
    checks: [
      notDisabled('Artifacts.EncryptionDisabled'),
      notDisabled('SecondaryArtifacts[].EncryptionDisabled'),
      notDisabled('LogsConfig.S3Logs.EncryptionDisabled'),
    ],
  },
  {
    name: 'CodeBuildSourceTls',
    controlId: 'DS-CODEBUILD-3',
    resourceTypes: ['AWS::CodeBuild::Project'],
    requirement: 'CodeBuild project sources must not set InsecureSsl to true.',
    fix: 'InsecureSsl true makes CodeBuild ignore TLS certificate errors when it fetches source from GitHub Enterprise, '
      + 'which allows a man-in-the-middle. Remove it (the default is false) and trust the server\'s certificate instead.',
    checks: [
      { kind: 'one-of', path: 'Source.InsecureSsl', allowed: ['false'], absentMeans: 'false' },
      { kind: 'one-of', path: 'SecondarySources[].InsecureSsl', allowed: ['false'], absentMeans: 'false' },
    ],
  },
  {
    name: 'CodeBuildReportGroupCustomerManagedKey',
    controlId: 'DS-CODEBUILD-1',
    resourceTypes: ['AWS::CodeBuild::ReportGroup'],
    requirement: 'Report groups that export to S3 must name a customer-managed KMS key (ExportConfig.S3Destination.EncryptionKey) and not disable encryption.',
    fix: 'Without EncryptionKey, exported test reports are encrypted with the AWS-managed aws/s3 key; EncryptionDisabled true '
      + 'exports them unencrypted. Set EncryptionKey to a PhiKey and leave EncryptionDisabled unset.',
    checks: [
      { kind: 'customer-managed-key', path: 'ExportConfig.S3Destination.EncryptionKey' },
      notDisabled('ExportConfig.S3Destination.EncryptionDisabled'),
    ],
    when: { path: 'ExportConfig.ExportConfigType', equals: ['S3'] },
  },
];
