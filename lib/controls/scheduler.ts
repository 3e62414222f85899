import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon EventBridge Scheduler. */
export const SCHEDULER_CONTROLS = defineControls([
  {
    id: 'DS-SCHEDULER-1',
    title: 'Scheduler payloads encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Schedules with a target Input name a customer-managed KmsKeyArn.',
    ruleIds: ['DermaShield-SchedulerScheduleCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
