/** EFS volumes mounted by ECS task definitions and Batch job definitions, for their transit-encryption rules. */
import { EffectiveResource } from '../../effective';
import { fail, notApplicable, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { locate } from '../../table/entry';
import { describeIntrinsic, isIntrinsic } from '../../values';

/**
 * Judge every EFS volume found under `volumePaths` (each ending in `Volumes[]`): `<configKey>.TransitEncryption` must be
 * ENABLED (the default is DISABLED). No EFS volume: nothing to judge.
 */
export function judgeEfsVolumes(resource: EffectiveResource, volumePaths: readonly string[], configKey: string): RuleOutcome {
  const outcomes: RuleOutcome[] = [];
  for (const path of volumePaths) {
    for (const { at, value } of locate(resource.properties, path)) {
      if (value === undefined || value === null) continue;
      if (isIntrinsic(value)) {
        outcomes.push(unverifiable(`${at} is ${describeIntrinsic(value)}`));
        continue;
      }
      const efs = (value as Record<string, unknown>)[configKey];
      if (efs === undefined || efs === null) continue; // a bind mount, Docker or FSx volume
      if (isIntrinsic(efs)) {
        outcomes.push(unverifiable(`${at}.${configKey} is ${describeIntrinsic(efs)}`));
        continue;
      }
      const transit = (efs as Record<string, unknown>).TransitEncryption;
      if (isIntrinsic(transit)) outcomes.push(unverifiable(`${at}.${configKey}.TransitEncryption is ${describeIntrinsic(transit)}`));
      else if (typeof transit === 'string' && transit.toUpperCase() === 'ENABLED') outcomes.push(pass());
      else outcomes.push(fail(`${at}.${configKey}.TransitEncryption is ${transit === undefined ? 'not set (the default is DISABLED)' : JSON.stringify(transit)}`));
    }
  }
  return outcomes.length ? worst(outcomes) : notApplicable();
}
