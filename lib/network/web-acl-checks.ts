import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { DermaShieldError } from '../errors';
import type { PhiWebAclManagedRuleGroup } from './phi-web-acl';

/**
 * Each managed rule group at most once: WAF rule names (here the group names) must be unique within a web ACL, and
 * CloudFormation would only fail at deploy time. TlsLoadBalancer runs it on its `managedRuleGroups` too, before it
 * creates any child. Internal: not exported from the package (lib/index.ts).
 */
export function validateRuleGroupNames(scope: IConstruct, groups: readonly PhiWebAclManagedRuleGroup[]): void {
  const seen = new Set<string>();
  for (const { name } of groups) {
    if (seen.has(name) && !Token.isUnresolved(name)) {
      throw new DermaShieldError('PhiWebAclDuplicateRuleGroup', scope,
        `managedRuleGroups lists ${name} twice; WAF rule names must be unique within a web ACL. List each rule group once `
        + '(put the rules to count in its countOnlyRules).');
    }
    seen.add(name);
  }
}
