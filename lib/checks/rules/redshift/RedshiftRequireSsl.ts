import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable } from '../../rule';
import { isIntrinsic, readBoolean, readList } from '../../values';

/** DS-REDSHIFT-2: Redshift clusters refuse connections without TLS. */
export const RedshiftRequireSsl = defineRule({
  name: 'RedshiftRequireSsl',
  controlId: 'DS-REDSHIFT-2',
  resourceTypes: ['AWS::Redshift::Cluster'],
  requirement: 'Redshift clusters must use a cluster parameter group defined in the app that sets require_ssl to true; the '
    + 'default group leaves it false.',
  explanation: 'require_ssl is false in the default parameter group, so clients may connect without TLS. Create an '
    + "AWS::Redshift::ClusterParameterGroup with { ParameterName: 'require_ssl', ParameterValue: 'true' } and name it in "
    + 'ClusterParameterGroupName.',
  evaluate(resource) {
    const name = resource.properties.ClusterParameterGroupName;
    if (name === undefined) return fail('ClusterParameterGroupName is not set, so the default group applies (require_ssl false)');
    const target = resource.stack.resolve(name);
    switch (target.kind) {
      case 'absent':
        return fail('ClusterParameterGroupName is empty, so the default group applies (require_ssl false)');
      case 'unverifiable':
        return unverifiable(`ClusterParameterGroupName is ${target.why}`);
      case 'literal': {
        if (/^default\./.test(target.value)) return fail(`ClusterParameterGroupName ${target.value} is a default group (require_ssl false)`);
        const group = resource.stack.ofType('AWS::Redshift::ClusterParameterGroup')
          .find((g) => g.properties.ParameterGroupName === target.value);
        return group ? judgeGroup(group) : unverifiable(`ClusterParameterGroupName ${target.value} is not defined in this template, so require_ssl cannot be read`);
      }
      case 'resource':
        if (target.resource.type !== 'AWS::Redshift::ClusterParameterGroup') {
          return unverifiable(`ClusterParameterGroupName refers to ${target.resource.logicalId} (${target.resource.type})`);
        }
        return judgeGroup(target.resource);
    }
  },
});

function judgeGroup(group: EffectiveResource): RuleOutcome {
  const list = readList(group.properties, 'Parameters');
  if (list.state === 'unverifiable') return unverifiable(`${group.logicalId} Parameters is ${list.why}`);
  const entries = list.state === 'known' ? list.value : [];
  let hidden = false;
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry) || isIntrinsic(entry)) {
      hidden = true;
      continue;
    }
    const e = entry as Record<string, unknown>;
    if (typeof e.ParameterName !== 'string') {
      hidden = true;
      continue;
    }
    if (e.ParameterName !== 'require_ssl') continue;
    const value = readBoolean(e, 'ParameterValue');
    if (value.state === 'unverifiable') return unverifiable(`${group.logicalId} require_ssl is ${value.why}`);
    if (value.state === 'known' && value.value) return pass();
    return fail(`${group.logicalId} sets require_ssl to ${value.state === 'known' ? 'false' : 'nothing'}`);
  }
  if (hidden) return unverifiable(`${group.logicalId} has Parameters entries decided at deploy time`);
  return fail(`${group.logicalId} does not set require_ssl, so it stays false`);
}
