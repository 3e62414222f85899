/**
 * Benchmark 1: what a policy pack adds to `cdk synth` of the reference architecture, measured in this process
 * (fresh App per run, after warm-up), interleaving "no pack", "DermaShieldChecks" and "HIPAASecurityChecks" runs
 * so drift on a shared machine hits all three alike.
 */
import { PackSet, synthOnce, SynthSample } from './apps';
import { median } from './stats';

export interface OverheadResult {
  readonly cfnValidation: boolean;
  readonly runs: number;
  /** Median wall / CPU ms per configuration. */
  readonly wallMs: Record<'none' | 'dermashield' | 'hipaa', number>;
  readonly cpuMs: Record<'none' | 'dermashield' | 'hipaa', number>;
  /** Median of per-round CPU ratios (with pack / without), minus 1. */
  readonly overheadCpu: { dermashield: number; hipaa: number };
  /** Median of per-round wall ratios, minus 1. */
  readonly overheadWall: { dermashield: number; hipaa: number };
  /** Median of the pack's own validate() time over the median synth-without-packs wall time. */
  readonly packShare: { dermashield: number; hipaa: number };
  readonly packMs: { dermashield: number; hipaa: number };
}

const CONFIGS: readonly ('none' | 'dermashield' | 'hipaa')[] = ['none', 'dermashield', 'hipaa'];

export function packOverhead(opts: { runs: number; warmup: number; cfnValidation: boolean; clinics?: number }): OverheadResult {
  const clinics = opts.clinics ?? 1;
  for (let i = 0; i < opts.warmup; i++) for (const c of CONFIGS) synthOnce(clinics, c as PackSet, opts.cfnValidation);
  const samples: Record<string, SynthSample[]> = { none: [], dermashield: [], hipaa: [] };
  for (let i = 0; i < opts.runs; i++) {
    // Rotate the order each round so no configuration always runs first after a pause.
    for (let k = 0; k < CONFIGS.length; k++) {
      const c = CONFIGS[(i + k) % CONFIGS.length];
      samples[c].push(synthOnce(clinics, c, opts.cfnValidation));
    }
  }
  const med = (c: string, f: (s: SynthSample) => number) => median(samples[c].map(f));
  const pairedRatio = (c: string, f: (s: SynthSample) => number) =>
    median(samples[c].map((s, i) => f(s) / f(samples.none[i]))) - 1;
  const packMs = {
    dermashield: median(samples.dermashield.map((s) => s.packMs.DermaShield ?? 0)),
    hipaa: median(samples.hipaa.map((s) => s.packMs['HIPAA.Security'] ?? 0)),
  };
  const noneWall = med('none', (s) => s.wallMs);
  return {
    cfnValidation: opts.cfnValidation,
    runs: opts.runs,
    wallMs: { none: noneWall, dermashield: med('dermashield', (s) => s.wallMs), hipaa: med('hipaa', (s) => s.wallMs) },
    cpuMs: { none: med('none', (s) => s.cpuMs), dermashield: med('dermashield', (s) => s.cpuMs), hipaa: med('hipaa', (s) => s.cpuMs) },
    overheadCpu: { dermashield: pairedRatio('dermashield', (s) => s.cpuMs), hipaa: pairedRatio('hipaa', (s) => s.cpuMs) },
    overheadWall: { dermashield: pairedRatio('dermashield', (s) => s.wallMs), hipaa: pairedRatio('hipaa', (s) => s.wallMs) },
    packShare: { dermashield: packMs.dermashield / noneWall, hipaa: packMs.hipaa / noneWall },
    packMs,
  };
}
