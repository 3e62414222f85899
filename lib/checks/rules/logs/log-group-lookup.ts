/**
 * Finding the log group a service would otherwise create implicitly (`/aws/lambda/<name>`, `/aws/eks/<name>/cluster`)
 * among the log groups the app defines, so DermaShield-LogGroupCustomerManagedKey judges its key.
 */
import { EffectiveResource } from '../../effective';
import { isIntrinsic } from '../../values';

export const LOG_GROUP = 'AWS::Logs::LogGroup';

/** An app log group whose literal LogGroupName is `name`. */
export function logGroupNamed(from: EffectiveResource, name: string): EffectiveResource | undefined {
  return from.stack.app.ofType(LOG_GROUP).find((g) => g.properties.LogGroupName === name);
}

/**
 * A log group of `owner`'s template whose name is built (Fn::Join / Fn::Sub) from `prefix` and a `Ref` to `owner`,
 * e.g. `/aws/lambda/` + the generated function name.
 */
export function logGroupNamedAfter(owner: EffectiveResource, prefix: string): EffectiveResource | undefined {
  const ref = JSON.stringify({ Ref: owner.logicalId });
  return owner.stack.ofType(LOG_GROUP).find((g) => {
    const name = g.properties.LogGroupName;
    if (!isIntrinsic(name)) return false;
    const text = JSON.stringify(name);
    return text.includes(prefix) && (text.includes(ref) || text.includes(`\${${owner.logicalId}}`));
  });
}
