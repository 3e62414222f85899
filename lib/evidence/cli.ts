import * as path from 'path';
import { parseArgs } from 'util';
import { ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { Control } from '../controls/types';
import { DEFAULT_MAX_ATTEMPTS } from './client';
import { DEFAULT_STALE_AFTER_HOURS } from './report';
import { EvidenceCollectionError } from './collect';
import { ExceptionsRegisterError } from './exceptions';
import { pct, sentence } from './render-model';
import { REPORT_FORMATS, ReportFormat, runEvidence, EvidenceRunOptions } from './run';
import { EvidenceReport } from './types';

export const USAGE = `Usage: dermashield-evidence --region REGION [options]

Reads AWS Config (compliance of the managed and custom policy (Guard) rules named by the DermaShield control
catalog, and recorded configuration) and writes an auditor-ready, HIPAA-mapped encryption evidence report.

Options:
  --region REGION            AWS Region to read (default: AWS_REGION / the profile's region)
  --profile NAME             Shared config/credentials profile (default: AWS_PROFILE / default chain)
  --conformance-pack NAME    Read the rules of this conformance pack
  --aggregator NAME          Read through this configuration aggregator (all its accounts and Regions)
  --format LIST              Comma-separated: html,md,json (default: all three)
  --out DIR                  Output directory, must not already hold a report
                             (default: evidence-out/<collection time>)
  --exceptions FILE          Exceptions register (JSON, see docs/evidence-cli.md)
  --account ID               Account id to record in provenance (repeatable); otherwise read from Config data
  --max-attempts N           Attempts per API call in the SDK's adaptive retry mode (default: ${DEFAULT_MAX_ATTEMPTS})
  --stale-after-hours H      A rule is stale (exit 2) when its last successful evaluation is older than its
                             maximum frequency (24 h if it has none) plus H hours (default: ${DEFAULT_STALE_AFTER_HOURS})
  --endpoint-url URL         Config endpoint override (VPC endpoint, or a local test server)
  -h, --help                 Show this help

Exit codes:
  0  every collected control is compliant (accepted, in-date exceptions allowed)
  1  some control is non-compliant
  2  collection incomplete or impossible (throttled out, access denied, a rule missing, never evaluated or stale,
     no credentials, wrong Region, Config not enabled, bad arguments)
`;

/** How many controls each kind of Config rule evidences, e.g. `Evidenced by: 40 AWS managed rule, 10 custom Guard rule, ...`. */
function evidencedByLine(report: EvidenceReport): string {
  const kinds: [EvidenceReport['controls'][number]['evidencedBy'], string][] = [
    ['managed', 'AWS managed rule'], ['custom-guard', 'custom Guard rule'], ['managed-and-custom-guard', 'both'], ['not-evidenced', 'not evidenced after deployment'],
  ];
  return `Controls evidenced by: ${kinds.map(([k, words]) => `${report.controls.filter((c) => c.evidencedBy === k).length} ${words}`).join(', ')}`;
}

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; readonly isTTY?: boolean };
  readonly cwd?: string;
  /** Extra SDK client configuration (tests: static credentials, short retry delays). */
  readonly clientConfig?: Partial<ConfigServiceClientConfig>;
  readonly now?: Date;
  /** The control catalog to evidence. @default CONTROLS */
  readonly controls?: readonly Control[];
}

/** Run the CLI; resolves to the process exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        region: { type: 'string' },
        profile: { type: 'string' },
        'conformance-pack': { type: 'string' },
        aggregator: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        exceptions: { type: 'string' },
        account: { type: 'string', multiple: true },
        'max-attempts': { type: 'string' },
        'stale-after-hours': { type: 'string' },
        'endpoint-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    io.stderr.write(`dermashield-evidence: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const usage = (msg: string): number => {
    io.stderr.write(`dermashield-evidence: ${msg}\nRun with --help for usage.\n`);
    return 2;
  };
  if (values['conformance-pack'] && values.aggregator) return usage('--conformance-pack and --aggregator are mutually exclusive');
  const formats = String(values.format ?? REPORT_FORMATS.join(',')).split(',').map((f) => f.trim()).filter(Boolean);
  const badFormat = formats.find((f) => !REPORT_FORMATS.includes(f as ReportFormat));
  if (badFormat || formats.length === 0) return usage(`--format must be a comma-separated list of ${REPORT_FORMATS.join(', ')}; got '${String(values.format)}'`);
  const maxAttempts = values['max-attempts'] === undefined ? undefined : Number(values['max-attempts']);
  if (maxAttempts !== undefined && (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 50)) {
    return usage(`--max-attempts must be an integer from 1 to 50; got '${String(values['max-attempts'])}'`);
  }
  const staleAfterHours = values['stale-after-hours'] === undefined ? undefined : Number(values['stale-after-hours']);
  if (staleAfterHours !== undefined && (!Number.isFinite(staleAfterHours) || staleAfterHours < 0)) {
    return usage(`--stale-after-hours must be a number of hours, 0 or more; got '${String(values['stale-after-hours'])}'`);
  }
  const accounts = (values.account as string[] | undefined)?.flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  const badAccount = accounts?.find((a) => !/^\d{12}$/.test(a));
  if (badAccount) return usage(`--account must be a 12-digit AWS account id; got '${badAccount}'`);

  const now = io.now ?? new Date();
  const cwd = io.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, String(values.out ?? path.join('evidence-out', now.toISOString().replace(/[:.]/g, '-'))));
  const tty = io.stderr.isTTY === true;
  let lastLine = '';
  const options: EvidenceRunOptions = {
    outDir,
    formats: formats as ReportFormat[],
    ...(values.region ? { region: String(values.region) } : {}),
    ...(values.profile ? { profile: String(values.profile) } : {}),
    ...(values['conformance-pack'] ? { mode: 'conformance-pack' as const, scopeName: String(values['conformance-pack']) } : {}),
    ...(values.aggregator ? { mode: 'aggregator' as const, scopeName: String(values.aggregator) } : {}),
    ...(values.exceptions ? { exceptionsFile: path.resolve(cwd, String(values.exceptions)) } : {}),
    ...(accounts?.length ? { accounts } : {}),
    ...(maxAttempts ? { maxAttempts } : {}),
    ...(staleAfterHours !== undefined ? { staleAfterHours } : {}),
    ...(io.now ? { now: io.now } : {}),
    ...(io.controls ? { controls: io.controls } : {}),
    clientConfig: {
      ...(values['endpoint-url'] ? { endpoint: String(values['endpoint-url']) } : {}),
      ...io.clientConfig,
    },
    ...(tty
      ? {
        progress: (e: { phase: string; done: number; total: number; retries: number }) => {
          lastLine = `[${e.done}/${e.total}]${e.retries ? ` (${e.retries} retries)` : ''} ${e.phase}`;
          io.stderr.write(`\r\x1b[K${lastLine.slice(0, 100)}`);
        },
      }
      : {}),
  };

  try {
    const { report, files } = await runEvidence(options);
    if (tty && lastLine) io.stderr.write('\r\x1b[K');
    const m = report.metrics;
    io.stdout.write(
      [
        `Verdict: ${report.overallVerdict} (collection ${report.collectionStatus})`,
        report.summary.headline,
        sentence(report.summary.collection),
        evidencedByLine(report),
        `Resources: ${report.overall.compliant} compliant, ${report.overall.nonCompliant} non-compliant (${report.overall.excepted} excepted), ${report.overall.insufficientData} not evaluated`,
        `PHI data stores on a customer-managed key: ${pct(m.phiDataStores.cmkEncrypted)}`,
        `Listeners TLS 1.2+: ${pct(m.loadBalancerListeners.tls12Plus)}; TLS 1.3: ${pct(m.loadBalancerListeners.tls13)}`,
        `KMS keys rotating: ${pct(m.kmsKeyRotation.rotationEnabled)}`,
        `Backup vaults on a CMK: ${pct(m.backupVaults.encryptedWithCmk)}; locked: ${pct(m.backupVaults.locked)}`,
        `Client VPN endpoints logging: ${pct(m.clientVpnLogging.loggingEnabled)}`,
        `Unresolved exceptions: ${report.exceptions.filter((e) => e.status === 'unresolved').length}`,
        `API calls: ${report.provenance.apiCalls} (${report.provenance.retriedCalls} retried, ${report.provenance.retryAttempts} retry attempts in all)`,
        // Each cause once, however many rules or types it hit.
        ...report.causes.map((x) => `INCOMPLETE: ${x.kind}${x.operation ? ` on ${x.operation}` : ''}: ${x.cause}` +
          (x.subjects.length === 1 && x.subjects[0] === x.cause ? '' : ` [${x.subjects.length} affected: ${x.subjects.slice(0, 5).join('; ')}${x.subjects.length > 5 ? '; ...' : ''}]`)),
        `Wrote ${files.length} files to ${outDir} (manifest: MANIFEST.sha256)`,
        '',
      ].join('\n'),
    );
    return report.exitCode;
  } catch (err) {
    if (tty && lastLine) io.stderr.write('\n');
    if (err instanceof EvidenceCollectionError || err instanceof ExceptionsRegisterError) {
      io.stderr.write(`dermashield-evidence: ${err.message}\n`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'ENOENT' && values.exceptions) {
      io.stderr.write(`dermashield-evidence: cannot read the exceptions register: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`dermashield-evidence: unexpected error: ${e?.stack ?? String(err)}\n`);
    return 2;
  }
}
