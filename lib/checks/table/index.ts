import { DermaShieldRule } from '../rule';
import { tableRule, TableEntry } from './entry';
import { HEALTH_ENTRIES } from './health';
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

/** Every declarative entry of the pack, grouped by service file. */
export const TABLE_ENTRIES: readonly TableEntry[] = Object.freeze([
  ...HEALTH_ENTRIES,
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
]);

/** The rules the entries define. */
export const TABLE_RULES: readonly DermaShieldRule[] = TABLE_ENTRIES.map(tableRule);
