import { defineRule, notApplicable, unverifiable } from '../../rule';
import { readBoolean } from '../../values';
import { judgeClusterKey } from './ecs-support';

const KEY = 'Configuration.ExecuteCommandConfiguration.KmsKeyId';

/** DS-ECS-1: a service that turns ECS Exec on runs in a cluster that encrypts exec sessions with a customer-managed key. */
export const EcsExecuteCommandKey = defineRule({
  name: 'EcsExecuteCommandKey',
  controlId: 'DS-ECS-1',
  resourceTypes: ['AWS::ECS::Service'],
  requirement: `ECS services with EnableExecuteCommand must run in a cluster defined in the app whose ${KEY} is a customer-managed key.`,
  explanation: 'ECS Exec opens shells into containers that hold ePHI; without a cluster key the session data is protected only '
    + 'by the TLS of the Session Manager channel. Set the cluster\'s executeCommandConfiguration.kmsKey to a PhiKey, or turn '
    + 'enableExecuteCommand off.',
  evaluate(resource, context) {
    const exec = readBoolean(resource.properties, 'EnableExecuteCommand');
    if (exec.state === 'unverifiable') return unverifiable(`EnableExecuteCommand is ${exec.why}`);
    if (exec.state === 'absent' || !exec.value) return notApplicable();
    return judgeClusterKey(resource, context, KEY, 'ECS Exec is on, so');
  },
});
