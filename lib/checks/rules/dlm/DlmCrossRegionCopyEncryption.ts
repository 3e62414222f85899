import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, pass, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, readBoolean, readList, readObject } from '../../values';

/**
 * DS-DLM-1: snapshot and AMI copies that Data Lifecycle Manager sends to another Region are encrypted with a
 * customer-managed key. Copies are data too: an EHR server's snapshot copied with the destination's default key (the
 * AWS-managed aws/ebs key unless the account changed it) escapes the practice's key policy.
 */
export const DlmCrossRegionCopyEncryption = defineRule({
  name: 'DlmCrossRegionCopyEncryption',
  controlId: 'DS-DLM-1',
  resourceTypes: ['AWS::DLM::LifecyclePolicy'],
  requirement: 'Every DLM cross-Region copy rule must set Encrypted true and CmkArn to a customer-managed KMS key.',
  explanation: 'A copy rule without CmkArn encrypts the copies with the destination Region\'s default EBS key (aws/ebs by '
    + 'default), and Encrypted false leaves copies of unencrypted snapshots unencrypted. Set Encrypted: true and CmkArn to '
    + 'a PhiKey in the destination Region on every CrossRegionCopyRules entry (schedules) and every CrossRegionCopy '
    + 'EncryptionConfiguration (event-based policies). Default policies (CrossRegionCopyTargets) cannot name a key.',
  evaluate(resource, context) {
    const outcomes: RuleOutcome[] = [];
    const schedules = readList(resource.properties, 'PolicyDetails.Schedules');
    if (schedules.state === 'unverifiable') return unverifiable(`PolicyDetails.Schedules is ${schedules.why}`);
    if (schedules.state === 'known') {
      schedules.value.forEach((_, i) => outcomes.push(...eachCopy(resource, context, schedules.value, i, 'CrossRegionCopyRules',
        `PolicyDetails.Schedules.${i}.CrossRegionCopyRules`, '')));
    }
    const actions = readList(resource.properties, 'PolicyDetails.Actions');
    if (actions.state === 'unverifiable') return unverifiable(`PolicyDetails.Actions is ${actions.why}`);
    if (actions.state === 'known') {
      actions.value.forEach((_, i) => outcomes.push(...eachCopy(resource, context, actions.value, i, 'CrossRegionCopy',
        `PolicyDetails.Actions.${i}.CrossRegionCopy`, 'EncryptionConfiguration.')));
    }
    for (const path of ['CrossRegionCopyTargets', 'PolicyDetails.CrossRegionCopyTargets']) {
      const targets = readList(resource.properties, path);
      if (targets.state === 'unverifiable') outcomes.push(unverifiable(`${path} is ${targets.why}`));
      else if (targets.state === 'known' && targets.value.length) {
        outcomes.push(unverifiable(`${path} copies with the destination Region's default EBS key, which cannot be verified at synth; `
          + 'use a custom policy with CrossRegionCopyRules and CmkArn'));
      }
    }
    return outcomes.length ? worst(outcomes) : notApplicable();
  },
});

function eachCopy(resource: EffectiveResource, context: RuleContext, parents: readonly unknown[], i: number, listName: string,
  where: string, prefix: string): RuleOutcome[] {
  const parent = readObject(parents, String(i));
  if (parent.state === 'unverifiable') return [unverifiable(`${where} is ${parent.why}`)];
  if (parent.state === 'absent') return [];
  const rules = readList(parent.value, listName);
  if (rules.state === 'unverifiable') return [unverifiable(`${where} is ${rules.why}`)];
  if (rules.state === 'absent') return [];
  return rules.value.map((rule, j) => {
    const at = `${where}.${j}`;
    const encrypted = readBoolean(rule, `${prefix}Encrypted`);
    const outcomes: RuleOutcome[] = [];
    if (encrypted.state === 'unverifiable') outcomes.push(unverifiable(`${at}.${prefix}Encrypted is ${encrypted.why}`));
    else if (encrypted.state === 'absent' || !encrypted.value) outcomes.push(fail(`${at}.${prefix}Encrypted is ${encrypted.state === 'absent' ? 'not set' : 'false'}`));
    else outcomes.push(pass());
    outcomes.push(requireCustomerManagedKey(resource, context, getPath(rule, `${prefix}CmkArn`), `${at}.${prefix}CmkArn`));
    return worst(outcomes);
  });
}
