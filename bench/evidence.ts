/**
 * Benchmark 4: the evidence CLI reading 10,000 evaluation results over 200 Config rules from the local AWS Config
 * JSON 1.1 test endpoint (test/evidence/fake-config-server.ts, the real SDK client pointed at it), without and with
 * 10% of responses throttled. Asserts the totals: a fast run with wrong numbers would be worthless.
 */
import * as fs from 'fs';
import { main } from '../lib/evidence/cli';
import { EvidenceReport } from '../lib/evidence/types';
import { FakeConfigServer, FakeData, FakeEval, FakeRule } from '../test/evidence/fake-config-server';
import { ACCOUNT, FRESH, NOW, REGION, TEST_CONTROLS, testClientConfig } from '../test/evidence/fixtures';
import { practice, PRACTICE_CONTROLS } from '../test/evidence/practice';
import { tempOutdir } from './apps';
import { median } from './stats';

export interface EvidenceBenchResult {
  readonly rules: number;
  readonly evaluations: number;
  readonly runs: number;
  readonly cleanMs: number;
  readonly throttledMs: number;
  /** Median of per-round ratios (throttled / clean). */
  readonly ratio: number;
  readonly throttledResponses: number;
  readonly apiCalls: number;
  readonly totals: { total: number; compliant: number; nonCompliant: number; notApplicable: number };
}

/** A configuration item naming the customer-managed key `key`, for the types whose recorded key decides. */
function onCmk(type: string, key: string): { configuration: Record<string, unknown>; supplementaryConfiguration?: Record<string, unknown> } {
  switch (type) {
    case 'AWS::S3::Bucket':
      return { configuration: {}, supplementaryConfiguration: { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: key } }] } } };
    case 'AWS::DynamoDB::Table':
      return { configuration: { ssedescription: { status: 'ENABLED', kmsmasterKeyArn: key } } };
    case 'AWS::EFS::FileSystem':
      return { configuration: { Encrypted: true, KmsKeyId: key } };
    default:
      return { configuration: { storageEncrypted: true, encrypted: true, kmsKeyId: key, EncryptionKeyArn: key } };
  }
}

/**
 * 200 rules cycling over the test catalog's managed rule identifiers, 50 evaluations each, every resource distinct.
 * Resources whose verdict the recorded key decides are recorded too, on a customer-managed key, so the totals are
 * the served evaluations' (a run without them would be "not determinable", rightly).
 */
export function benchData(rules: number, perRule: number): FakeData {
  const refs = TEST_CONTROLS.flatMap((c) => c.configRules.map((r) => ({ identifier: r.identifier, type: r.resourceTypes?.[0] ?? 'AWS::S3::Bucket', keyDecided: r.decidedByRecord !== undefined && r.decidedByRecord.resourceType === r.resourceTypes?.[0] })));
  const key = `arn:aws:kms:${REGION}:${ACCOUNT}:key/bench-cmk`;
  const resources: Record<string, unknown>[] = [{
    resourceId: 'bench-cmk', resourceType: 'AWS::KMS::Key', accountId: ACCOUNT, awsRegion: REGION, arn: key,
    configuration: { keyId: 'bench-cmk', arn: key, keyManager: 'CUSTOMER', keyState: 'Enabled' }, supplementaryConfiguration: { KeyRotationStatus: true },
  }];
  const out: FakeRule[] = [];
  for (let i = 0; i < rules; i++) {
    const { identifier, type, keyDecided } = refs[i % refs.length];
    const evaluations: FakeEval[] = [];
    for (let j = 0; j < perRule; j++) {
      const compliance = j % 10 === 0 ? 'NON_COMPLIANT' : j % 10 === 1 ? 'NOT_APPLICABLE' : 'COMPLIANT';
      evaluations.push({ type, id: `res-${i}-${j}`, compliance });
      if (keyDecided) resources.push({ resourceId: `res-${i}-${j}`, resourceType: type, accountId: ACCOUNT, awsRegion: REGION, ...onCmk(type, key) });
    }
    if (i === refs.findIndex((r) => r.type === 'AWS::KMS::Key')) evaluations.push({ type: 'AWS::KMS::Key', id: 'bench-cmk', compliance: 'COMPLIANT' });
    out.push({ name: `${identifier.toLowerCase().replace(/_/g, '-')}-clinic-${String(i).padStart(3, '0')}`, identifier, lastSuccess: FRESH, evaluations });
  }
  return { accountId: ACCOUNT, region: REGION, recorders: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }], rules: out, resources };
}

/** Deterministic PRNG (mulberry32), so the throttled run is the same run every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPS = [
  'DescribeConfigurationRecorderStatus', 'DescribeConfigRules', 'DescribeComplianceByConfigRule',
  'DescribeConfigRuleEvaluationStatus', 'GetComplianceDetailsByConfigRule', 'SelectResourceConfig',
];

async function once(data: FakeData, throttle: number, seed: number): Promise<{ ms: number; report: EvidenceReport; throttled: number }> {
  const fake = new FakeConfigServer(data, 100); // 100 results per page: the API's maximum for these calls
  const endpoint = await fake.start();
  const random = prng(seed);
  if (throttle > 0) {
    for (const op of OPS) fake.faults.push({ op, kind: 'throttle', times: Number.MAX_SAFE_INTEGER, when: () => random() < throttle });
  }
  const out = tempOutdir('evidence');
  fs.rmSync(out, { recursive: true, force: true });
  const sink = { write: () => true };
  try {
    const start = process.hrtime.bigint();
    const code = await main(['--region', REGION, '--out', out], {
      stdout: sink, stderr: { ...sink, isTTY: false }, now: NOW, controls: TEST_CONTROLS,
      // Real SDK adaptive retries with the CLI's default attempt count; backoff shortened to ~1 ms as the tests do.
      clientConfig: testClientConfig(endpoint, 10),
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const report = JSON.parse(fs.readFileSync(`${out}/evidence-report.json`, 'utf8')) as EvidenceReport;
    if (code !== 1) throw new Error(`evidence CLI exited ${code}, expected 1 (non-compliant, complete)`);
    return { ms, report, throttled: fake.requests.filter((r) => r.status === 400).length };
  } finally {
    await fake.stop();
    fs.rmSync(out, { recursive: true, force: true });
  }
}

function check(report: EvidenceReport, expected: EvidenceBenchResult['totals'], label: string): void {
  const o = report.overall;
  const got = { total: o.total, compliant: o.compliant, nonCompliant: o.nonCompliant, notApplicable: o.notApplicable };
  if (JSON.stringify(got) !== JSON.stringify(expected) || report.collectionStatus !== 'COMPLETE') {
    throw new Error(`evidence totals wrong (${label}): got ${JSON.stringify(got)} ${report.collectionStatus}, expected ${JSON.stringify(expected)} COMPLETE`);
  }
}

export async function evidenceBench(opts: { runs: number; rules?: number; perRule?: number }): Promise<EvidenceBenchResult> {
  const rules = opts.rules ?? 200;
  const perRule = opts.perRule ?? 50;
  const data = benchData(rules, perRule);
  const evaluations = rules * perRule;
  // The served evaluations, plus the one recorded customer-managed key (evaluated compliant by a rotation rule).
  const expected = {
    total: evaluations + 1,
    compliant: evaluations - 2 * Math.ceil(evaluations / 10) + 1,
    nonCompliant: Math.ceil(evaluations / 10),
    notApplicable: Math.ceil(evaluations / 10),
  };
  if (perRule % 10 !== 0) throw new Error('perRule must be a multiple of 10 for the expected totals');
  await once(data, 0, 1); // warm-up
  const clean: number[] = [];
  const throttled: number[] = [];
  let throttledResponses = 0;
  let apiCalls = 0;
  for (let i = 0; i < opts.runs; i++) {
    const a = await once(data, 0, i);
    check(a.report, expected, 'no throttling');
    const b = await once(data, 0.1, 1000 + i);
    check(b.report, expected, '10% throttled');
    if (b.throttled === 0) throw new Error('throttling was not injected');
    clean.push(a.ms);
    throttled.push(b.ms);
    throttledResponses = b.throttled;
    apiCalls = b.report.provenance.apiCalls;
  }
  return {
    rules, evaluations, runs: opts.runs,
    cleanMs: median(clean), throttledMs: median(throttled), ratio: median(throttled.map((t, i) => t / clean[i])),
    throttledResponses, apiCalls, totals: expected,
  };
}

export interface PacingBenchResult {
  readonly runs: number;
  readonly resources: number;
  readonly apiCalls: number;
  readonly cleanMs: number;
  readonly throttledMs: number;
  readonly throttledResponses: number;
  readonly retryAttempts: number;
}

/**
 * Benchmark 4b: the 80-resource practice of the tests with the real catalog, every third call throttled, with the
 * SDK's real adaptive retry and back-off (no test shortcuts) and the CLI's pacing. Asserts the throttled report
 * equals the unthrottled one.
 */
export async function evidencePacingBench(opts: { runs: number }): Promise<PacingBenchResult> {
  const { data, truth } = practice(true);
  const one = async (throttle: boolean): Promise<{ ms: number; report: EvidenceReport; throttled: number }> => {
    const fake = new FakeConfigServer(data, 10);
    let n = 0;
    if (throttle) for (const op of OPS) fake.faults.push({ op, kind: 'throttle', times: Number.MAX_SAFE_INTEGER, when: () => ++n % 3 === 0 });
    const endpoint = await fake.start();
    const out = tempOutdir('evidence-pacing');
    fs.rmSync(out, { recursive: true, force: true });
    const sink = { write: () => true };
    try {
      const start = process.hrtime.bigint();
      const code = await main(['--region', REGION, '--out', out, '--format', 'json'], {
        // The practice data serves managed rules only, as in test/evidence/practice.test.ts.
        stdout: sink, stderr: { ...sink, isTTY: false }, now: NOW, controls: PRACTICE_CONTROLS,
        clientConfig: { endpoint, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } },
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 1) throw new Error(`evidence CLI exited ${code}, expected 1`);
      return { ms, report: JSON.parse(fs.readFileSync(`${out}/evidence-report.json`, 'utf8')) as EvidenceReport, throttled: fake.requests.filter((r) => r.status === 400).length };
    } finally {
      await fake.stop();
      fs.rmSync(out, { recursive: true, force: true });
    }
  };
  const clean: number[] = [];
  const throttled: number[] = [];
  let last: Awaited<ReturnType<typeof one>> | undefined;
  let apiCalls = 0;
  for (let i = 0; i < opts.runs; i++) {
    const a = await one(false);
    const b = await one(true);
    if (JSON.stringify(a.report.controls) !== JSON.stringify(b.report.controls)) throw new Error('throttled report differs from the unthrottled one');
    clean.push(a.ms);
    throttled.push(b.ms);
    last = b;
    apiCalls = a.report.provenance.apiCalls;
  }
  return {
    runs: opts.runs, resources: truth.length, apiCalls,
    cleanMs: median(clean), throttledMs: median(throttled), throttledResponses: last!.throttled, retryAttempts: last!.report.provenance.retryAttempts,
  };
}
