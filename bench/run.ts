/**
 * `npm run bench` (writes bench/RESULTS.md) and `npm run bench:smoke` (a short run that checks the harness works,
 * printing to stdout only). Every figure is a ratio or growth factor measured side by side in one run; several runs,
 * median reported. Never part of `npm test`.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './apps';
import { cliSynth, CliSynthResult } from './cli-synth';
import { evidenceBench, EvidenceBenchResult, evidencePacingBench, PacingBenchResult } from './evidence';
import { npmTest, NpmTestResult } from './npm-test';
import { OverheadResult, packOverhead } from './pack-overhead';
import type { ScaleResult } from './scale-child';
import { median, pct } from './stats';

const smoke = process.argv.includes('--smoke');
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

function scaleChild(clinics: number, cfnValidation: boolean): ScaleResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'scale-child.ts'), String(clinics), 'all', cfnValidation ? 'on' : 'off'], {
    cwd: ROOT, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`scale child N=${clinics} exited ${r.status} ${r.signal ?? ''}: ${r.stderr.slice(-2000)}`);
  const result = JSON.parse(line) as ScaleResult;
  if (!result.success) throw new Error(`scale child N=${clinics}: validation failures`);
  return result;
}

interface ScaleRow {
  readonly clinics: number;
  readonly cfnValidation: boolean;
  readonly runs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMiB: number;
  readonly resources: number;
  readonly stacks: number;
  readonly constructMs: number;
  readonly packMs: Record<string, number>;
}

function scaling(ns: readonly number[], runs: number, cfnValidation: boolean): ScaleRow[] {
  const byN = new Map<number, ScaleResult[]>(ns.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const n of ns) {
      log(`scaling: ${n} clinic(s), CloudFormation validation ${cfnValidation ? 'on' : 'off'}, run ${i + 1}/${runs}`);
      byN.get(n)!.push(scaleChild(n, cfnValidation));
    }
  }
  return ns.map((n) => {
    const rs = byN.get(n)!;
    const packs = Object.keys(rs[0].packWallMs);
    return {
      clinics: n, cfnValidation, runs,
      wallMs: median(rs.map((r) => r.totalWallMs)),
      cpuMs: median(rs.map((r) => r.totalCpuMs)),
      maxRssMiB: Math.max(...rs.map((r) => r.maxRssMiB)),
      resources: rs[0].resources,
      stacks: rs[0].stacks,
      constructMs: median(rs.map((r) => r.constructWallMs)),
      packMs: Object.fromEntries(packs.map((p) => [p, median(rs.map((r) => r.packWallMs[p] ?? 0))])),
    };
  });
}

function version(pkg: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const msf = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
const ok = (b: boolean) => (b ? 'met' : '**missed**');

async function mainBench(): Promise<void> {
  const started = new Date();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const env = [
    `- Date: ${started.toISOString()} · commit ${commit()}`,
    `- Node ${process.version} on ${os.platform()} ${os.arch()}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    `- Load average at start (1/5/15 min): ${load} (the machine is shared; all figures are side-by-side ratios)`,
    `- aws-cdk-lib ${version('aws-cdk-lib')}, cdk-nag ${version('cdk-nag')}, aws-cdk (CLI) ${version('aws-cdk')}`,
  ].join('\n');
  log(`environment:\n${env}`);

  // --quick: fewer rounds and no 10/validation-on scaling rows, for a busy machine; still a real measurement.
  const quick = process.argv.includes('--quick');
  const cfg = quick
    ? { ohRuns: 7, ohWarm: 2, ohValRuns: 0, ns: [1, 50, 200], scaleRuns: 1, valNs: [] as number[], cliRuns: 2, evRuns: 2, evRules: 200, pacingRuns: 1, npmTest: false }
    : smoke
    ? { ohRuns: 1, ohWarm: 1, ohValRuns: 0, ns: [1, 2], scaleRuns: 1, valNs: [] as number[], cliRuns: 1, evRuns: 1, evRules: 20, pacingRuns: 1, npmTest: false }
    : { ohRuns: 15, ohWarm: 3, ohValRuns: 5, ns: [1, 10, 50, 200], scaleRuns: 3, valNs: [1, 10, 50, 200], cliRuns: 5, evRuns: 5, evRules: 200, pacingRuns: 3, npmTest: !process.argv.includes('--no-npm-test') };

  log('1. pack overhead, CloudFormation validation off');
  const ohOff = packOverhead({ runs: cfg.ohRuns, warmup: cfg.ohWarm, cfnValidation: false });
  let ohOn: OverheadResult | undefined;
  if (cfg.ohValRuns > 0) {
    log('1. pack overhead, CloudFormation validation on');
    ohOn = packOverhead({ runs: cfg.ohValRuns, warmup: 1, cfnValidation: true });
  }
  log('2. scaling');
  const scaleOff = scaling(cfg.ns, cfg.scaleRuns, false);
  const scaleOn = cfg.valNs.length ? scaling(cfg.valNs, 1, true) : [];
  log('3. cdk synth end to end');
  const cli = cliSynth({ runs: cfg.cliRuns });
  log('4. evidence collection');
  const ev = await evidenceBench({ runs: cfg.evRuns, rules: cfg.evRules });
  log('4b. evidence pacing: every third call throttled, real back-off');
  const pacing = await evidencePacingBench({ runs: cfg.pacingRuns });
  let nt: NpmTestResult | undefined;
  if (cfg.npmTest) {
    log('5. npm test (typecheck, lint, jest)');
    try {
      nt = npmTest();
    } catch (e) {
      log(`npm test benchmark failed, reported without it: ${(e as Error).message}`);
    }
  }
  const md = render({ env, ohOff, ohOn, scaleOff, scaleOn, cli, ev, pacing, nt, smoke });
  if (smoke) {
    process.stdout.write(md);
    log('smoke run complete: harness works');
  } else {
    fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), md);
    process.stdout.write(md);
    log('wrote bench/RESULTS.md');
  }
}

interface Parts {
  env: string;
  ohOff: OverheadResult;
  ohOn?: OverheadResult;
  scaleOff: ScaleRow[];
  scaleOn: ScaleRow[];
  cli: CliSynthResult;
  ev: EvidenceBenchResult;
  pacing: PacingBenchResult;
  nt?: NpmTestResult;
  smoke: boolean;
}

function render(p: Parts): string {
  const L: string[] = [];
  L.push(`# DermaShield benchmarks${p.smoke ? ' (smoke run: harness check only, not results)' : ''}`, '');
  L.push('Generated by `npm run bench` (bench/run.ts). Every figure is a ratio or growth factor measured side by side in', 'one run; medians of several runs. See docs/benchmarks.md for method and how to read them.', '');
  L.push('## Environment', '', p.env, '');

  const rows: string[][] = [];
  const oh = (r: OverheadResult) => {
    const label = r.cfnValidation ? 'CloudFormation validation on' : 'CloudFormation validation off';
    const dsOk = r.overheadCpu.dermashield <= r.overheadCpu.hipaa && r.overheadCpu.dermashield <= 0.10;
    rows.push([
      `1. Pack overhead, reference architecture, ${label} (${r.runs} interleaved runs)`,
      `DermaShieldChecks ${pct(1 + r.overheadCpu.dermashield)} (its validate(): ${msf(r.packMs.dermashield)}, ${(r.packShare.dermashield * 100).toFixed(1)}% of synth); `
        + `HIPAASecurityChecks ${pct(1 + r.overheadCpu.hipaa)} (validate(): ${msf(r.packMs.hipaa)}); synth without packs ${msf(r.wallMs.none)}`,
      'DermaShield adds ≤ HIPAA pack, and ≤ +10%',
      ok(dsOk),
    ]);
  };
  oh(p.ohOff);
  if (p.ohOn) oh(p.ohOn);

  const at = (rows_: ScaleRow[], n: number) => rows_.find((r) => r.clinics === n);
  const growth = (rows_: ScaleRow[]) => {
    const a = at(rows_, 50);
    const b = at(rows_, 200);
    return a && b ? b.wallMs / a.wallMs : undefined;
  };
  for (const sc of [p.scaleOff, p.scaleOn]) {
    if (sc.length === 0) continue;
    const g = growth(sc);
    const last = sc[sc.length - 1];
    const val = sc[0].cfnValidation ? 'on' : 'off';
    const linear = g === undefined || g <= 4.4;
    const within = last.wallMs <= 120_000 && last.maxRssMiB <= 4096;
    rows.push([
      `2. Scaling, all packs, CloudFormation validation ${val}`,
      `${g !== undefined ? `time(200)/time(50) = ${g.toFixed(2)}; ` : ''}${last.clinics} clinics: ${s(last.wallMs)}, peak RSS ${(last.maxRssMiB / 1024).toFixed(2)} GiB`,
      'time(200)/time(50) ≤ 4.4; 200 clinics ≤ 2 min and ≤ 4 GiB',
      p.smoke ? 'n/a (smoke)' : `${ok(linear)} (linear), ${ok(within)} (budget)`,
    ]);
  }
  rows.push([
    `3. \`npx cdk synth\` end to end (${p.cli.runs} interleaved runs)`,
    `reference app (4 packs) ${s(p.cli.referenceMs)} vs plain aws-cdk-lib app of the same resources ${s(p.cli.plainMs)}: ×${p.cli.ratio.toFixed(2)}`,
    'report', '—',
  ]);
  rows.push([
    `4. Evidence: ${p.ev.evaluations.toLocaleString('en-US')} evaluations over ${p.ev.rules} Config rules (${p.ev.runs} runs)`,
    `${s(p.ev.cleanMs)} clean; ${s(p.ev.throttledMs)} with ~10% throttled (${p.ev.throttledResponses} throttled responses, ×${p.ev.ratio.toFixed(2)}); totals asserted exact in both`,
    '< 5 s clean; exact totals throttled',
    p.smoke ? 'n/a (smoke)' : ok(p.ev.cleanMs < 5000),
  ]);
  rows.push([
    `4b. Evidence pacing: ${p.pacing.resources}-resource practice, every third call throttled, real SDK back-off (${p.pacing.runs} runs)`,
    `${s(p.pacing.throttledMs)} throttled vs ${s(p.pacing.cleanMs)} clean (${p.pacing.apiCalls} calls, ${p.pacing.throttledResponses} throttled responses, ${p.pacing.retryAttempts} retry attempts); report identical`,
    '< 30 s throttled (was 105 s; 150 s in issue #16)',
    p.smoke ? 'n/a (smoke)' : ok(p.pacing.throttledMs < 30_000),
  ]);
  if (p.nt) {
    const failed = p.nt.steps.filter((x) => x.exitCode !== 0).map((x) => x.step);
    rows.push([
      '5. `npm test` wall time (typecheck + lint + jest, 2 cores)',
      `${s(p.nt.totalMs)}: ${p.nt.steps.map((x) => `${x.step.split(' ')[0]} ${s(x.ms)}`).join(', ')}${failed.length ? ` (non-zero exit: ${failed.join(', ')})` : ''}`,
      '< 3 min',
      ok(p.nt.totalMs < 180_000),
    ]);
  }
  L.push('## Summary', '', '| Benchmark | Measured | Target | Target met? |', '|---|---|---|---|');
  for (const r of rows) L.push(`| ${r.join(' | ')} |`);
  L.push('');

  L.push('## 1. Pack overhead (in-process, fresh App per run, after warm-up)', '');
  L.push('Overhead = median over rounds of (CPU time with the pack / CPU time without any pack) − 1; CPU time because the', 'machine is shared. Wall-clock figures alongside. "validate()" is the pack\'s own time inside synth; the rest of the', 'overhead is aws-cdk-lib\'s validation framework (report, acknowledgement collection, assembly hashing), paid by any plugin.', '');
  L.push('| CloudFormation validation | no pack (wall / CPU) | DermaShield (wall / CPU) | HIPAA (wall / CPU) | DermaShield overhead CPU / wall | HIPAA overhead CPU / wall | DermaShield validate() | HIPAA validate() |', '|---|---|---|---|---|---|---|---|');
  for (const r of [p.ohOff, p.ohOn]) {
    if (!r) continue;
    L.push(`| ${r.cfnValidation ? 'on' : 'off'} | ${msf(r.wallMs.none)} / ${msf(r.cpuMs.none)} | ${msf(r.wallMs.dermashield)} / ${msf(r.cpuMs.dermashield)} | ${msf(r.wallMs.hipaa)} / ${msf(r.cpuMs.hipaa)} | ${pct(1 + r.overheadCpu.dermashield)} / ${pct(1 + r.overheadWall.dermashield)} | ${pct(1 + r.overheadCpu.hipaa)} / ${pct(1 + r.overheadWall.hipaa)} | ${msf(r.packMs.dermashield)} | ${msf(r.packMs.hipaa)} |`);
  }
  if (p.ohOn) L.push('', 'With CloudFormation validation on, aws-cdk-lib initialises its validation engine (loading resource schemas, ~3 s) once per process and reuses it, so after warm-up the "on" row shows its warm per-synth cost; the cold cost a user pays on every `cdk synth` is in benchmark 3 and in the scaling table (one process per run). Differences of a few percent are noise here (a negative overhead is possible); the pack\'s own validate() time is the robust figure.');
  L.push('');

  L.push('## 2. Scaling: N clinics (2 stacks each), all packs (DermaShield, HIPAA, NIST 800-53 R5, AWS Solutions)', '');
  L.push('Each N in its own process (peak RSS = `process.resourceUsage().maxRSS`). Time = build the construct tree + synth + every check.', '');
  L.push('| N | CFN validation | runs | stacks | resources | time (median) | growth vs previous N | CPU | construct tree | DermaShield | HIPAA | NIST | AwsSolutions | peak RSS |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const sc of [p.scaleOff, p.scaleOn]) {
    sc.forEach((r, i) => {
      const prev = sc[i - 1];
      const gr = prev ? `×${(r.wallMs / prev.wallMs).toFixed(2)} for ×${r.clinics / prev.clinics} N` : '—';
      L.push(`| ${r.clinics} | ${r.cfnValidation ? 'on' : 'off'} | ${r.runs} | ${r.stacks} | ${r.resources} | ${s(r.wallMs)} | ${gr} | ${s(r.cpuMs)} | ${s(r.constructMs)} | ${msf(r.packMs.DermaShield ?? 0)} | ${msf(r.packMs['HIPAA.Security'] ?? 0)} | ${msf(r.packMs['NIST.800.53.R5'] ?? 0)} | ${msf(r.packMs.AwsSolutions ?? 0)} | ${(r.maxRssMiB / 1024).toFixed(2)} GiB |`);
    });
  }
  const on200 = p.scaleOn.find((r) => r.clinics === 200);
  const off200 = p.scaleOff.find((r) => r.clinics === 200);
  if (on200 && off200) {
    L.push('', `At 200 clinics, aws-cdk-lib's CloudFormation validation costs ${s(on200.wallMs - off200.wallMs)} of ${s(on200.wallMs)} `
      + `(the difference between the two runs); all four packs together ${s(Object.values(off200.packMs).reduce((a, b) => a + b, 0))}, DermaShield ${msf(off200.packMs.DermaShield ?? 0)}.`);
  }
  L.push('');

  L.push('## 3. `npx cdk synth` end to end', '');
  L.push('The real CLI (`node_modules/.bin/cdk synth --quiet`), a new node process for the app each time (`node --import tsx`),', 'CloudFormation validation on, as a newcomer runs it. Reference = `bin/dermashield.ts` (DermaShield + 3 cdk-nag packs);', 'plain = `bench/plain-app.ts` (same stacks, no policy plugins).', '');
  L.push(`| runs | reference (median) | plain (median) | ratio (median of rounds) |`, '|---|---|---|---|', `| ${p.cli.runs} | ${s(p.cli.referenceMs)} | ${s(p.cli.plainMs)} | ×${p.cli.ratio.toFixed(2)} |`, '');

  L.push('## 4. Evidence collection', '');
  L.push('The evidence CLI (`main()` from lib/evidence/cli.ts, real SDK client, adaptive retries, 10 attempts) against the', 'local AWS Config JSON 1.1 endpoint of the tests, 100 results per page; reports rendered (HTML, Markdown, JSON) and', 'written. Retry backoff is shortened to ~1 ms as in the tests, so the throttled figure measures the extra calls, not', 'AWS\'s real back-off sleeps.', '');
  L.push('| rules | evaluations | clean (median) | 10% throttled (median) | ratio | throttled responses | API calls | totals (asserted) |', '|---|---|---|---|---|---|---|---|');
  L.push(`| ${p.ev.rules} | ${p.ev.evaluations} | ${s(p.ev.cleanMs)} | ${s(p.ev.throttledMs)} | ×${p.ev.ratio.toFixed(2)} | ${p.ev.throttledResponses} | ${p.ev.apiCalls} | ${p.ev.totals.total} = ${p.ev.totals.compliant} compliant + ${p.ev.totals.nonCompliant} non-compliant + ${p.ev.totals.notApplicable} not applicable |`, '');

  L.push('### 4b. Pacing under throttling', '');
  L.push('The 80-resource practice of test/evidence/practice.ts (real catalog, 10 results per page), every third call', 'throttled, with the SDK\'s real adaptive retry and back-off and the CLI\'s pacing (at most 4 calls in flight, never', 'below 10 requests/s). Before that pacing, the SDK\'s limiter fell to 0.5 requests/s and the same run took 105 s.', '');
  L.push('| runs | calls | clean (median) | every third call throttled (median) | throttled responses | retry attempts |', '|---|---|---|---|---|---|');
  L.push(`| ${p.pacing.runs} | ${p.pacing.apiCalls} | ${s(p.pacing.cleanMs)} | ${s(p.pacing.throttledMs)} | ${p.pacing.throttledResponses} | ${p.pacing.retryAttempts} |`, '');

  if (p.nt) {
    L.push('## 5. `npm test`', '');
    L.push('Each step of `npm test` timed once (the suite takes minutes on a shared machine).', '');
    L.push('| step | time | exit |', '|---|---|---|');
    for (const x of p.nt.steps) L.push(`| ${x.step} | ${s(x.ms)} | ${x.exitCode} |`);
    L.push(`| **total** | **${s(p.nt.totalMs)}** | |`, '');
    if (p.nt.jest) {
      const j = p.nt.jest;
      L.push(`jest: ${j.files} files, ${j.tests} tests (${j.failedTests} failed); per-file runtimes sum to ${s(j.sumFileMs)}. Slowest files:`, '');
      L.push('| file | tests | time | share of per-file total |', '|---|---|---|---|');
      for (const f of j.slowest) L.push(`| ${f.file} | ${f.tests} | ${s(f.ms)} | ${((f.ms / j.sumFileMs) * 100).toFixed(0)}% |`);
      L.push('');
    }
  }
  return L.join('\n') + '\n';
}

mainBench().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
