import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, AppProps, IPolicyValidationPlugin, Validations } from 'aws-cdk-lib';
import { DermaShieldChecks, DermaShieldChecksProps, PACK_NAME, readValidationReport, ReportedFinding, UNVERIFIABLE_SUFFIX } from '../../lib';

/** One finding from the validation report. */
export type Finding = ReportedFinding;

/** Findings of one synthesis: open ones fail `cdk synth`; acknowledged ones are kept with their reason. */
export interface SynthResult {
  readonly findings: Finding[];
  readonly acknowledged: Finding[];
  readonly report: any;
  readonly assemblyDir: string;
}

/**
 * An App that writes the validation report instead of throwing, so tests can read every finding.
 * The pack is not attached: use {@link synthWithPack} or add plugins yourself.
 */
export function testApp(props: AppProps = {}): App {
  return new App({
    ...props,
    outdir: props.outdir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dermashield-test-')),
    context: {
      '@aws-cdk/core:failSynthOnValidationErrors': false,
      // When a test turns aws-cdk-lib's CloudFormation validation on, its errors stay errors (as in cdk.json).
      '@aws-cdk/core:validateAgainstDefaultRules': true,
      ...(props.context ?? {}),
    },
  });
}

/** Attach DermaShieldChecks (and any other plugins), synthesize, and return the findings. */
export function synthWithPack(app: App, packProps?: DermaShieldChecksProps, ...more: IPolicyValidationPlugin[]): SynthResult {
  Validations.of(app).addPlugins(new DermaShieldChecks(app, packProps), ...more);
  return synthFindings(app);
}

/** Synthesize an app whose plugins are already attached and read `validation-report.json`. */
export function synthFindings(app: App): SynthResult {
  const assembly = app.synth();
  const { findings, acknowledged } = readValidationReport(assembly.directory);
  const file = path.join(assembly.directory, 'validation-report.json');
  const report = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf-8')) : { pluginReports: [] };
  return { findings, acknowledged, report, assemblyDir: assembly.directory };
}

/** DermaShield findings only. */
export function dermaShield(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.plugin === PACK_NAME);
}

/** Findings of one rule (by name, e.g. `KmsKeyRotation`); `unverifiable` picks the `[Unverifiable]` variant. */
export function findingsOf(findings: readonly Finding[], rule: string, options: { unverifiable?: boolean } = {}): Finding[] {
  const id = `${PACK_NAME}-${rule}${options.unverifiable ? UNVERIFIABLE_SUFFIX : ''}`;
  return findings.filter((f) => f.ruleId === id);
}

/** Assert that `rule` reported `pathPart` (a substring of the construct path); returns the finding. */
export function expectFinding(result: SynthResult, rule: string, pathPart: string, options: { unverifiable?: boolean } = {}): Finding {
  const matches = findingsOf(result.findings, rule, options).filter((f) => f.path.includes(pathPart));
  if (matches.length === 0) {
    const seen = result.findings.map((f) => `${f.ruleId} @ ${f.path}`).join('\n  ') || '(none)';
    throw new Error(`expected ${PACK_NAME}-${rule}${options.unverifiable ? UNVERIFIABLE_SUFFIX : ''} at a path containing '${pathPart}', got:\n  ${seen}`);
  }
  return matches[0];
}

/** Assert that the synthesis has no open findings (from any plugin, or only DermaShield's). */
export function expectNoFindings(result: SynthResult, options: { onlyDermaShield?: boolean } = {}): void {
  const open = options.onlyDermaShield ? dermaShield(result.findings) : result.findings;
  if (open.length > 0) {
    throw new Error(`expected no findings, got:\n  ${open.map((f) => `${f.plugin}: ${f.ruleId} @ ${f.path}`).join('\n  ')}`);
  }
}

/** Assert that `rule` did not report anything at a path containing `pathPart`. */
export function expectNoFinding(result: SynthResult, rule: string, pathPart = ''): void {
  const matches = result.findings.filter((f) => f.ruleId.startsWith(`${PACK_NAME}-${rule}`) && f.path.includes(pathPart));
  if (matches.length > 0) {
    throw new Error(`expected no ${PACK_NAME}-${rule} finding at '${pathPart}', got:\n  ${matches.map((f) => `${f.ruleId} @ ${f.path}`).join('\n  ')}`);
  }
}

/**
 * The per-resource reason line of a finding (`  - <path>: <what the resource had>`), asserting the finding exists.
 * Findings of one rule are grouped, so this picks the line of the resource at `pathPart`.
 */
export function reasonOf(result: SynthResult, rule: string, pathPart: string, options: { unverifiable?: boolean } = {}): string {
  const f = expectFinding(result, rule, pathPart, options);
  return f.description.split('\n').find((l) => l.includes(pathPart) && l.trim().startsWith('-')) ?? '';
}
