import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable } from '../../rule';
import { isIntrinsic, readString } from '../../values';

/**
 * Values of the DocumentDB `tls` cluster parameter that refuse TLS 1.0 and 1.1. `enabled` accepts TLS 1.0 through 1.3,
 * `disabled` accepts plaintext; `fips-140-3` accepts only FIPS 140-3 connections, which are TLS 1.2 or later.
 */
export const DOCDB_TLS12_VALUES: ReadonlySet<string> = new Set(['tls1.2+', 'tls1.3+', 'fips-140-3']);

/** DS-DOCDB-2: DocumentDB clusters accept only TLS 1.2 or later. */
export const DocDbTls = defineRule({
  name: 'DocDbTls',
  controlId: 'DS-DOCDB-2',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  requirement: "DocumentDB clusters must use a cluster parameter group defined in the app whose tls parameter is 'tls1.2+', "
    + "'tls1.3+' or 'fips-140-3'; the default group's 'enabled' still accepts TLS 1.0.",
  explanation: "The tls parameter 'enabled' (the default, and the only value of the default.docdb* groups) accepts TLS 1.0 "
    + "through 1.3, and 'disabled' accepts plaintext. Use docdb.DatabaseCluster with parameterGroup: a ClusterParameterGroup "
    + "with parameters { tls: 'tls1.2+' }.",
  evaluate(resource) {
    const name = resource.properties.DBClusterParameterGroupName;
    if (name === undefined) return fail("DBClusterParameterGroupName is not set, so the default group applies (tls 'enabled' accepts TLS 1.0)");
    const target = resource.stack.resolve(name);
    switch (target.kind) {
      case 'absent':
        return fail("DBClusterParameterGroupName is empty, so the default group applies (tls 'enabled' accepts TLS 1.0)");
      case 'unverifiable':
        return unverifiable(`DBClusterParameterGroupName is ${target.why}`);
      case 'literal': {
        if (/^default\./.test(target.value)) return fail(`DBClusterParameterGroupName ${target.value} is a default group (tls 'enabled' accepts TLS 1.0)`);
        const group = resource.stack.ofType('AWS::DocDB::DBClusterParameterGroup').find((g) => g.properties.Name === target.value);
        return group ? judgeGroup(group) : unverifiable(`DBClusterParameterGroupName ${target.value} is not defined in this template, so its tls parameter cannot be read`);
      }
      case 'resource':
        if (target.resource.type !== 'AWS::DocDB::DBClusterParameterGroup') {
          return unverifiable(`DBClusterParameterGroupName refers to ${target.resource.logicalId} (${target.resource.type})`);
        }
        return judgeGroup(target.resource);
    }
  },
});

function judgeGroup(group: EffectiveResource): RuleOutcome {
  const parameters = group.properties.Parameters;
  if (isIntrinsic(parameters)) return unverifiable(`${group.logicalId} Parameters is decided at deploy time`);
  const tls = readString(parameters ?? {}, 'tls');
  if (tls.state === 'unverifiable') return unverifiable(`${group.logicalId} tls is ${tls.why}`);
  if (tls.state === 'absent') return fail(`${group.logicalId} does not set tls, so the family default 'enabled' accepts TLS 1.0`);
  if (DOCDB_TLS12_VALUES.has(tls.value)) return pass();
  return fail(`${group.logicalId} sets tls to '${tls.value}', which ${tls.value === 'disabled' ? 'accepts plaintext connections' : 'accepts TLS 1.0'}`);
}
