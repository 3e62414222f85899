/**
 * Builds the apps the benchmarks synthesize: N reference practices (2 stacks each) with a chosen set of policy packs.
 * Context comes from cdk.json, as `cdk synth` would pass it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { HIPAASecurityChecks } from 'cdk-nag';
import { DermaShieldChecks } from '../lib/checks/dermashield-checks';
import { addPolicyChecks, addReferencePractice, practiceSettingsFrom } from '../lib/reference';
import { cpuMs, wallMsSince } from './stats';

export const ROOT = path.resolve(__dirname, '..');

/** Which policy packs an app registers. */
export type PackSet = 'none' | 'dermashield' | 'hipaa' | 'all';

export const CDK_CONTEXT: Record<string, unknown> = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')).context;

/** A fresh output directory under the OS temp dir (the caller removes it). */
export function tempOutdir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ds-bench-${tag}-`));
}

/** An app of `clinics` reference practices with the given packs; practice names `clinic-001`... (one practice keeps the cdk.json name). */
export function buildApp(clinics: number, packs: PackSet, outdir: string): App {
  const app = new App({ context: CDK_CONTEXT, outdir });
  const base = practiceSettingsFrom(app.node);
  for (let i = 0; i < clinics; i++) {
    const settings = clinics === 1 ? base : practiceSettingsFrom(app.node, { practiceName: `clinic-${String(i + 1).padStart(3, '0')}` });
    addReferencePractice(app, settings, clinics === 1 ? 'DermaShield' : `Clinic${String(i + 1).padStart(3, '0')}`);
  }
  switch (packs) {
    case 'none':
      break;
    case 'dermashield':
      Validations.of(app).addPlugins(new DermaShieldChecks(app));
      break;
    case 'hipaa':
      Validations.of(app).addPlugins(new HIPAASecurityChecks(app) as any);
      break;
    case 'all':
      // DermaShield + HIPAA Security + NIST 800-53 R5 + AWS Solutions, as measured in bench/RESULTS.md. (The reference
      // app also registers Control Tower's proactive controls, a cfn-guard process per synth: left out to keep the figures comparable.)
      addPolicyChecks(app, { controlTower: false });
      break;
  }
  return app;
}

/** One timed synth: wall and CPU milliseconds of building the app and synthesizing it, and each pack's validate() time. */
export interface SynthSample {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** validate() wall milliseconds by plugin name (only the packs this app registered). */
  readonly packMs: Record<string, number>;
}

/** Wrap every registered validation plugin's validate() to time it. */
export function timePlugins(app: App, into: Record<string, number>): void {
  for (const plugin of (app as any)._validationPlugins as { name: string; validate(ctx: unknown): unknown }[]) {
    const original = plugin.validate.bind(plugin);
    plugin.validate = (ctx: unknown) => {
      const start = process.hrtime.bigint();
      try {
        return original(ctx);
      } finally {
        into[plugin.name] = (into[plugin.name] ?? 0) + Number(process.hrtime.bigint() - start) / 1e6;
      }
    };
  }
}

/**
 * Build and synthesize one fresh app in this process. Throws if any validation fails, so a benchmark can never
 * time an app that does not pass.
 */
export function synthOnce(clinics: number, packs: PackSet, cfnValidation: boolean): SynthSample {
  const outdir = tempOutdir(packs);
  const previous = process.env.CDK_VALIDATION;
  process.env.CDK_VALIDATION = cfnValidation ? 'true' : 'false';
  const exitBefore = process.exitCode;
  const packMs: Record<string, number> = {};
  try {
    const cpu0 = cpuMs();
    const start = process.hrtime.bigint();
    const app = buildApp(clinics, packs, outdir);
    timePlugins(app, packMs);
    app.synth();
    const wallMs = wallMsSince(start);
    const cpu = cpuMs() - cpu0;
    if (process.exitCode && process.exitCode !== exitBefore) {
      throw new Error(`synth of ${clinics} clinic(s) with packs '${packs}' reported validation failures (see ${outdir}/validation-report.json)`);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
    return { wallMs, cpuMs: cpu, packMs };
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION; else process.env.CDK_VALIDATION = previous;
  }
}
