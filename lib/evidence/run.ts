import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CONTROLS } from '../controls';
import { Control } from '../controls/types';
import { createEvidenceClient, EvidenceClientOptions, explainError, paceAdaptiveRetries, RawCall } from './client';
import { collect, EvidenceCollectionError } from './collect';
import { parseExceptionsRegister } from './exceptions';
import { guardIdentifiers } from './guard';
import { buildReport } from './report';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { EVIDENCE_REPORT_SCHEMA } from './schema';
import { EvidenceReport, ExceptionEntry, ScopeMode } from './types';

export type ReportFormat = 'html' | 'md' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json'];

/** Options of one evidence collection run (what the CLI flags map to). */
export interface EvidenceRunOptions extends EvidenceClientOptions {
  /**
   * Where the Config rules are read from: this account and Region, a conformance pack, or an aggregator.
   * @default 'account'
   */
  readonly mode?: ScopeMode;
  /**
   * Conformance pack or aggregator name (required for those modes).
   * @default - none (account mode)
   */
  readonly scopeName?: string;
  /** @default ['html', 'md', 'json'] */
  readonly formats?: readonly ReportFormat[];
  /** Directory to write into; must not already hold a report. */
  readonly outDir: string;
  /**
   * Exceptions register JSON file.
   * @default - no register: every non-compliant resource is unresolved
   */
  readonly exceptionsFile?: string;
  /**
   * Account ids the operator states, recorded in provenance.
   * @default - read from Config data (resource ARNs, aggregator results)
   */
  readonly accounts?: readonly string[];
  /** @default CONTROLS (the whole catalog) */
  readonly controls?: readonly Control[];
  /**
   * Collection time, recorded in provenance (tests pin it).
   * @default - the current time
   */
  readonly now?: Date;
  /**
   * Page size for paginated Config calls.
   * @default 100
   */
  readonly pageSize?: number;
  /**
   * Hours past a rule's maximum frequency (24 h for rules that are not periodic) after which its last successful
   * evaluation is stale: the control is incomplete and the exit code 2.
   * @default 24
   */
  readonly staleAfterHours?: number;
  /**
   * Progress callback (the CLI draws a progress line on a TTY).
   * @default - no progress reporting
   */
  readonly progress?: (event: { readonly phase: string; readonly done: number; readonly total: number; readonly retries: number }) => void;
}

export interface EvidenceRunResult {
  readonly report: EvidenceReport;
  readonly outDir: string;
  /** Paths relative to outDir of every file written, the manifest last. */
  readonly files: string[];
}

/** Collect, judge, render and write. Throws {@link EvidenceCollectionError} for fatal setup problems. */
export async function runEvidence(opts: EvidenceRunOptions): Promise<EvidenceRunResult> {
  const controls = opts.controls ?? CONTROLS;
  const mode = opts.mode ?? 'account';
  if (mode !== 'account' && !opts.scopeName) throw new EvidenceCollectionError('error', `--${mode} needs a name`);
  const formats = opts.formats ?? REPORT_FORMATS;

  // Read the register before calling AWS: a broken register must stop the run early.
  let exceptions: ExceptionEntry[] | undefined;
  let registerText: string | undefined;
  if (opts.exceptionsFile) {
    registerText = fs.readFileSync(opts.exceptionsFile, 'utf8');
    exceptions = parseExceptionsRegister(registerText, opts.exceptionsFile, new Set(controls.map((c) => c.id)));
  }
  const outDir = path.resolve(opts.outDir);
  for (const name of ['MANIFEST.sha256', 'evidence-report.json', 'evidence-report.html', 'evidence-report.md']) {
    if (fs.existsSync(path.join(outDir, name))) {
      throw new EvidenceCollectionError('error', `${outDir} already holds evidence (${name}); evidence is never overwritten: choose another --out`);
    }
  }

  const calls: RawCall[] = [];
  const client = createEvidenceClient(opts, calls);
  await paceAdaptiveRetries(client);
  let region: string;
  try {
    region = await client.config.region();
  } catch (err) {
    const { kind, message } = explainError(err, 'configuration', opts.region);
    throw new EvidenceCollectionError(kind, message);
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new EvidenceCollectionError('region', `'${region}' is not an AWS Region name (expected e.g. us-east-1): check --region / AWS_REGION`);
  }
  // Managed rules by identifier; custom policy (Guard) rules by control, as `CUSTOM_POLICY:<control id>`.
  const identifiers = [...new Set([...controls.flatMap((c) => c.configRules.map((r) => r.identifier)), ...guardIdentifiers(controls)])];
  const resourceTypes = [...new Set(controls.flatMap((c) => [...c.configRules.flatMap((r) => r.resourceTypes ?? []), ...(c.guardPolicy?.resourceTypes ?? [])]))];
  let collection;
  try {
    collection = await collect(client, {
      mode, region, identifiers, resourceTypes,
      ...(opts.scopeName ? { scopeName: opts.scopeName } : {}),
      ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
      ...(opts.progress ? { progress: (e: { phase: string; done: number; total: number }) => opts.progress!({ ...e, retries: retryAttempts(calls) }) } : {}),
    });
  } finally {
    client.destroy();
  }
  collection.calls = calls.length;
  collection.retriedCalls = calls.filter((c) => (c.attempts ?? 1) > 1).length;
  collection.retryAttempts = retryAttempts(calls);

  const report = buildReport(collection, {
    controls,
    ...(exceptions ? { exceptions, exceptionsSource: opts.exceptionsFile } : {}),
    ...(opts.accounts ? { accounts: opts.accounts } : {}),
    toolVersion: packageVersion(path.join(__dirname, '..', '..', 'package.json')),
    sdkVersion: packageVersion(require.resolve('@aws-sdk/client-config-service/package.json')),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.staleAfterHours !== undefined ? { staleAfterHours: opts.staleAfterHours } : {}),
  });

  const files: string[] = [];
  const write = (rel: string, content: string): void => {
    const abs = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content, { flag: 'wx' });
    files.push(rel);
  };
  fs.mkdirSync(outDir, { recursive: true });
  const width = String(calls.length).length;
  for (const call of [...calls].sort((a, b) => a.seq - b.seq)) {
    write(path.posix.join('raw', `${String(call.seq).padStart(Math.max(4, width), '0')}-${call.operation}.json`), JSON.stringify(call, null, 2) + '\n');
  }
  if (registerText !== undefined) write('inputs/exceptions.json', registerText);
  if (formats.includes('json')) {
    write('evidence-report.json', JSON.stringify(report, null, 2) + '\n');
    write('evidence-report.schema.json', JSON.stringify(EVIDENCE_REPORT_SCHEMA, null, 2) + '\n');
  }
  if (formats.includes('md')) write('evidence-report.md', renderMarkdown(report));
  if (formats.includes('html')) write('evidence-report.html', renderHtml(report));
  const manifest = [...files].sort().map((rel) => `${sha256(path.join(outDir, rel))}  ${rel}`).join('\n') + '\n';
  write('MANIFEST.sha256', manifest);
  return { report, outDir, files };
}

/** Retry attempts so far: attempts beyond the first, over every finished call. */
function retryAttempts(calls: readonly RawCall[]): number {
  return calls.reduce((n, c) => n + Math.max(0, (c.attempts ?? 1) - 1), 0);
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function packageVersion(file: string): string {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
