import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS CodeBuild: builds and test reports that may process practice data. */
export const CODEBUILD_CONTROLS = defineControls([
  {
    id: 'DS-CODEBUILD-1',
    title: 'CodeBuild output and exported reports encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'CodeBuild projects and S3-exporting report groups name a customer-managed KMS key.',
    ruleIds: ['DermaShield-CodeBuildProjectCustomerManagedKey', 'DermaShield-CodeBuildReportGroupCustomerManagedKey'],
    configRules: [{ identifier: 'CODEBUILD_REPORT_GROUP_ENCRYPTED_AT_REST', resourceTypes: ['AWS::CodeBuild::ReportGroup'], caveat: 'Checks only that EncryptionDisabled is not true; it cannot tell a customer-managed key from the AWS-managed aws/s3 key.' }],
  },
  {
    id: 'DS-CODEBUILD-2',
    title: 'CodeBuild artifacts and S3 logs never written unencrypted',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'CodeBuild projects never set EncryptionDisabled on artifacts, secondary artifacts or S3 logs.',
    ruleIds: ['DermaShield-CodeBuildProjectEncryptionNotDisabled'],
    configRules: [{ identifier: 'CODEBUILD_PROJECT_ARTIFACT_ENCRYPTION', resourceTypes: ['AWS::CodeBuild::Project'] }, { identifier: 'CODEBUILD_PROJECT_S3_LOGS_ENCRYPTED', resourceTypes: ['AWS::CodeBuild::Project'] }],
  },
  {
    id: 'DS-CODEBUILD-3',
    title: 'CodeBuild sources fetched with verified TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'CodeBuild project sources never set InsecureSsl.',
    ruleIds: ['DermaShield-CodeBuildSourceTls'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
