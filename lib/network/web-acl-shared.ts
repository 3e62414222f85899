// What PhiWebAcl and TlsLoadBalancer share. Internal: not exported from the package (lib/index.ts).
import { Names, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { DermaShieldError } from '../errors';
import { PhiKey } from '../keys/phi-key';
import type { PhiWebAclManagedRuleGroup } from './phi-web-acl';

/**
 * The WAF log key made when none is given: a PhiKey for the `waf-logs` domain, child `WafLogKey` of `owner`, aliased
 * after `owner`'s unique name. The construct whose `encryptionKey` prop it stands for owns it: a PhiWebAcl, or the
 * TlsLoadBalancer that creates one (where the key was, with this id and alias, before PhiWebAcl existed).
 */
export function newWafLogKey(owner: IConstruct): PhiKey {
  return new PhiKey(owner, 'WafLogKey', {
    domain: 'waf-logs',
    alias: `alias/dermashield/waf-logs-${Names.uniqueResourceName(owner, { maxLength: 60, separator: '-' }).toLowerCase()}`,
  });
}

/**
 * Each managed rule group at most once: WAF rule names (here the group names) must be unique within a web ACL, and
 * CloudFormation would only fail at deploy time. TlsLoadBalancer runs it on its `managedRuleGroups` too, before it
 * creates any child.
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
