import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable } from '../../rule';
import { describeIntrinsic, isIntrinsic } from '../../values';

const LOG_GROUP = 'AWS::Logs::LogGroup';

/** The app's log groups whose literal LogGroupName is `name`. */
function groupNamed(resource: EffectiveResource, name: string): EffectiveResource | undefined {
  return resource.stack.app.ofType(LOG_GROUP).find((g) => g.properties.LogGroupName === name);
}

/** A log group in the function's template whose name is built from `/aws/lambda/` and a `Ref` to the function. */
function defaultGroupByRef(resource: EffectiveResource): EffectiveResource | undefined {
  const ref = JSON.stringify({ Ref: resource.logicalId });
  return resource.stack.ofType(LOG_GROUP).find((g) => {
    const name = g.properties.LogGroupName;
    if (!isIntrinsic(name)) return false;
    const text = JSON.stringify(name);
    return text.includes('/aws/lambda/') && text.includes(ref);
  });
}

/**
 * DS-LAMBDA-2: a function logs to a log group the app defines, so DermaShield-LogGroupCustomerManagedKey judges its
 * key. A function that relies on the implicit `/aws/lambda/<name>` group gets one Lambda creates at first invocation,
 * without a customer-managed key and with logs kept forever.
 */
export const LambdaLogGroupDefined = defineRule({
  name: 'LambdaLogGroupDefined',
  controlId: 'DS-LAMBDA-2',
  resourceTypes: ['AWS::Lambda::Function'],
  requirement: 'Lambda functions must log to a log group defined in the app: LoggingConfig.LogGroup naming one, or a '
    + 'log group named /aws/lambda/<function name>.',
  explanation: 'Without either, Lambda creates /aws/lambda/<function name> at the first invocation, with no customer-managed '
    + 'key (and no retention), and function logs routinely print request payloads. Pass logGroup: a LogGroup encrypted '
    + 'with a PhiKey (DermaShield-LogGroupCustomerManagedKey then judges its key). logRetention does not help: its '
    + 'custom resource creates the group without a key.',
  evaluate(resource): RuleOutcome {
    const config = resource.properties.LoggingConfig;
    if (isIntrinsic(config)) return unverifiable(`LoggingConfig is ${describeIntrinsic(config)}`);
    const named = config && typeof config === 'object' ? (config as Record<string, unknown>).LogGroup : undefined;
    if (named !== undefined && named !== null) {
      const target = resource.stack.resolve(named);
      switch (target.kind) {
        case 'resource':
          if (target.resource.type === LOG_GROUP) return pass();
          return unverifiable(`LoggingConfig.LogGroup refers to ${target.resource.logicalId} (${target.resource.type}), not a log group`);
        case 'literal':
          if (groupNamed(resource, target.value)) return pass();
          return unverifiable(`LoggingConfig.LogGroup ${target.value} is not a log group defined in this app, so its key cannot be verified`);
        case 'unverifiable':
          return unverifiable(`LoggingConfig.LogGroup is ${target.why}`);
        case 'absent':
          break;
      }
    }
    const fn = resource.stack.resolve(resource.properties.FunctionName);
    if (fn.kind === 'unverifiable') return unverifiable(`FunctionName is ${fn.why}, so its default log group cannot be found`);
    if (fn.kind === 'literal') {
      if (groupNamed(resource, `/aws/lambda/${fn.value}`)) return pass();
      return fail(`no LoggingConfig.LogGroup and no log group /aws/lambda/${fn.value} in the app, so Lambda creates one without a customer-managed key`);
    }
    if (defaultGroupByRef(resource)) return pass();
    return fail('no LoggingConfig.LogGroup and no /aws/lambda/<function name> log group in the app, so Lambda creates one without a customer-managed key');
  },
});
