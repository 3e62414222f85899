import { APIGATEWAY_CONTROLS } from './apigateway';
import { BACKUP_CONTROLS } from './backup';
import { CLIENTVPN_CONTROLS } from './clientvpn';
import { CLOUDFRONT_CONTROLS } from './cloudfront';
import { CLOUDTRAIL_CONTROLS } from './cloudtrail';
import { CLOUDWATCH_CONTROLS } from './cloudwatch';
import { DOCDB_CONTROLS } from './docdb';
import { DYNAMODB_CONTROLS } from './dynamodb';
import { EC2_CONTROLS } from './ec2';
import { EFS_CONTROLS } from './efs';
import { ELASTICACHE_CONTROLS } from './elasticache';
import { ELB_CONTROLS } from './elb';
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
import { LAMBDA_CONTROLS } from './lambda';
import { FSX_CONTROLS } from './fsx';
import { SITE_VPN_CONTROLS } from './site-vpn';
import { ECS_CONTROLS } from './ecs';
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
  ...PACK_CONTROLS,
  ...LAMBDA_CONTROLS,
  ...FSX_CONTROLS,
  ...SITE_VPN_CONTROLS,
  ...ECS_CONTROLS,
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
