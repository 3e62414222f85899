import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { DermaShieldChecks } from '../../lib';
import { ControlTowerChecks } from '../../lib/reference';
import { SynthResult, synthFindings } from './harness';

/** Plugin name of `@cdklabs/cdk-validator-cfnguard` in the validation report (its acknowledgement namespace). */
export const CFN_GUARD_PLUGIN = 'cdk-validator-cfnguard';

/** Options for {@link synthWithAllPacks}. */
export interface AllPacksOptions {
  /** Also run AWS Control Tower's proactive controls (cfn-guard rules of `@cdklabs/cdk-validator-cfnguard`). @default false */
  readonly controlTower?: boolean;
}

/**
 * Attach DermaShieldChecks and cdk-nag's HIPAA Security, NIST 800-53 R5 and AWS Solutions packs (and, on request,
 * Control Tower's proactive controls), synthesize, and return the findings.
 */
export function synthWithAllPacks(app: App, options: AllPacksOptions = {}): SynthResult {
  const plugins: any[] = [new DermaShieldChecks(app), new HIPAASecurityChecks(app), new NIST80053R5Checks(app), new AwsSolutionsChecks(app)];
  if (options.controlTower) plugins.push(new ControlTowerChecks());
  Validations.of(app).addPlugins(...plugins);
  return synthFindings(app);
}

/** `plugin: ruleId @ path` of each open finding, for a readable `toEqual([])`. */
export function openFindings(result: SynthResult): string[] {
  return result.findings.map((f) => `${f.plugin}: ${f.ruleId} @ ${f.path}`);
}

/** `plugin: ruleId @ path` of each acknowledged finding. */
export function acknowledgedFindings(result: SynthResult): string[] {
  return result.acknowledged.map((f) => `${f.plugin}: ${f.ruleId} @ ${f.path}`);
}

/** The distinct `plugin: ruleId @ path` of acknowledged findings, sorted (a rule reported on several properties counts once). */
export function acknowledgedRules(result: SynthResult): string[] {
  return [...new Set(acknowledgedFindings(result))].sort();
}
