import { DermaShieldRule } from '../rule';
import { APIGATEWAY_INTEGRATION_ENTRIES } from './apigateway-integrations';
import { tableRule, TableEntry } from './entry';
import { FIREHOSE_ENTRIES } from './firehose';
import { HEALTH_ENTRIES } from './health';
import { WORKSPACES_ENTRIES } from './workspaces';
import { TRANSFER_ENTRIES } from './transfer';
import { SAGEMAKER_ENTRIES } from './sagemaker';
import { SES_ENTRIES } from './ses';
import { QUICKSIGHT_ENTRIES } from './quicksight';
import { SSM_ENTRIES } from './ssm';
import { STEPFUNCTIONS_ENTRIES } from './stepfunctions';
import { MEMORYDB_ENTRIES } from './memorydb';
import { TIMESTREAM_ENTRIES } from './timestream';
import { OPENSEARCH_MORE_ENTRIES } from './opensearch-more';
import { S3_MORE_ENTRIES } from './s3-more';
import { RDS_MORE_ENTRIES } from './rds-more';
import { REDSHIFT_MORE_ENTRIES } from './redshift-more';
import { MSK_MORE_ENTRIES } from './msk-more';
import { NEPTUNEGRAPH_ENTRIES } from './neptunegraph';
import { OMICS_ENTRIES } from './omics';
import { QBUSINESS_ENTRIES } from './qbusiness';
import { WISDOM_ENTRIES } from './wisdom';
import { VOICEID_ENTRIES } from './voiceid';
import { PERSONALIZE_ENTRIES } from './personalize';
import { REKOGNITION_ENTRIES } from './rekognition';
import { TRANSLATE_ENTRIES } from './translate';
import { MWAA_ENTRIES } from './mwaa';
import { M2_ENTRIES } from './m2';
import { SCHEDULER_ENTRIES } from './scheduler';
import { STORAGEGATEWAY_ENTRIES } from './storagegateway';
import { SYNTHETICS_ENTRIES } from './synthetics';
import { SERVERLESS_ENTRIES } from './serverless';
import { OBSERVABILITYADMIN_ENTRIES } from './observabilityadmin';
import { AMAZONMQ_ENTRIES } from './amazonmq';
import { APPSYNC_ENTRIES } from './appsync';
import { BEDROCK_ENTRIES } from './bedrock';
import { KEYSPACES_ENTRIES } from './keyspaces';
import { CHIME_ENTRIES } from './chime';
import { CODEBUILD_ENTRIES } from './codebuild';
import { COGNITO_ENTRIES } from './cognito';
import { COMPREHEND_ENTRIES } from './comprehend';
import { CONNECT_ENTRIES } from './connect';
import { CUSTOMERPROFILES_ENTRIES } from './customerprofiles';
import { DAX_ENTRIES } from './dax';
import { DMS_ENTRIES } from './dms';
import { DRS_ENTRIES } from './drs';
import { DATABREW_ENTRIES } from './databrew';
import { DATASYNC_ENTRIES } from './datasync';
import { DOCDBELASTIC_ENTRIES } from './docdbelastic';
import { APPFLOW_ENTRIES } from './appflow';
import { APPINTEGRATIONS_ENTRIES } from './appintegrations';
import { APPRUNNER_ENTRIES } from './apprunner';
import { BACKUP_ENTRIES } from './backup';
import { CLEANROOMS_ENTRIES } from './cleanrooms';
import { LAMBDA_ENTRIES } from './lambda';
import { FSX_ENTRIES } from './fsx';
import { SITE_VPN_ENTRIES } from './site-vpn';
import { ECS_ENTRIES } from './ecs';
import { EKS_ENTRIES } from './eks';
import { EMR_ENTRIES } from './emr';
import { EVENTBRIDGE_ENTRIES } from './eventbridge';
import { GLUE_ENTRIES } from './glue';
import { KENDRA_ENTRIES } from './kendra';
import { KINESIS_VIDEO_ENTRIES } from './kinesis-video';
import { KINESIS_CHANNEL_ENTRIES } from './kinesis-channel';
import { FLINK_ENTRIES } from './flink';
import { KAFKA_CONNECT_ENTRIES } from './kafka-connect';
import { LEX_ENTRIES } from './lex';
import { LOCATION_ENTRIES } from './location';
import { LOGS_ENTRIES } from './logs';
import { LIGHTSAIL_ENTRIES } from './lightsail';
import { IOT_ENTRIES } from './iot';
import { ECR_ENTRIES } from './ecr';
import { ELASTICACHE_ENTRIES } from './elasticache';
import { ENTITY_RESOLUTION_ENTRIES } from './entity-resolution';
import { FORECAST_ENTRIES } from './forecast';
import { GUARDDUTY_ENTRIES } from './guardduty';
import { TRANSIT_GATEWAY_ENTRIES } from './transit-gateway';
import { KMS_ENTRIES } from './kms';
import { S3_ENTRIES } from './s3';
import { SECRETSMANAGER_ENTRIES } from './secretsmanager';
import { SNS_ENTRIES } from './sns';

/** Every declarative entry of the pack, grouped by service file. */
export const TABLE_ENTRIES: readonly TableEntry[] = Object.freeze([
  ...HEALTH_ENTRIES,
  ...WORKSPACES_ENTRIES,
  ...TRANSFER_ENTRIES,
  ...SAGEMAKER_ENTRIES,
  ...SES_ENTRIES,
  ...QUICKSIGHT_ENTRIES,
  ...SSM_ENTRIES,
  ...STEPFUNCTIONS_ENTRIES,
  ...MEMORYDB_ENTRIES,
  ...TIMESTREAM_ENTRIES,
  ...OPENSEARCH_MORE_ENTRIES,
  ...S3_MORE_ENTRIES,
  ...RDS_MORE_ENTRIES,
  ...REDSHIFT_MORE_ENTRIES,
  ...MSK_MORE_ENTRIES,
  ...NEPTUNEGRAPH_ENTRIES,
  ...OMICS_ENTRIES,
  ...QBUSINESS_ENTRIES,
  ...WISDOM_ENTRIES,
  ...VOICEID_ENTRIES,
  ...PERSONALIZE_ENTRIES,
  ...REKOGNITION_ENTRIES,
  ...TRANSLATE_ENTRIES,
  ...MWAA_ENTRIES,
  ...M2_ENTRIES,
  ...SCHEDULER_ENTRIES,
  ...STORAGEGATEWAY_ENTRIES,
  ...SYNTHETICS_ENTRIES,
  ...SERVERLESS_ENTRIES,
  ...OBSERVABILITYADMIN_ENTRIES,
  ...AMAZONMQ_ENTRIES,
  ...APPSYNC_ENTRIES,
  ...BEDROCK_ENTRIES,
  ...KEYSPACES_ENTRIES,
  ...CHIME_ENTRIES,
  ...CODEBUILD_ENTRIES,
  ...COGNITO_ENTRIES,
  ...COMPREHEND_ENTRIES,
  ...CONNECT_ENTRIES,
  ...CUSTOMERPROFILES_ENTRIES,
  ...DAX_ENTRIES,
  ...DMS_ENTRIES,
  ...DRS_ENTRIES,
  ...DATABREW_ENTRIES,
  ...DATASYNC_ENTRIES,
  ...DOCDBELASTIC_ENTRIES,
  ...APPFLOW_ENTRIES,
  ...APPINTEGRATIONS_ENTRIES,
  ...APPRUNNER_ENTRIES,
  ...BACKUP_ENTRIES,
  ...CLEANROOMS_ENTRIES,
  ...LAMBDA_ENTRIES,
  ...FSX_ENTRIES,
  ...SITE_VPN_ENTRIES,
  ...ECS_ENTRIES,
  ...EKS_ENTRIES,
  ...EMR_ENTRIES,
  ...EVENTBRIDGE_ENTRIES,
  ...GLUE_ENTRIES,
  ...KENDRA_ENTRIES,
  ...KINESIS_VIDEO_ENTRIES,
  ...KINESIS_CHANNEL_ENTRIES,
  ...FLINK_ENTRIES,
  ...KAFKA_CONNECT_ENTRIES,
  ...LEX_ENTRIES,
  ...LOCATION_ENTRIES,
  ...LOGS_ENTRIES,
  ...LIGHTSAIL_ENTRIES,
  ...IOT_ENTRIES,
  ...ECR_ENTRIES,
  ...ELASTICACHE_ENTRIES,
  ...ENTITY_RESOLUTION_ENTRIES,
  ...FORECAST_ENTRIES,
  ...GUARDDUTY_ENTRIES,
  ...TRANSIT_GATEWAY_ENTRIES,
  ...S3_ENTRIES,
  ...SECRETSMANAGER_ENTRIES,
  ...KMS_ENTRIES,
  ...FIREHOSE_ENTRIES,
  ...SNS_ENTRIES,
  ...APIGATEWAY_INTEGRATION_ENTRIES,
]);

/** The rules the entries define. */
export const TABLE_RULES: readonly DermaShieldRule[] = TABLE_ENTRIES.map(tableRule);
