/**
 * Reading an `AWS::EMR::SecurityConfiguration`: its `SecurityConfiguration` is JSON, given either as an object or as
 * a JSON string. The rules parse it, then judge it with the declarative checks of the table engine.
 */
import { EffectiveResource } from '../../effective';
import { defineRule, DermaShieldRule, RuleContext, RuleOutcome, unverifiable } from '../../rule';
import { evaluateEntry, TableEntry } from '../../table/entry';
import { describeIntrinsic, isIntrinsic } from '../../values';

export const EMR_SECURITY_CONFIGURATION = 'AWS::EMR::SecurityConfiguration';

/** Judge `entry` (whose paths start at `SecurityConfiguration.`) on the parsed configuration. */
export function judgeSecurityConfiguration(entry: TableEntry, resource: EffectiveResource, context: RuleContext): RuleOutcome {
  let config = resource.properties.SecurityConfiguration;
  if (isIntrinsic(config)) return unverifiable(`SecurityConfiguration is ${describeIntrinsic(config)}`);
  if (typeof config === 'string') {
    try {
      config = JSON.parse(config);
    } catch {
      return unverifiable('SecurityConfiguration is a string that is not JSON');
    }
  }
  return evaluateEntry(entry, { ...resource, properties: { ...resource.properties, SecurityConfiguration: config } }, context);
}

/** The rule of a security-configuration entry: the entry's texts, judged on the parsed configuration. */
export function securityConfigurationRule(entry: TableEntry): DermaShieldRule {
  return defineRule({
    name: entry.name,
    controlId: entry.controlId,
    resourceTypes: [EMR_SECURITY_CONFIGURATION],
    requirement: entry.requirement,
    explanation: entry.fix,
    evaluate: (resource, context) => judgeSecurityConfiguration(entry, resource, context),
  });
}
