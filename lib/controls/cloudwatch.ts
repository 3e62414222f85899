import { HIPAA } from './citations';
import { defineControls } from './types';

/** CloudWatch alarms and EventBridge rules that watch the encryption controls. */
export const CLOUDWATCH_CONTROLS = defineControls([
  {
    id: 'DS-CW-1',
    title: 'Alarms guarding an encryption control notify someone',
    citations: [HIPAA.INCIDENT_RESPONSE, HIPAA.ACTIVITY_REVIEW, HIPAA.AUDIT_CONTROLS],
    guidance: 'A CloudWatch alarm or EventBridge rule marked as guarding a control (description starting `[DS-...]`) has an enabled action, so an encryption failure is never silent.',
    ruleIds: ['DermaShield-CloudWatchAlarmAction'],
    configRules: [
      {
        identifier: 'CLOUDWATCH_ALARM_ACTION_CHECK',
        parameters: { alarmActionRequired: 'true', insufficientDataActionRequired: 'false', okActionRequired: 'false' },
        resourceTypes: ['AWS::CloudWatch::Alarm'],
        caveat: 'Judges every alarm in the account, not only the guarding ones, and cannot see EventBridge rules; the evidence CLI filters by the `[DS-` description prefix.',
      },
    ],
    guardPolicy: {
      resourceTypes: ['AWS::CloudWatch::Alarm'],
      decidesManagedRuleCaveat: true,
      caveat: 'Judges CloudWatch alarms only; EventBridge rules marked `[DS-` are not judged by a Config rule.',
    },
  },
]);
