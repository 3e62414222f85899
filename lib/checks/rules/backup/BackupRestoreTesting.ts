import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, unverifiable } from '../../rule';
import { getPath, readList, readString } from '../../values';
import { any, both, maybe, namesVault, NO, planRules, pointer, restoreTypeOf, selectedResources, selectionsOf, Tri, YES } from './helpers';

/**
 * DS-BACKUP-5: every vault a backup plan writes to is covered by a restore testing plan, with a restore testing
 * selection for each resource type the plan protects (as far as the plan's template tells).
 */
export const BackupRestoreTesting = defineRule({
  name: 'BackupRestoreTesting',
  controlId: 'DS-BACKUP-5',
  resourceTypes: ['AWS::Backup::BackupPlan'],
  requirement: 'Every vault a backup plan targets must be included in an AWS::Backup::RestoreTestingPlan (same template) that has a '
    + 'RestoreTestingSelection for each resource type the plan protects.',
  explanation: 'A backup never restored is a hope, not a contingency plan (HIPAA testing and revision procedures). AWS Backup '
    + 'restore testing restores recovery points on a schedule and reports each restore job. PhiBackupVault creates the restore '
    + 'testing plan and one selection per protected resource type.',
  evaluate(resource) {
    const rules = planRules(resource);
    if ('why' in rules) return unverifiable(rules.why);
    const stack = resource.stack;
    const restorePlans = stack.ofType('AWS::Backup::RestoreTestingPlan');
    const restoreSelections = stack.ofType('AWS::Backup::RestoreTestingSelection');

    // Resource types this plan protects, from its selections in the template.
    const neededTypes = new Set<string>();
    for (const { selection } of selectionsOf(resource)) {
      for (const r of selectedResources(selection).resources) {
        const t = restoreTypeOf(r);
        if (t) neededTypes.add(t);
      }
    }

    const failures: string[] = [];
    const doubts: string[] = [];
    const seen = new Set<string>();
    for (const { rule, index } of rules.rules) {
      const target = getPath(rule, 'TargetBackupVault');
      const key = JSON.stringify(target);
      if (seen.has(key)) continue;
      seen.add(key);
      const vault = pointer(target, stack);
      const label = vault.kind === 'resource' ? vault.resource.path : vault.kind === 'literal' ? `vault '${vault.value}'` : `rule ${index} target`;
      if (vault.kind === 'unverifiable') {
        doubts.push(`TargetBackupVault of rule ${index} is ${vault.why}`);
        continue;
      }
      if (vault.kind === 'absent') continue; // CloudFormation rejects a rule without a target
      const coverage = restorePlans.map((rp) => ({ plan: rp, covers: restorePlanCovers(rp, target, stack, vault.kind === 'resource' ? vault.resource : undefined) }));
      const covering = coverage.filter((c) => c.covers.kind !== 'no');
      if (covering.length === 0) {
        failures.push(`no restore testing plan includes ${label}`);
        continue;
      }
      const typesCovered = new Map<string, Tri>();
      let anySelection: Tri = NO;
      for (const { plan, covers } of covering) {
        for (const sel of restoreSelections) {
          const belongs = both(covers, selectionBelongs(sel, plan));
          if (belongs.kind === 'no') continue;
          anySelection = any([anySelection, belongs]);
          const type = readString(sel.properties, 'ProtectedResourceType');
          if (type.state === 'known') typesCovered.set(type.value, any([typesCovered.get(type.value) ?? NO, belongs]));
          else if (type.state === 'unverifiable') doubts.push(`${sel.path} ProtectedResourceType is ${type.why}`);
        }
      }
      if (anySelection.kind === 'no') {
        failures.push(`the restore testing plan covering ${label} has no RestoreTestingSelection, so it restores nothing`);
        continue;
      }
      if (anySelection.kind === 'maybe') doubts.push(`${label}: ${anySelection.why}`);
      for (const t of neededTypes) {
        const c = typesCovered.get(t) ?? NO;
        if (c.kind === 'no') failures.push(`no restore testing selection for protected resource type ${t} in ${label}`);
        else if (c.kind === 'maybe') doubts.push(`${t} in ${label}: ${c.why}`);
      }
    }
    if (failures.length) return fail(failures.join('; '));
    if (doubts.length) return unverifiable(doubts.join('; '));
    return pass();
  },
});

/** Does a restore testing plan draw recovery points from the vault a plan rule targets? */
function restorePlanCovers(restorePlan: EffectiveResource, target: unknown, stack: EffectiveResource['stack'], vault?: EffectiveResource): Tri {
  const include = readList(restorePlan.properties, 'RecoveryPointSelection.IncludeVaults');
  if (include.state === 'unverifiable') return maybe(`${restorePlan.path} IncludeVaults is ${include.why}`);
  if (include.state === 'absent') return NO;
  const matches = (v: unknown): Tri => {
    if (vault) return namesVault(v, restorePlan.stack, vault, true);
    // The target is a vault outside the template, named by a literal.
    const p = pointer(v, restorePlan.stack);
    const name = pointer(target, stack);
    if (p.kind === 'unverifiable') return maybe(p.why);
    if (p.kind !== 'literal' || name.kind !== 'literal') return NO;
    return p.value === '*' || p.value === name.value || p.value.endsWith(`:backup-vault:${name.value}`) ? YES : NO;
  };
  const included = any(include.value.map(matches));
  if (included.kind === 'no') return NO;
  const exclude = readList(restorePlan.properties, 'RecoveryPointSelection.ExcludeVaults');
  if (exclude.state === 'unverifiable') return both(included, maybe(`${restorePlan.path} ExcludeVaults is ${exclude.why}`));
  if (exclude.state === 'known') {
    const excluded = any(exclude.value.map((v) => (v === '*' ? NO : matches(v))));
    if (excluded.kind === 'yes') return NO;
    if (excluded.kind === 'maybe') return both(included, excluded);
  }
  return included;
}

/** Does a restore testing selection belong to a restore testing plan (by Ref or by literal plan name)? */
function selectionBelongs(selection: EffectiveResource, restorePlan: EffectiveResource): Tri {
  const p = pointer(selection.properties.RestoreTestingPlanName, selection.stack);
  switch (p.kind) {
    case 'resource': return p.resource === restorePlan ? YES : NO;
    case 'literal': return p.value === restorePlan.properties.RestoreTestingPlanName ? YES : NO;
    case 'unverifiable': return maybe(`${selection.path} RestoreTestingPlanName is ${p.why}`);
    default: return NO;
  }
}
