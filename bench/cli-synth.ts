/**
 * Benchmark 3: the newcomer's `npx cdk synth`, end to end: the real CLI from node_modules, a fresh node process
 * for the app, templates written to a temporary cloud assembly. The reference app (bin/dermashield.ts, every pack)
 * against the same resources with no policy plugins (bench/plain-app.ts), interleaved.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, tempOutdir } from './apps';
import { median } from './stats';

export interface CliSynthResult {
  readonly runs: number;
  readonly referenceMs: number;
  readonly plainMs: number;
  /** Median of per-round ratios (reference / plain). */
  readonly ratio: number;
}

const CDK = path.join(ROOT, 'node_modules', '.bin', 'cdk');

function cdkSynth(app: string | undefined): number {
  const out = tempOutdir('cli');
  const args = ['synth', '--quiet', '--output', out, ...(app ? ['--app', app] : [])];
  const start = process.hrtime.bigint();
  const r = spawnSync(CDK, args, {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', CI: 'true' }, timeout: 300_000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`cdk ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return ms;
}

export function cliSynth(opts: { runs: number }): CliSynthResult {
  const plainApp = 'node --import tsx bench/plain-app.ts';
  cdkSynth(undefined); // warm the file cache (tsx, aws-cdk-lib, the CLI)
  const reference: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    if (i % 2 === 0) {
      reference.push(cdkSynth(undefined));
      plain.push(cdkSynth(plainApp));
    } else {
      plain.push(cdkSynth(plainApp));
      reference.push(cdkSynth(undefined));
    }
  }
  return {
    runs: opts.runs,
    referenceMs: median(reference),
    plainMs: median(plain),
    ratio: median(reference.map((r, i) => r / plain[i])),
  };
}
