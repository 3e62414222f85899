import { EffectiveResource } from '../../effective';
import { defineRule, fail, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable } from '../../rule';
import { readBoolean } from '../../values';

const LOG_GROUP_TYPE = 'AWS::Logs::LogGroup';

/** DS-VPN-1: connection logging is on, to a log group encrypted with a customer-managed key. */
export const ClientVpnConnectionLogging = defineRule({
  name: 'ClientVpnConnectionLogging',
  controlId: 'DS-VPN-1',
  resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
  requirement: 'Client VPN endpoints must have ConnectionLogOptions.Enabled true and a CloudwatchLogGroup whose '
    + 'AWS::Logs::LogGroup is encrypted with a customer-managed KMS key (KmsKeyId).',
  explanation: 'Connection logs are the audit trail of who reached the practice network, from where and when. '
    + 'aws-cdk-lib creates an unencrypted log group by default. Use ClinicVpnEndpoint, or pass logGroup: a LogGroup with '
    + 'encryptionKey: a PhiKey defined in the same stack, so the pack can follow the log group name to its key.',
  evaluate(resource, context) {
    const enabled = readBoolean(resource.properties, 'ConnectionLogOptions.Enabled');
    if (enabled.state === 'unverifiable') return unverifiable(`ConnectionLogOptions.Enabled is ${enabled.why}`);
    if (enabled.state === 'absent') return fail('ConnectionLogOptions.Enabled is not set, so connection logging is off');
    if (!enabled.value) return fail('ConnectionLogOptions.Enabled is false: connection logging is off');
    return judgeLogGroup(resource, context);
  },
});

/** Follow `CloudwatchLogGroup` (a log group NAME) to the log group and judge its key. */
function judgeLogGroup(endpoint: EffectiveResource, context: RuleContext): RuleOutcome {
  const options = endpoint.properties.ConnectionLogOptions as Record<string, unknown>;
  const name = options.CloudwatchLogGroup;
  const target = endpoint.stack.resolve(name);
  switch (target.kind) {
    case 'absent':
      return fail('ConnectionLogOptions.CloudwatchLogGroup is not set, so no log group receives the connection logs');
    case 'unverifiable':
      return unverifiable(`ConnectionLogOptions.CloudwatchLogGroup is ${target.why}; its encryption cannot be verified at synth`);
    case 'resource': {
      const { resource, attribute } = target;
      if (resource.type !== LOG_GROUP_TYPE) {
        return unverifiable(`ConnectionLogOptions.CloudwatchLogGroup refers to ${resource.logicalId} (${resource.type}), not a log group`);
      }
      if (attribute !== undefined) {
        return fail(`ConnectionLogOptions.CloudwatchLogGroup is ${resource.logicalId}.${attribute}; it must be the log group `
          + 'name (Ref), not an attribute such as its ARN');
      }
      return judgeKey(resource, context);
    }
    case 'literal': {
      const match = endpoint.stack.ofType(LOG_GROUP_TYPE).find((lg) => {
        const lgName = endpoint.stack.resolve(lg.properties.LogGroupName);
        return lgName.kind === 'literal' && lgName.value === target.value;
      });
      if (!match) {
        return unverifiable(`ConnectionLogOptions.CloudwatchLogGroup ${JSON.stringify(target.value)} names no log group defined `
          + 'in this template; its encryption cannot be verified at synth');
      }
      return judgeKey(match, context);
    }
  }
}

function judgeKey(logGroup: EffectiveResource, context: RuleContext): RuleOutcome {
  const outcome = requireCustomerManagedKey(logGroup, context, logGroup.properties.KmsKeyId, `log group ${logGroup.logicalId} KmsKeyId`);
  if (outcome.kind === 'fail' && logGroup.properties.KmsKeyId === undefined) {
    return fail(`log group ${logGroup.logicalId} has no KmsKeyId, so the connection logs are encrypted only with a CloudWatch Logs-owned key`);
  }
  return outcome;
}
