import * as fs from 'fs';
import * as path from 'path';

/** One finding of a synthesized app, as `validation-report.json` records it (one entry per violating construct). */
export interface ReportedFinding {
  /** Plugin that reported it (`DermaShield`, `HIPAA.Security`, ...). */
  readonly plugin: string;
  /** Full rule id as reported, e.g. `DermaShield-KmsKeyRotation[Unverifiable]`. */
  readonly ruleId: string;
  /** Construct path of the violating resource. */
  readonly path: string;
  /** The report's description. */
  readonly description: string;
  /** For acknowledged findings: the written reason. */
  readonly reason?: string;
}

/** The parts of aws-cdk-lib's `validation-report.json` read here (the file itself stays in the cloud assembly). */
interface RawReport {
  readonly pluginReports?: Array<{
    readonly pluginName: string;
    readonly conclusion?: string;
    readonly metadata?: { readonly error?: string };
    readonly violations?: RawViolation[];
    readonly suppressedViolations?: Array<RawViolation & { readonly reason?: string }>;
  }>;
}

interface RawViolation {
  readonly ruleName: string;
  readonly description: string;
  readonly violatingConstructs?: Array<{ readonly constructPath: string }>;
}

/**
 * The findings of one synthesis: open ones fail `cdk synth`; acknowledged ones are the audit trail. The full report is
 * `validation-report.json` in the cloud assembly.
 */
export interface ValidationReport {
  readonly findings: ReportedFinding[];
  readonly acknowledged: ReportedFinding[];
}

/**
 * Read the `validation-report.json` the CDK writes into a cloud assembly (synthesize with context
 * `@aws-cdk/core:failSynthOnValidationErrors: false` to get it instead of an exception). No file means no plugin
 * reported anything. Throws if a plugin crashed instead of reporting, so a broken check never reads as a pass.
 */
export function readValidationReport(assemblyDir: string): ValidationReport {
  const file = path.join(assemblyDir, 'validation-report.json');
  const raw: RawReport = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf-8')) : { pluginReports: [] };
  const findings: ReportedFinding[] = [];
  const acknowledged: ReportedFinding[] = [];
  for (const plugin of raw.pluginReports ?? []) {
    if (plugin.conclusion === 'failure' && plugin.violations?.length === 0 && plugin.metadata?.error) {
      throw new Error(`validation plugin ${plugin.pluginName} failed: ${plugin.metadata.error}`);
    }
    for (const v of plugin.violations ?? []) {
      for (const c of v.violatingConstructs ?? []) {
        findings.push({ plugin: plugin.pluginName, ruleId: v.ruleName, path: c.constructPath, description: v.description });
      }
    }
    for (const v of plugin.suppressedViolations ?? []) {
      for (const c of v.violatingConstructs ?? []) {
        acknowledged.push({ plugin: plugin.pluginName, ruleId: v.ruleName, path: c.constructPath, description: v.description, reason: v.reason });
      }
    }
  }
  return { findings, acknowledged };
}
