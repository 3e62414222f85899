import { DermaShieldRule } from '../../rule';
import { CloudWatchAlarmAction } from './CloudWatchAlarmAction';

export { CloudWatchAlarmAction };
/** Rules for CloudWatch alarms and EventBridge rules, one file each. */
export const CLOUDWATCH_RULES: readonly DermaShieldRule[] = [CloudWatchAlarmAction];
