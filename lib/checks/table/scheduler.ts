import { TableEntry } from './entry';

/** Amazon EventBridge Scheduler (control DS-SCHEDULER-1). */
export const SCHEDULER_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SchedulerScheduleCustomerManagedKey',
    controlId: 'DS-SCHEDULER-1',
    resourceTypes: ['AWS::Scheduler::Schedule'],
    requirement: 'EventBridge Scheduler schedules that carry a target Input must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'A schedule stores its target Input (e.g. an appointment reminder naming the patient) until it runs; without '
      + 'KmsKeyArn it is encrypted with an AWS-owned key. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
    when: { path: 'Target.Input' },
  },
];
