import { DermaShieldRule } from '../rule';
import { APIGATEWAY_INTEGRATION_ENTRIES } from './apigateway-integrations';
import { tableRule, TableEntry } from './entry';
import { FIREHOSE_ENTRIES } from './firehose';
import { HEALTH_ENTRIES } from './health';
import { KMS_ENTRIES } from './kms';
import { S3_ENTRIES } from './s3';
import { SECRETSMANAGER_ENTRIES } from './secretsmanager';
import { SNS_ENTRIES } from './sns';

/** Every declarative entry of the pack, grouped by service file. */
export const TABLE_ENTRIES: readonly TableEntry[] = Object.freeze([
  ...HEALTH_ENTRIES,
  ...S3_ENTRIES,
  ...SECRETSMANAGER_ENTRIES,
  ...KMS_ENTRIES,
  ...FIREHOSE_ENTRIES,
  ...SNS_ENTRIES,
  ...APIGATEWAY_INTEGRATION_ENTRIES,
]);

/** The rules the entries define. */
export const TABLE_RULES: readonly DermaShieldRule[] = TABLE_ENTRIES.map(tableRule);
