import { DermaShieldRule } from '../rule';
import { APIGATEWAY_RULES } from './apigateway';
import { BACKUP_RULES } from './backup';
import { BATCH_RULES } from './batch';
import { CLIENTVPN_RULES } from './clientvpn';
import { CLOUDFRONT_RULES } from './cloudfront';
import { CLOUDTRAIL_RULES } from './cloudtrail';
import { CLOUDWATCH_RULES } from './cloudwatch';
import { DOCDB_RULES } from './docdb';
import { DYNAMODB_RULES } from './dynamodb';
import { EC2_RULES } from './ec2';
import { EFS_RULES } from './efs';
import { ECS_RULES } from './ecs';
import { ELASTICACHE_RULES } from './elasticache';
import { ELB_RULES } from './elb';
import { FIREHOSE_RULES } from './firehose';
import { KINESIS_RULES } from './kinesis';
import { KMS_RULES } from './kms';
import { LOGS_RULES } from './logs';
import { MSK_RULES } from './msk';
import { NEPTUNE_RULES } from './neptune';
import { OPENSEARCH_RULES } from './opensearch';
import { PACK_RULES } from './pack';
import { RDS_RULES } from './rds';
import { REDSHIFT_RULES } from './redshift';
import { S3_RULES } from './s3';
import { SECRETSMANAGER_RULES } from './secretsmanager';
import { SNS_RULES } from './sns';
import { SQS_RULES } from './sqs';
import { VPC_RULES } from './vpc';
import { ATHENA_RULES } from './athena';
import { DLM_RULES } from './dlm';
import { DSQL_RULES } from './dsql';
import { DMS_RULES } from './dms';
import { BEDROCK_RULES } from './bedrock';
import { CHIME_RULES } from './chime';
import { CUSTOMERPROFILES_RULES } from './customerprofiles';
import { TABLE_RULES } from '../table';
import { SES_RULES } from './ses';
import { SAGEMAKER_RULES } from './sagemaker';
import { SSM_RULES } from './ssm';
import { OPENSEARCHSERVERLESS_RULES } from './opensearchserverless';
import { LAMBDA_RULES } from './lambda';
import { EC2FLEET_RULES } from './ec2fleet';
import { EMR_RULES } from './emr';
import { EKS_RULES } from './eks';

/** Every rule of the pack, grouped by service. */
export const ALL_RULES: readonly DermaShieldRule[] = Object.freeze([
  ...KMS_RULES,
  ...S3_RULES,
  ...RDS_RULES,
  ...ELB_RULES,
  ...BACKUP_RULES,
  ...CLIENTVPN_RULES,
  ...LOGS_RULES,
  ...SNS_RULES,
  ...SQS_RULES,
  ...SECRETSMANAGER_RULES,
  ...EC2_RULES,
  ...EFS_RULES,
  ...DYNAMODB_RULES,
  ...CLOUDTRAIL_RULES,
  ...VPC_RULES,
  ...CLOUDWATCH_RULES,
  ...ELASTICACHE_RULES,
  ...KINESIS_RULES,
  ...OPENSEARCH_RULES,
  ...DOCDB_RULES,
  ...NEPTUNE_RULES,
  ...REDSHIFT_RULES,
  ...CLOUDFRONT_RULES,
  ...APIGATEWAY_RULES,
  ...MSK_RULES,
  ...FIREHOSE_RULES,
  ...ECS_RULES,
  ...BATCH_RULES,
  ...TABLE_RULES,
  ...SES_RULES,
  ...SAGEMAKER_RULES,
  ...SSM_RULES,
  ...OPENSEARCHSERVERLESS_RULES,
  ...ATHENA_RULES,
  ...DLM_RULES,
  ...DSQL_RULES,
  ...DMS_RULES,
  ...BEDROCK_RULES,
  ...CHIME_RULES,
  ...CUSTOMERPROFILES_RULES,
  ...PACK_RULES,
  ...LAMBDA_RULES,
  ...EC2FLEET_RULES,
  ...EMR_RULES,
  ...EKS_RULES,
]);
