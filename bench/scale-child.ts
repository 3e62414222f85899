/**
 * One scaling measurement in its own process (so max RSS is this app's alone):
 *   node --import tsx bench/scale-child.ts <clinics> <packs: none|dermashield|hipaa|all> <cfnValidation: on|off>
 * Prints one JSON line: construct/synth wall and CPU milliseconds, each pack's validate() time, and peak RSS.
 */
import * as fs from 'fs';
import { buildApp, PackSet, tempOutdir, timePlugins } from './apps';
import { cpuMs, wallMsSince } from './stats';

export interface ScaleResult {
  readonly clinics: number;
  readonly packs: PackSet;
  readonly cfnValidation: boolean;
  readonly stacks: number;
  readonly resources: number;
  readonly constructWallMs: number;
  readonly synthWallMs: number;
  readonly totalWallMs: number;
  readonly totalCpuMs: number;
  /** validate() wall time of each registered pack, by plugin name. */
  readonly packWallMs: Record<string, number>;
  readonly maxRssMiB: number;
  readonly success: boolean;
}

function main(): void {
  const clinics = Number(process.argv[2]);
  const packs = (process.argv[3] ?? 'all') as PackSet;
  const cfnValidation = process.argv[4] === 'on';
  if (!Number.isInteger(clinics) || clinics < 1) throw new Error(`clinics must be a positive integer, got ${process.argv[2]}`);
  process.env.CDK_VALIDATION = cfnValidation ? 'true' : 'false';
  const outdir = tempOutdir(`scale${clinics}`);
  const cpu0 = cpuMs();
  const t0 = process.hrtime.bigint();
  const app = buildApp(clinics, packs, outdir);
  const packWallMs: Record<string, number> = {};
  timePlugins(app, packWallMs);
  const constructWallMs = wallMsSince(t0);
  const t1 = process.hrtime.bigint();
  const exitBefore = process.exitCode;
  const assembly = app.synth();
  const synthWallMs = wallMsSince(t1);
  const totalWallMs = wallMsSince(t0);
  const totalCpuMs = cpuMs() - cpu0;
  const stacks = assembly.stacks;
  const resources = stacks.reduce((n, s) => n + Object.keys((s.template as any).Resources ?? {}).length, 0);
  const success = !(process.exitCode && process.exitCode !== exitBefore);
  const result: ScaleResult = {
    clinics, packs, cfnValidation, stacks: stacks.length, resources,
    constructWallMs, synthWallMs, totalWallMs, totalCpuMs, packWallMs,
    // resourceUsage().maxRSS is in KiB on Linux.
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    success,
  };
  if (success) fs.rmSync(outdir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exitCode = 0;
}

main();
