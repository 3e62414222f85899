import { DermaShieldRule } from '../../rule';
import { CloudWatchAlarmAction } from './CloudWatchAlarmAction';

export { CloudWatchAlarmAction };
export { GUARD_MARKER, guardDescription, guardedControlId } from './guard';
/** Rules for CloudWatch alarms and EventBridge rules, one file each. */
export const CLOUDWATCH_RULES: readonly DermaShieldRule[] = [CloudWatchAlarmAction];
