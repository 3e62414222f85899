/**
 * Benchmark 5: what `npm test` costs on this machine and what dominates it. `npm test` is
 * `npm run typecheck && npm run lint && jest`; each step is timed on its own (the same commands, run once: the
 * suite is minutes long on a shared machine), and jest's --json report gives per-file times.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, tempOutdir } from './apps';

export interface StepTime {
  readonly step: string;
  readonly ms: number;
  readonly exitCode: number | null;
}

export interface NpmTestResult {
  readonly steps: StepTime[];
  readonly totalMs: number;
  readonly jest?: {
    readonly files: number;
    readonly tests: number;
    readonly failedTests: number;
    /** Slowest test files by runtime (ms), slowest first. */
    readonly slowest: { file: string; ms: number; tests: number }[];
    /** Sum of per-file runtimes (ms): with one worker this is most of jest's wall time. */
    readonly sumFileMs: number;
  };
}

function timed(step: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): StepTime {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env }, timeout: 900_000 });
  return { step, ms: Number(process.hrtime.bigint() - start) / 1e6, exitCode: r.status };
}

export function npmTest(): NpmTestResult {
  const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
  const dir = tempOutdir('jest');
  const jsonFile = path.join(dir, 'jest.json');
  const steps = [
    timed('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']),
    timed('lint (eslint .)', bin('eslint'), ['.']),
    timed('jest', bin('jest'), ['--json', `--outputFile=${jsonFile}`, '--silent']),
  ];
  let jest: NpmTestResult['jest'];
  if (fs.existsSync(jsonFile)) {
    const j = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as {
      numTotalTests: number; numFailedTests: number;
      // jest 29's --json has startTime/endTime per file; later versions also carry perfStats.runtime.
      testResults: { name: string; startTime?: number; endTime?: number; perfStats?: { runtime?: number }; assertionResults: unknown[] }[];
    };
    const files = j.testResults.map((t) => ({
      file: path.relative(ROOT, t.name),
      ms: t.perfStats?.runtime ?? ((t.endTime ?? 0) - (t.startTime ?? 0)),
      tests: t.assertionResults.length,
    }));
    files.sort((a, b) => b.ms - a.ms);
    jest = {
      files: files.length, tests: j.numTotalTests, failedTests: j.numFailedTests,
      slowest: files.slice(0, 8), sumFileMs: files.reduce((s, f) => s + f.ms, 0),
    };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { steps, totalMs: steps.reduce((s, x) => s + x.ms, 0), ...(jest ? { jest } : {}) };
}
