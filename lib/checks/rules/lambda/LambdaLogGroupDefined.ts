import { CustomResourceProviderBase } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, pass, RuleOutcome, unverifiable } from '../../rule';
import { describeIntrinsic, isIntrinsic } from '../../values';
import { LOG_GROUP, logGroupNamed, logGroupNamedAfter } from '../logs/log-group-lookup';

/**
 * The template metadata aws-cdk-lib puts on the handlers it vends for its own custom resources (VPC default security
 * group restriction, cross-Region references, bucket notifications...): they run only while CloudFormation deploys
 * and log resource ids, not records, and `CustomResourceConfig` is the place to manage their logs.
 */
const CDK_HANDLER_MARKER = 'aws:cdk:is-custom-resource-handler-';

/** The construct a template resource came from, found by its path below its stack (undefined for included templates). */
function constructOf(resource: EffectiveResource): IConstruct | undefined {
  const stack = resource.stack.stack;
  const prefix = `${stack.node.path}/`;
  if (!resource.path.startsWith(prefix)) return undefined;
  let node: IConstruct | undefined = stack;
  for (const id of resource.path.slice(prefix.length).split('/')) node = node?.node.tryFindChild(id);
  return node;
}

function isCdkVendedHandler(resource: EffectiveResource): boolean {
  const metadata = resource.entry.Metadata;
  if (metadata && typeof metadata === 'object' && Object.keys(metadata).some((k) => k.startsWith(CDK_HANDLER_MARKER))) return true;
  // Providers built with CustomResourceProvider (core) do not all carry the marker; their handler is the provider's child.
  const scope = constructOf(resource)?.node.scope;
  return scope instanceof CustomResourceProviderBase;
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
    + 'custom resource creates the group without a key. Handlers aws-cdk-lib vends for its own custom resources '
    + `(CustomResourceProvider handlers, or marked ${CDK_HANDLER_MARKER}*) run only at deployment and are not judged.`,
  evaluate(resource): RuleOutcome {
    if (isCdkVendedHandler(resource)) return notApplicable();
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
          if (logGroupNamed(resource, target.value)) return pass();
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
      if (logGroupNamed(resource, `/aws/lambda/${fn.value}`)) return pass();
      return fail(`no LoggingConfig.LogGroup and no log group /aws/lambda/${fn.value} in the app, so Lambda creates one without a customer-managed key`);
    }
    if (logGroupNamedAfter(resource, '/aws/lambda/')) return pass();
    return fail('no LoggingConfig.LogGroup and no /aws/lambda/<function name> log group in the app, so Lambda creates one without a customer-managed key');
  },
});
