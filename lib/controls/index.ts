import { APIGATEWAY_CONTROLS } from './apigateway';
import { BACKUP_CONTROLS } from './backup';
import { BATCH_CONTROLS } from './batch';
import { CLIENTVPN_CONTROLS } from './clientvpn';
import { CLOUDFRONT_CONTROLS } from './cloudfront';
import { CLOUDTRAIL_CONTROLS } from './cloudtrail';
import { CLOUDWATCH_CONTROLS } from './cloudwatch';
import { DOCDB_CONTROLS } from './docdb';
import { DYNAMODB_CONTROLS } from './dynamodb';
import { EC2_CONTROLS } from './ec2';
import { ECS_CONTROLS } from './ecs';
import { EFS_CONTROLS } from './efs';
import { ELASTICACHE_CONTROLS } from './elasticache';
import { ELB_CONTROLS } from './elb';
import { FIREHOSE_CONTROLS } from './firehose';
import { HEALTH_CONTROLS } from './health';
import { KINESIS_CONTROLS } from './kinesis';
import { KMS_CONTROLS } from './kms';
import { LOGS_CONTROLS } from './logs';
import { MSK_CONTROLS } from './msk';
import { NEPTUNE_CONTROLS } from './neptune';
import { OPENSEARCH_CONTROLS } from './opensearch';
import { PACK_CONTROLS } from './pack';
import { RDS_CONTROLS } from './rds';
import { REDSHIFT_CONTROLS } from './redshift';
import { S3_CONTROLS } from './s3';
import { SECRETSMANAGER_CONTROLS } from './secretsmanager';
import { SNS_CONTROLS } from './sns';
import { SQS_CONTROLS } from './sqs';
import { DermaShieldError } from '../errors';
import { Control } from './types';
import { VPC_CONTROLS } from './vpc';
import { WORKSPACES_CONTROLS } from './workspaces';
import { TRANSFER_CONTROLS } from './transfer';
import { SAGEMAKER_CONTROLS } from './sagemaker';
import { SES_CONTROLS } from './ses';
import { QUICKSIGHT_CONTROLS } from './quicksight';
import { SSM_CONTROLS } from './ssm';
import { STEPFUNCTIONS_CONTROLS } from './stepfunctions';
import { MEMORYDB_CONTROLS } from './memorydb';
import { TIMESTREAM_CONTROLS } from './timestream';
import { OPENSEARCH_MORE_CONTROLS } from './opensearch-more';
import { S3_MORE_CONTROLS } from './s3-more';
import { RDS_MORE_CONTROLS } from './rds-more';
import { REDSHIFT_MORE_CONTROLS } from './redshift-more';
import { MSK_MORE_CONTROLS } from './msk-more';
import { NEPTUNEGRAPH_CONTROLS } from './neptunegraph';
import { OMICS_CONTROLS } from './omics';
import { QBUSINESS_CONTROLS } from './qbusiness';
import { WISDOM_CONTROLS } from './wisdom';
import { VOICEID_CONTROLS } from './voiceid';
import { PERSONALIZE_CONTROLS } from './personalize';
import { REKOGNITION_CONTROLS } from './rekognition';
import { TRANSLATE_CONTROLS } from './translate';
import { MWAA_CONTROLS } from './mwaa';
import { M2_CONTROLS } from './m2';
import { SCHEDULER_CONTROLS } from './scheduler';
import { STORAGEGATEWAY_CONTROLS } from './storagegateway';
import { SYNTHETICS_CONTROLS } from './synthetics';
import { SERVERLESS_CONTROLS } from './serverless';
import { OBSERVABILITYADMIN_CONTROLS } from './observabilityadmin';
import { AMAZONMQ_CONTROLS } from './amazonmq';
import { APPSYNC_CONTROLS } from './appsync';
import { BEDROCK_CONTROLS } from './bedrock';
import { KEYSPACES_CONTROLS } from './keyspaces';
import { CHIME_CONTROLS } from './chime';
import { CODEBUILD_CONTROLS } from './codebuild';
import { COGNITO_CONTROLS } from './cognito';
import { COMPREHEND_CONTROLS } from './comprehend';
import { CONNECT_CONTROLS } from './connect';
import { CUSTOMERPROFILES_CONTROLS } from './customerprofiles';
import { DAX_CONTROLS } from './dax';
import { DMS_CONTROLS } from './dms';
import { DRS_CONTROLS } from './drs';
import { DATABREW_CONTROLS } from './databrew';
import { DATASYNC_CONTROLS } from './datasync';
import { APPFLOW_CONTROLS } from './appflow';
import { APPINTEGRATIONS_CONTROLS } from './appintegrations';
import { APPRUNNER_CONTROLS } from './apprunner';
import { CLEANROOMS_CONTROLS } from './cleanrooms';
import { ATHENA_CONTROLS } from './athena';
import { DLM_CONTROLS } from './dlm';
import { DSQL_CONTROLS } from './dsql';
import { LAMBDA_CONTROLS } from './lambda';
import { FSX_CONTROLS } from './fsx';
import { SITE_VPN_CONTROLS } from './site-vpn';
import { EKS_CONTROLS } from './eks';
import { EMR_CONTROLS } from './emr';
import { EVENTBRIDGE_CONTROLS } from './eventbridge';
import { GLUE_CONTROLS } from './glue';
import { KENDRA_CONTROLS } from './kendra';
import { KINESIS_VIDEO_CONTROLS } from './kinesis-video';
import { KINESIS_CHANNEL_CONTROLS } from './kinesis-channel';
import { FLINK_CONTROLS } from './flink';
import { KAFKA_CONNECT_CONTROLS } from './kafka-connect';
import { LEX_CONTROLS } from './lex';
import { LOCATION_CONTROLS } from './location';
import { LIGHTSAIL_CONTROLS } from './lightsail';
import { IOT_CONTROLS } from './iot';
import { ECR_CONTROLS } from './ecr';
import { ENTITY_RESOLUTION_CONTROLS } from './entity-resolution';
import { FORECAST_CONTROLS } from './forecast';
import { GUARDDUTY_CONTROLS } from './guardduty';
import { TRANSIT_GATEWAY_CONTROLS } from './transit-gateway';
import { EC2_FLEET_CONTROLS } from './ec2-fleet';

export * from './citations';
export * from './keys';
export * from './markers';
export * from './out-of-scope';
export * from './parameters';
export * from './tls-policies';
export * from './types';

/** The whole control catalog, in the order the README table shows it. */
export const CONTROLS: readonly Control[] = Object.freeze([
  ...KMS_CONTROLS,
  ...S3_CONTROLS,
  ...RDS_CONTROLS,
  ...ELB_CONTROLS,
  ...BACKUP_CONTROLS,
  ...CLIENTVPN_CONTROLS,
  ...LOGS_CONTROLS,
  ...SNS_CONTROLS,
  ...SQS_CONTROLS,
  ...SECRETSMANAGER_CONTROLS,
  ...EC2_CONTROLS,
  ...EFS_CONTROLS,
  ...DYNAMODB_CONTROLS,
  ...CLOUDTRAIL_CONTROLS,
  ...VPC_CONTROLS,
  ...CLOUDWATCH_CONTROLS,
  ...ELASTICACHE_CONTROLS,
  ...KINESIS_CONTROLS,
  ...OPENSEARCH_CONTROLS,
  ...DOCDB_CONTROLS,
  ...NEPTUNE_CONTROLS,
  ...REDSHIFT_CONTROLS,
  ...CLOUDFRONT_CONTROLS,
  ...APIGATEWAY_CONTROLS,
  ...MSK_CONTROLS,
  ...HEALTH_CONTROLS,
  ...WORKSPACES_CONTROLS,
  ...TRANSFER_CONTROLS,
  ...SAGEMAKER_CONTROLS,
  ...SES_CONTROLS,
  ...QUICKSIGHT_CONTROLS,
  ...SSM_CONTROLS,
  ...STEPFUNCTIONS_CONTROLS,
  ...MEMORYDB_CONTROLS,
  ...TIMESTREAM_CONTROLS,
  ...OPENSEARCH_MORE_CONTROLS,
  ...S3_MORE_CONTROLS,
  ...RDS_MORE_CONTROLS,
  ...REDSHIFT_MORE_CONTROLS,
  ...MSK_MORE_CONTROLS,
  ...NEPTUNEGRAPH_CONTROLS,
  ...OMICS_CONTROLS,
  ...QBUSINESS_CONTROLS,
  ...WISDOM_CONTROLS,
  ...VOICEID_CONTROLS,
  ...PERSONALIZE_CONTROLS,
  ...REKOGNITION_CONTROLS,
  ...TRANSLATE_CONTROLS,
  ...MWAA_CONTROLS,
  ...M2_CONTROLS,
  ...SCHEDULER_CONTROLS,
  ...STORAGEGATEWAY_CONTROLS,
  ...SYNTHETICS_CONTROLS,
  ...SERVERLESS_CONTROLS,
  ...OBSERVABILITYADMIN_CONTROLS,
  ...FIREHOSE_CONTROLS,
  ...ECS_CONTROLS,
  ...BATCH_CONTROLS,
  ...PACK_CONTROLS,
  ...AMAZONMQ_CONTROLS,
  ...APPSYNC_CONTROLS,
  ...BEDROCK_CONTROLS,
  ...KEYSPACES_CONTROLS,
  ...CHIME_CONTROLS,
  ...CODEBUILD_CONTROLS,
  ...COGNITO_CONTROLS,
  ...COMPREHEND_CONTROLS,
  ...CONNECT_CONTROLS,
  ...CUSTOMERPROFILES_CONTROLS,
  ...DAX_CONTROLS,
  ...DMS_CONTROLS,
  ...DRS_CONTROLS,
  ...DATABREW_CONTROLS,
  ...DATASYNC_CONTROLS,
  ...APPFLOW_CONTROLS,
  ...APPINTEGRATIONS_CONTROLS,
  ...APPRUNNER_CONTROLS,
  ...CLEANROOMS_CONTROLS,
  ...ATHENA_CONTROLS,
  ...DLM_CONTROLS,
  ...DSQL_CONTROLS,
  ...LAMBDA_CONTROLS,
  ...FSX_CONTROLS,
  ...SITE_VPN_CONTROLS,
  ...EKS_CONTROLS,
  ...EMR_CONTROLS,
  ...EVENTBRIDGE_CONTROLS,
  ...GLUE_CONTROLS,
  ...KENDRA_CONTROLS,
  ...KINESIS_VIDEO_CONTROLS,
  ...KINESIS_CHANNEL_CONTROLS,
  ...FLINK_CONTROLS,
  ...KAFKA_CONNECT_CONTROLS,
  ...LEX_CONTROLS,
  ...LOCATION_CONTROLS,
  ...LIGHTSAIL_CONTROLS,
  ...IOT_CONTROLS,
  ...ECR_CONTROLS,
  ...ENTITY_RESOLUTION_CONTROLS,
  ...FORECAST_CONTROLS,
  ...GUARDDUTY_CONTROLS,
  ...TRANSIT_GATEWAY_CONTROLS,
  ...EC2_FLEET_CONTROLS,
]);

const BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));

/** The control with this id; throws on an unknown id so a typo never reaches a report. */
export function controlById(id: string): Control {
  const control = BY_ID.get(id);
  if (!control) {
    throw DermaShieldError.forSubject('UnknownControlId', 'controlById', `'${id}' is not a DermaShield control id. Known ids: ${[...BY_ID.keys()].join(', ')}`);
  }
  return control;
}

/** The control that lists this rule id (e.g. `DermaShield-KmsKeyRotation`), if any. */
export function controlForRule(ruleId: string): Control | undefined {
  return CONTROLS.find((c) => c.ruleIds.includes(ruleId));
}
