/**
 * Issue #16: the evidence CLI tried as an auditor would, against a local AWS Config endpoint serving a realistic
 * small practice (80 resources, results over several pages) with the real control catalog. Every number in the JSON
 * is compared with values this file computes from the served data and each resource's ground truth.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { main } from '../../lib/evidence/cli';
import { ComplianceState, ControlVerdict, Counts, EvidenceReport } from '../../lib/evidence/types';
import { FakeConfigServer } from './fake-config-server';
import { ACCOUNT, NOW, REGION, testClientConfig } from './fixtures';
import { aliasRow, Practice, practice, PRACTICE_CONTROLS, Truth } from './practice';

const CONTROLS = PRACTICE_CONTROLS;

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-practice-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run { code: number; stdout: string; report: EvidenceReport; out: string; fake: FakeConfigServer }
let seq = 0;
async function run(p: Practice, args: string[] = [], setup: (fake: FakeConfigServer) => void = () => undefined): Promise<Run> {
  const fake = new FakeConfigServer(p.data, 10);
  setup(fake);
  const endpoint = await fake.start();
  const out = path.join(tmp, `run-${++seq}`);
  let stdout = '';
  try {
    const code = await main(['--region', REGION, '--out', out, ...args], {
      stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, now: NOW, clientConfig: testClientConfig(endpoint), controls: CONTROLS,
    });
    const report = JSON.parse(fs.readFileSync(path.join(out, 'evidence-report.json'), 'utf8')) as EvidenceReport;
    return { code, stdout, report, out, fake };
  } finally {
    await fake.stop();
  }
}

// ---- the oracle: expected results from the served data and the ground truth, not from the CLI's code ----
const RANK: Record<ComplianceState, number> = { NOT_APPLICABLE: 0, COMPLIANT: 1, INSUFFICIENT_DATA: 2, NON_COMPLIANT: 3 };
interface Expected { verdict: ControlVerdict; counts: Counts; status: Map<string, ComplianceState> }
interface Scenario { pack?: boolean; unreadableTypes?: string[]; incomplete?: string[]; rules?: Practice['data']['rules'] }

function expectedControls(p: Practice, s: Scenario = {}): Map<string, Expected> {
  const rules = s.rules ?? p.data.rules;
  const out = new Map<string, Expected>();
  for (const control of CONTROLS) {
    const status = new Map<string, ComplianceState>();
    if (control.configRules.length > 0) {
      const subjects = new Map<string, { type: string; id: string; t?: Truth }>();
      for (const ref of control.configRules) {
        for (const t of p.truth) if (!s.unreadableTypes?.includes(t.type) && (ref.resourceTypes?.includes(t.type) || ref.decidedByRecord?.resourceType === t.type)) subjects.set(`${t.type}|${t.id}`, { type: t.type, id: t.id, t });
        for (const e of rules.find((r) => r.identifier === ref.identifier)?.evaluations ?? []) {
          if (!(s.pack && e.compliance === 'NOT_APPLICABLE') && !subjects.has(`${e.type}|${e.id}`)) subjects.set(`${e.type}|${e.id}`, { type: e.type, id: e.id });
        }
      }
      for (const [key, subject] of subjects) {
        const findings: ComplianceState[] = [];
        for (const ref of control.configRules) {
          const rule = rules.find((r) => r.identifier === ref.identifier);
          const served = rule?.evaluations.find((e) => e.type === subject.type && e.id === subject.id && !(s.pack && e.compliance === 'NOT_APPLICABLE'));
          const own: ComplianceState[] = [];
          if (served) own.push(served.compliance);
          else if (ref.resourceTypes?.includes(subject.type)) {
            const tagScoped = ref.identifier === 'S3_BUCKET_DEFAULT_LOCK_ENABLED';
            if (!rule) own.push('INSUFFICIENT_DATA');
            else if (tagScoped && s.unreadableTypes?.includes(subject.type)) own.push('INSUFFICIENT_DATA'); // tags unknown
            else if (tagScoped && !subject.t?.clinical) own.push('NOT_APPLICABLE');
            else own.push(s.pack ? 'NOT_APPLICABLE' : 'INSUFFICIENT_DATA'); // pack: its API omits NOT_APPLICABLE
          }
          if (ref.decidedByRecord?.resourceType === subject.type && !(own.length > 0 && own.every((x) => x === 'NOT_APPLICABLE'))) {
            own.push(s.unreadableTypes?.includes(subject.type) || !subject.t?.key ? 'INSUFFICIENT_DATA' : subject.t.key === 'cmk' ? 'COMPLIANT' : 'NON_COMPLIANT');
          }
          findings.push(...own);
        }
        status.set(key, findings.reduce<ComplianceState>((w, f) => (RANK[f] > RANK[w] ? f : w), 'NOT_APPLICABLE'));
      }
    }
    const v = [...status.values()];
    const n = (x: ComplianceState): number => v.filter((y) => y === x).length;
    const counts = { total: v.length, compliant: n('COMPLIANT'), nonCompliant: n('NON_COMPLIANT'), notApplicable: n('NOT_APPLICABLE'), insufficientData: n('INSUFFICIENT_DATA'), excepted: 0 };
    const verdict: ControlVerdict = control.configRules.length === 0 ? 'NO_CONFIG_RULE'
      : counts.nonCompliant > 0 ? 'NON_COMPLIANT'
        : s.incomplete?.includes(control.id) ? 'INCOMPLETE'
          : counts.insufficientData > 0 ? 'NOT_EVALUATED'
            : counts.compliant === 0 ? 'NO_RESOURCES' : 'COMPLIANT';
    out.set(control.id, { verdict, counts, status });
  }
  return out;
}

function expectMatchesOracle(report: EvidenceReport, expected: Map<string, Expected>): void {
  expect(report.controls.map((c) => [c.id, c.verdict, c.counts])).toEqual(CONTROLS.map((c) => [c.id, expected.get(c.id)!.verdict, expected.get(c.id)!.counts]));
  for (const c of report.controls) {
    expect([c.id, Object.fromEntries(c.resources.map((r) => [`${r.resourceType}|${r.resourceId}`, r.status]))]).toEqual([c.id, Object.fromEntries(expected.get(c.id)!.status)]);
  }
  // Overall: each resource once, at its worst standing.
  const worst = new Map<string, ComplianceState>();
  for (const e of expected.values()) for (const [k, st] of e.status) if (!worst.has(k) || RANK[st] > RANK[worst.get(k)!]) worst.set(k, st);
  const w = [...worst.values()];
  const n = (x: ComplianceState): number => w.filter((y) => y === x).length;
  expect(report.overall).toMatchObject({ total: w.length, compliant: n('COMPLIANT'), nonCompliant: n('NON_COMPLIANT'), notApplicable: n('NOT_APPLICABLE'), insufficientData: n('INSUFFICIENT_DATA'), excepted: 0 });
  const byVerdict = (x: ControlVerdict): number => [...expected.values()].filter((e) => e.verdict === x).length;
  expect(report.summary.controls).toEqual({
    compliant: byVerdict('COMPLIANT'), nonCompliant: byVerdict('NON_COMPLIANT'), incomplete: byVerdict('INCOMPLETE') + byVerdict('NOT_EVALUATED'),
    noResources: byVerdict('NO_RESOURCES'), notEvidenced: byVerdict('NO_CONFIG_RULE'),
  });
}

const pct = (a: number, b: number): { numerator: number; denominator: number; percent: number | null } => ({ numerator: a, denominator: b, percent: b === 0 ? null : Math.round((a / b) * 1000) / 10 });

describe('a practice with AWS-managed keys where customer-managed ones are required (account scope)', () => {
  const p = practice(true);
  let r: Run;
  beforeAll(async () => {
    r = await run(p);
  });

  test('every verdict, count and overall number matches the served data', () => {
    expect(r.report.problems).toEqual([]);
    expect(r.report.collectionStatus).toBe('COMPLETE');
    expect(r.code).toBe(1);
    expectMatchesOracle(r.report, expectedControls(p));
  });

  test('in-transit and Vault Lock controls are judged by their own rules, not by the storage key (item 1)', () => {
    const rds2 = r.report.controls.find((c) => c.id === 'DS-RDS-2')!;
    expect(rds2.verdict).toBe('COMPLIANT');
    // scheduling-mysql stores on aws/rds: its TLS rule passes it, and so does DS-RDS-2; DS-RDS-1 fails it.
    expect(rds2.resources.find((x) => x.resourceName === 'scheduling-mysql')!.status).toBe('COMPLIANT');
    expect(r.report.controls.find((c) => c.id === 'DS-RDS-1')!.resources.find((x) => x.resourceName === 'scheduling-mysql')!.status).toBe('NON_COMPLIANT');
    expect(r.report.controls.find((c) => c.id === 'DS-BACKUP-2')!.verdict).toBe('COMPLIANT');
  });

  test('AWS-managed keys are never counted as customer-managed; control and metric agree (item 2)', () => {
    const status = (id: string, name: string): ComplianceState | undefined => r.report.controls.find((c) => c.id === id)!.resources.find((x) => x.resourceName === name)?.status;
    expect(status('DS-EFS-1', 'scanner-inbox')).toBe('NON_COMPLIANT');
    expect(status('DS-DDB-1', 'portal-sessions')).toBe('NON_COMPLIANT');
    expect(status('DS-BACKUP-1', 'Default')).toBe('NON_COMPLIANT');
    const vaults = p.truth.filter((t) => t.type === 'AWS::Backup::BackupVault');
    expect(r.report.metrics.backupVaults.encryptedWithCmk).toEqual(pct(vaults.filter((v) => v.key === 'cmk').length, vaults.length));
    const judgedVaults = r.report.controls.find((c) => c.id === 'DS-BACKUP-1')!.resources.filter((x) => x.resourceType === 'AWS::Backup::BackupVault');
    expect(judgedVaults.filter((x) => x.status === 'COMPLIANT').length).toBe(r.report.metrics.backupVaults.encryptedWithCmk.numerator);
    const stores = p.truth.filter((t) => ['AWS::S3::Bucket', 'AWS::RDS::DBCluster', 'AWS::DynamoDB::Table', 'AWS::EFS::FileSystem'].includes(t.type) || (t.type === 'AWS::RDS::DBInstance' && t.engine !== 'aurora-mysql'));
    expect(r.report.metrics.phiDataStores.cmkEncrypted).toEqual(pct(stores.filter((t) => t.key === 'cmk').length, stores.length));
    const keys = p.truth.filter((t) => t.customerKey);
    expect(r.report.metrics.kmsKeyRotation.rotationEnabled).toEqual(pct(keys.filter((k) => k.rotating).length, keys.length));
  });

  test('the Object Lock rule scoped by tag: untagged buckets are not applicable, not "not evaluated" (item 7)', () => {
    const lock = r.report.controls.find((c) => c.id === 'DS-S3-6')!;
    expect(lock.verdict).toBe('COMPLIANT');
    const buckets = p.truth.filter((t) => t.type === 'AWS::S3::Bucket');
    expect(lock.counts).toMatchObject({ compliant: buckets.filter((b) => b.clinical).length, notApplicable: buckets.filter((b) => !b.clinical).length, insufficientData: 0 });
  });

  test('each control lists its rules with their last evaluation time', () => {
    const s3 = r.report.controls.find((c) => c.id === 'DS-S3-1')!;
    expect(s3.configRules[0].rules).toEqual([{ name: p.ruleName('S3_DEFAULT_ENCRYPTION_KMS'), lastSuccessfulEvaluation: new Date(p.data.rules[0].lastSuccess! * 1000).toISOString(), healthy: true, stale: false }]);
  });
});

describe('a clean practice exits 0', () => {
  test('account scope: tag-scoped and engine-specific rules do not leave resources "not evaluated"', async () => {
    const p = practice(false);
    const r = await run(p);
    expect(r.report.problems).toEqual([]);
    expectMatchesOracle(r.report, expectedControls(p));
    expect(r.code).toBe(0);
  });

  test('conformance pack: NOT_APPLICABLE is decided from the rule scope and the recorded resources (item 6)', async () => {
    const p = practice(false);
    const data = { ...p.data, packs: { 'hipaa-derm': p.data.rules.map((x) => x.name) } };
    const r = await run({ ...p, data }, ['--conformance-pack', 'hipaa-derm']);
    expect(r.fake.count('GetComplianceDetailsByConfigRule')).toBe(0);
    expect(r.report.problems).toEqual([]);
    expectMatchesOracle(r.report, expectedControls(p, { pack: true }));
    expect(r.code).toBe(0);
  });
});

describe('partial or stale data is never compliant', () => {
  test('SelectResourceConfig denied for buckets: buckets are not determinable where the recorded key decides (item 3)', async () => {
    const p = practice(false);
    const r = await run(p, [], (fake) => fake.faults.push({ op: 'SelectResourceConfig', kind: 'denied', times: Infinity, when: (i) => String(i.Expression).includes("'AWS::S3::Bucket'") }));
    expect(r.code).toBe(2);
    const s3 = r.report.controls.find((c) => c.id === 'DS-S3-1')!;
    expect(s3.resources.filter((x) => x.status === 'COMPLIANT')).toEqual([]);
    expectMatchesOracle(r.report, expectedControls(p, { unreadableTypes: ['AWS::S3::Bucket'], incomplete: CONTROLS.filter((c) => c.configRules.some((x) => x.resourceTypes?.includes('AWS::S3::Bucket'))).map((c) => c.id) }));
    // One access-denied cause, stated once, with every control it left incomplete.
    expect(r.report.causes.filter((c) => c.kind === 'access-denied')).toEqual([expect.objectContaining({ operation: 'SelectResourceConfig', subjects: ['Recorded configuration of AWS::S3::Bucket'], controls: ['DS-S3-1', 'DS-S3-2', 'DS-S3-4', 'DS-S3-5', 'DS-S3-6', 'DS-BACKUP-2'] })]);
  });

  test('a rule last evaluated 400 days ago makes its control incomplete and the run exit 2 (item 4)', async () => {
    const p = practice(false);
    const old = NOW.getTime() / 1000 - 400 * 86_400;
    const rules = p.data.rules.map((x) => (x.identifier === 'EFS_ENCRYPTED_CHECK' ? { ...x, lastSuccess: old } : x));
    const r = await run({ ...p, data: { ...p.data, rules } });
    expect(r.code).toBe(2);
    expect(r.report.problems.map((x) => [x.kind, x.rule])).toEqual([['rule-stale', p.ruleName('EFS_ENCRYPTED_CHECK')]]);
    expect(r.report.controls.find((c) => c.id === 'DS-EFS-1')!.configRules[0].rules[0]).toMatchObject({ lastSuccessfulEvaluation: new Date(old * 1000).toISOString(), stale: true });
    expectMatchesOracle(r.report, expectedControls(p, { incomplete: ['DS-EFS-1'] }));
    expect(r.report.summary.collection).toBe('collection finished; 1 rule stale');
  });

  test('--stale-after-hours: a rule evaluated 30 h ago is fresh by default and stale at 1 h', async () => {
    const p = practice(false);
    const rules = p.data.rules.map((x) => (x.identifier === 'EFS_ENCRYPTED_CHECK' ? { ...x, lastSuccess: NOW.getTime() / 1000 - 30 * 3600 } : x));
    expect((await run({ ...p, data: { ...p.data, rules } })).code).toBe(0);
    expect((await run({ ...p, data: { ...p.data, rules } }, ['--stale-after-hours', '1'])).code).toBe(2);
  });

  test('a rule deleted between listing and asking: only its control is incomplete (item 5)', async () => {
    const p = practice(false);
    const gone = p.ruleName('DYNAMODB_TABLE_ENCRYPTED_KMS');
    const r = await run(p, [], (fake) => {
      fake.afterRequest = (op, _input, output) => {
        if (op === 'DescribeConfigRules' && !output.NextToken) fake.data = { ...fake.data, rules: fake.data.rules.filter((x) => x.name !== gone) };
      };
    });
    expect(r.code).toBe(2);
    expect(r.report.problems.map((x) => [x.kind, x.rule])).toEqual([['rule-missing', gone]]);
    expect(r.report.controls.filter((c) => !c.complete).map((c) => c.id)).toEqual(['DS-DDB-1']);
    const rules = p.data.rules.map((x) => (x.name === gone ? { ...x, evaluations: [] } : x));
    expectMatchesOracle(r.report, expectedControls(p, { rules, incomplete: ['DS-DDB-1'] }));
  });
});

describe('KMS keys by their recorded alias, the key id beside it (issue #16: resources by name)', () => {
  const p = practice(true);
  // The oracle: each key's names from the served AWS::KMS::Alias items (TargetKeyId is a key id or a key ARN).
  const served = p.data.resources.filter((x) => x.resourceType === 'AWS::KMS::Alias');
  const aliasesOf = (keyId: string): string[] => served
    .filter((a) => String((a.configuration as Record<string, unknown>).TargetKeyId).replace(/^arn:.*:key\//, '') === keyId)
    .map((a) => String(a.resourceId)).sort();
  const shown = (keyId: string): string => `${aliasesOf(keyId).join(', ')} (${keyId})`;
  const file = (x: Run, name: string): string => fs.readFileSync(path.join(x.out, name), 'utf8');
  const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  const htmlTable = (x: Run, pattern: RegExp): string => text(pattern.exec(file(x, 'evidence-report.html'))![1]);
  // An exception naming the failing key by its alias: aliases name keys, they never decide, so it matches nothing.
  let register: string;
  let r: Run;
  beforeAll(async () => {
    register = path.join(tmp, 'exceptions-by-alias.json');
    fs.writeFileSync(register, JSON.stringify([{ resource: 'alias/dermashield/logs', control: 'DS-KMS-1', reason: 'rotation turned on next sprint', compensatingControl: 'key used for logs only', owner: 'security@clinic.example', expiry: '2099-12-31' }]));
    r = await run(p, ['--exceptions', register]);
  });

  test('JSON: every key is named by its aliases, sorted and joined, wherever it is listed', () => {
    expect(r.report.problems).toEqual([]);
    const keys = r.report.metrics.kmsKeyRotation.keys;
    expect(keys.map((k) => k.keyId).sort()).toEqual(p.truth.filter((t) => t.customerKey).map((t) => t.id).sort());
    for (const k of keys) expect([k.keyId, k.name]).toEqual([k.keyId, aliasesOf(k.keyId).join(', ')]);
    expect(keys.find((k) => k.keyId === 'cmk-backup')!.name).toBe('alias/dermashield/backup, alias/dermashield/backup-dr');
    const judged = r.report.controls.flatMap((c) => c.resources.filter((x) => x.resourceType === 'AWS::KMS::Key').map((x) => [c.id, x.resourceId, x.resourceName]));
    expect(judged.length).toBeGreaterThan(keys.length);
    for (const [control, id, name] of judged) expect([control, id, name]).toEqual([control, id, aliasesOf(id!).join(', ')]);
  });

  test('Markdown and HTML: the failing key and the keys table show the alias with the id beside it', () => {
    const md = file(r, 'evidence-report.md');
    expect(md).toContain(`| Non-compliant | ${shown('cmk-logs')} | AWS::KMS::Key |`);
    expect(md).toContain(`| COMPLIANT | enabled | ${shown('cmk-backup')} | ${ACCOUNT} | ${REGION} |`);
    expect(md).toContain(`| NON_COMPLIANT | DISABLED | ${shown('cmk-logs')} | ${ACCOUNT} | ${REGION} |`);
    expect(htmlTable(r, /<table class="resources" id="failing-DS-KMS-1">(.*?)<\/table>/s)).toContain(`✗ Non-compliant ${shown('cmk-logs')} AWS::KMS::Key`);
    const keysTable = htmlTable(r, /<table id="keys">(.*?)<\/table>/s);
    for (const k of r.report.metrics.kmsKeyRotation.keys) expect(keysTable).toContain(shown(k.keyId));
  });

  test('the data stores table and the failing stores name the key behind each store by its alias', () => {
    const detail = (id: string): string => r.report.metrics.phiDataStores.resources.find((d) => d.resourceId === id)!.detail;
    expect(detail('ehr-exports')).toBe(`customer-managed key ${shown('cmk-images')}`);
    expect(detail('phi-scratch')).toBe(`AWS-managed key ${shown('aws-s3')}`);
    expect(file(r, 'evidence-report.md')).toContain(`| customer-managed | ehr-exports | AWS::S3::Bucket | ${ACCOUNT} | ${REGION} | customer-managed key ${shown('cmk-images')} |`);
    expect(htmlTable(r, /<table id="data-stores">(.*?)<\/table>/s)).toContain(`aws-managed scheduling-mysql (db-SCHEDMYSQL) AWS::RDS::DBInstance ${ACCOUNT} ${REGION} AWS-managed key ${shown('aws-rds')}`);
    expect(htmlTable(r, /<table class="resources" id="failing-DS-S3-1">(.*?)<\/table>/s)).toContain(`AWS-managed key ${shown('aws-s3')}`);
  });

  test('an exception naming a key by its alias matches nothing: names never decide', () => {
    expect(r.report.exceptions.map((e) => [e.resource, e.status])).toEqual([['alias/dermashield/logs', 'unused']]);
    const kms1 = r.report.controls.find((c) => c.id === 'DS-KMS-1')!;
    expect(kms1.verdict).toBe('NON_COMPLIANT');
    expect(kms1.resources.find((x) => x.resourceId === 'cmk-logs')).toMatchObject({ status: 'NON_COMPLIANT', resourceName: 'alias/dermashield/logs' });
    expect(kms1.resources.find((x) => x.resourceId === 'cmk-logs')!.exception).toBeUndefined();
  });

  const deny = (fake: FakeConfigServer): void => {
    fake.faults.push({ op: 'SelectResourceConfig', kind: 'denied', times: Infinity, when: (i) => String(i.Expression).includes("'AWS::KMS::Alias'") });
  };
  const withoutAliases: Practice = { ...p, data: { ...p.data, resources: p.data.resources.filter((x) => x.resourceType !== 'AWS::KMS::Alias') } };
  test.each([
    ['denied', p, deny],
    ['returns nothing', withoutAliases, (): void => undefined],
  ] as const)('alias query %s: keys by id, and not one verdict, count, metric, problem or exit code changes', async (how, q, setup) => {
    const x = await run(q, ['--exceptions', register], setup);
    if (how === 'denied') expect(x.fake.requests.filter((y) => y.status === 400).map((y) => y.input.Expression)).toEqual([expect.stringContaining("'AWS::KMS::Alias'")]);
    expect([x.code, x.report.collectionStatus, x.report.overallVerdict, x.report.problems]).toEqual([r.code, 'COMPLETE', r.report.overallVerdict, []]);
    expect(x.report.summary).toEqual(r.report.summary);
    expect(x.report.overall).toEqual(r.report.overall);
    const verdicts = (y: EvidenceReport): unknown => y.controls.map((c) => [c.id, c.verdict, c.complete, c.counts, c.resources.map((z) => [z.resourceType, z.resourceId, z.status, z.keyClass, z.exception])]);
    expect(verdicts(x.report)).toEqual(verdicts(r.report));
    const figures = (y: EvidenceReport): unknown => [y.metrics.phiDataStores.cmkEncrypted, y.metrics.phiDataStores.byClass, y.metrics.kmsKeyRotation.rotationEnabled, y.metrics.backupVaults.encryptedWithCmk, y.exceptions];
    expect(figures(x.report)).toEqual(figures(r.report));
    // Keys by id only (the practice records no Config resourceName for them beyond the id).
    for (const k of x.report.metrics.kmsKeyRotation.keys) expect([k.keyId, k.name ?? k.keyId]).toEqual([k.keyId, k.keyId]);
    const md = file(x, 'evidence-report.md');
    expect(md).toContain('| Non-compliant | cmk-logs | AWS::KMS::Key |');
    expect(md).toContain(`| aws-managed | phi-scratch | AWS::S3::Bucket | ${ACCOUNT} | ${REGION} | AWS-managed key aws-s3 |`);
    expect(htmlTable(x, /<table class="resources" id="failing-DS-KMS-1">(.*?)<\/table>/s)).toContain('✗ Non-compliant cmk-logs AWS::KMS::Key');
  });

  test.each(['conformance-pack', 'aggregator'] as const)('%s scope: keys named through the scope\'s own query, by aliases of their own account only', async (mode) => {
    const other = '444455556666';
    const data = {
      ...p.data,
      packs: { 'hipaa-derm': p.data.rules.map((x) => x.name) },
      aggregators: { 'org-hipaa': [{ accountId: ACCOUNT, region: REGION }, { accountId: other, region: REGION }] },
      // Another account's alias with the same key id: it names that account's key, never this one.
      resources: [...p.data.resources, aliasRow('alias/other-account/logs', 'cmk-logs', other)],
    };
    const x = await run({ ...p, data }, mode === 'aggregator' ? ['--aggregator', 'org-hipaa'] : ['--conformance-pack', 'hipaa-derm']);
    const op = mode === 'aggregator' ? 'SelectAggregateResourceConfig' : 'SelectResourceConfig';
    expect(x.fake.requests.filter((y) => y.op === op && y.status === 200 && String(y.input.Expression).includes("'AWS::KMS::Alias'")).length).toBeGreaterThan(0);
    const names = (y: EvidenceReport): string[][] => y.metrics.kmsKeyRotation.keys.map((k) => [k.keyId, k.name ?? '']).sort();
    expect(names(x.report)).toEqual(p.truth.filter((t) => t.customerKey).map((t) => [t.id, aliasesOf(t.id).join(', ')]).sort());
  });
});

test('the fixture is the practice the issue describes', () => {
  const p = practice(true);
  expect(p.truth.length).toBe(80);
  expect(new Set(p.truth.map((t) => t.id)).size).toBe(80);
  expect(p.data.accountId).toBe(ACCOUNT);
});
