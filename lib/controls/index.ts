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
  ...FIREHOSE_CONTROLS,
  ...ECS_CONTROLS,
  ...BATCH_CONTROLS,
  ...PACK_CONTROLS,
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
