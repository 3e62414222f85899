import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/evidence/cli';
import { createEvidenceClient, MIN_REQUESTS_PER_SECOND, paceAdaptiveRetries } from '../../lib/evidence/client';
import { CONCURRENCY } from '../../lib/evidence/collect';
import { EvidenceReport } from '../../lib/evidence/types';
import { FakeConfigServer, FakeData } from './fake-config-server';
import { ACCOUNT, NOW, PHOTO_BUCKETS, REGION, REGISTER, TEST_CONTROLS, practiceData, testClientConfig } from './fixtures';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  out: string;
  report?: EvidenceReport;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-evidence-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

let seq = 0;
async function run(fake: FakeConfigServer | undefined, endpoint: string, args: string[], opts: { tty?: boolean; maxAttempts?: number; noClientConfig?: boolean } = {}): Promise<Run> {
  const out = path.join(tmp, `run-${++seq}`);
  let stdout = '';
  let stderr = '';
  const code = await main(['--out', out, ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty === true },
    now: NOW,
    controls: TEST_CONTROLS,
    ...(opts.noClientConfig ? {} : { clientConfig: testClientConfig(endpoint, opts.maxAttempts) }),
  });
  const jsonFile = path.join(out, 'evidence-report.json');
  const report = fs.existsSync(jsonFile) ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as EvidenceReport) : undefined;
  void fake;
  return { code, stdout, stderr, out, report };
}

function writeRegister(): string {
  const file = path.join(tmp, `register-${++seq}.json`);
  fs.writeFileSync(file, JSON.stringify(REGISTER, null, 2));
  return file;
}

async function withFake<T>(data: FakeData, fn: (fake: FakeConfigServer, endpoint: string) => Promise<T>): Promise<T> {
  const fake = new FakeConfigServer(data, 3);
  const endpoint = await fake.start();
  try {
    return await fn(fake, endpoint);
  } finally {
    await fake.stop();
  }
}

const control = (r: EvidenceReport, id: string) => {
  const c = r.controls.find((x) => x.id === id);
  if (!c) throw new Error(`no control ${id}`);
  return c;
};

describe('evidence CLI against a local AWS Config endpoint (account scope)', () => {
  let result: Run;
  let fake: FakeConfigServer;

  beforeAll(async () => {
    fake = new FakeConfigServer(practiceData(), 3);
    const endpoint = await fake.start();
    // Throttled twice on the second page of the S3 rule's details, and one HTTP 500 on the bucket SQL query:
    // the SDK's adaptive retries must absorb them and the totals must still be exact.
    fake.faults.push({ op: 'GetComplianceDetailsByConfigRule', kind: 'throttle', times: 2, when: (i) => i.ConfigRuleName.startsWith('s3-') && i.NextToken !== undefined });
    fake.faults.push({ op: 'SelectResourceConfig', kind: 'server-error', times: 1, when: (i) => String(i.Expression).includes('AWS::S3::Bucket') });
    try {
      result = await run(fake, endpoint, ['--region', REGION, '--exceptions', writeRegister()]);
    } finally {
      await fake.stop();
    }
  });

  test('exit code 1: some controls non-compliant, collection complete', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.report!.collectionStatus).toBe('COMPLETE');
    expect(result.report!.overallVerdict).toBe('NON_COMPLIANT');
    expect(result.report!.problems).toEqual([]);
  });

  test('throttling and a 500 were retried by the SDK, and every page was read', () => {
    expect(fake.requests.filter((r) => r.status === 400).length).toBe(2);
    expect(fake.requests.filter((r) => r.status === 500).length).toBe(1);
    // 12 evaluations at 3 per page = 4 pages, plus 2 throttled attempts
    expect(fake.requests.filter((r) => r.op === 'GetComplianceDetailsByConfigRule' && r.input.ConfigRuleName.startsWith('s3-')).length).toBe(6);
    expect(fake.requests.some((r) => r.op === 'DescribeConfigRules' && r.input.NextToken)).toBe(true);
    expect(result.report!.provenance.retriedCalls).toBe(2);
    // The rule outside the catalog was never read in detail.
    expect(fake.requests.some((r) => r.input.ConfigRuleName === 'required-tags')).toBe(false);
  });

  test('per-control verdicts and counts', () => {
    const r = result.report!;
    expect(control(r, 'DS-KMS-1')).toMatchObject({ verdict: 'NON_COMPLIANT', counts: { total: 6, compliant: 3, nonCompliant: 1, notApplicable: 2, insufficientData: 0, excepted: 0 } });
    expect(control(r, 'DS-S3-1')).toMatchObject({ verdict: 'NON_COMPLIANT', counts: { total: 12, compliant: 10, nonCompliant: 2, excepted: 1 } });
    expect(control(r, 'DS-RDS-1')).toMatchObject({ verdict: 'NON_COMPLIANT', counts: { total: 3, compliant: 2, nonCompliant: 1, excepted: 0 } });
    expect(control(r, 'DS-ELB-1')).toMatchObject({ verdict: 'COMPLIANT_WITH_EXCEPTIONS', counts: { total: 2, compliant: 1, nonCompliant: 1, excepted: 1 } });
    // Recovery points are encrypted, but the Default vault is on aws/backup: the vault decides (DS-BACKUP-1 is about vaults).
    expect(control(r, 'DS-BACKUP-1')).toMatchObject({ verdict: 'NON_COMPLIANT', counts: { total: 4, compliant: 3, nonCompliant: 1 } });
    expect(control(r, 'DS-BACKUP-1').resources.find((x) => x.resourceId === 'Default')).toMatchObject({ status: 'NON_COMPLIANT', keyClass: 'aws-managed' });
    expect(control(r, 'DS-EFS-1')).toMatchObject({ verdict: 'COMPLIANT', counts: { total: 1, compliant: 1 } });
    expect(control(r, 'DS-DYNAMODB-1')).toMatchObject({ verdict: 'NON_COMPLIANT', counts: { total: 2, compliant: 1, nonCompliant: 1 } });
    expect(control(r, 'DS-CLIENTVPN-1').verdict).toBe('NO_CONFIG_RULE');
    expect(control(r, 'DS-S3-1').configRules[0]).toMatchObject({ identifier: 'S3_DEFAULT_ENCRYPTION_KMS', ruleNames: ['s3-default-encryption-kms-conformance-pack-x1y2'], missing: false });
    // 6 keys, 12 buckets, 3 DB instances, 2 classic LBs, 2 recovery points + 2 vaults, 2 tables, 1 file system.
    expect(r.overall).toMatchObject({ total: 30, compliant: 21, nonCompliant: 7, notApplicable: 2, insufficientData: 0, excepted: 2 });
  });

  test('a Config rule that passes the AWS-managed aws/s3 key is overruled from the recorded key', () => {
    const notes = control(result.report!, 'DS-S3-1').resources.find((x) => x.resourceId === 'phi-notes')!;
    expect(notes.status).toBe('NON_COMPLIANT');
    expect(notes.rules).toEqual([
      { ruleName: 's3-default-encryption-kms-conformance-pack-x1y2', compliance: 'COMPLIANT', source: 'rule', ruleKind: 'managed' },
      { ruleName: 'recorded configuration', compliance: 'NON_COMPLIANT', source: 'record', annotation: expect.stringMatching(/^Recorded key is aws-managed/) },
    ]);
    expect(notes.note).toMatch(/managed rule passes it \(it cannot see who manages the key\), but the recorded key is aws-managed/);
    const photo = control(result.report!, 'DS-S3-1').resources.find((x) => x.resourceId === PHOTO_BUCKETS[0])!;
    expect(photo.status).toBe('COMPLIANT');
  });

  test('computed metrics from recorded configuration', () => {
    const m = result.report!.metrics;
    // From the key controls' verdicts: 12 buckets (10 on k1), 2 DB instances (the Aurora member counts as its
    // cluster, which no test control judges), 2 tables, 1 file system. The EBS volume has no key control here.
    expect(m.phiDataStores.cmkEncrypted).toEqual({ numerator: 13, denominator: 17, percent: 76.5 });
    expect(m.phiDataStores.byClass).toEqual({ 'customer-managed': 13, 'aws-managed': 2, 'sse-s3': 1, 'unencrypted': 1, 'unknown': 0 });
    expect(m.phiDataStores.resources.find((d) => d.resourceId === 'db-AURORA1')).toBeUndefined(); // storage belongs to its cluster
    expect(m.phiDataStores.resources.find((d) => d.resourceId === 'vol-0abc')).toBeUndefined();
    expect(m.phiDataStores.resources.find((d) => d.resourceId === 'sessions')).toMatchObject({ keyClass: 'aws-managed' });
    expect(m.phiDataStores.complete).toBe(true);
    expect(m.loadBalancerListeners.tls12Plus).toEqual({ numerator: 2, denominator: 4, percent: 50 });
    expect(m.loadBalancerListeners.tls13).toEqual({ numerator: 1, denominator: 4, percent: 25 });
    expect(m.loadBalancerListeners.plaintext).toBe(1);
    expect(m.loadBalancerListeners.listeners.find((l) => l.sslPolicy === 'Custom-Policy-X')!.grade).toBe('unknown-policy');
    expect(m.kmsKeyRotation.rotationEnabled).toEqual({ numerator: 3, denominator: 4, percent: 75 });
    expect(m.backupVaults.encryptedWithCmk).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(m.backupVaults.locked).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(m.clientVpnLogging.loggingEnabled).toEqual({ numerator: 1, denominator: 2, percent: 50 });
  });

  test('exceptions: accepted apart from unresolved (expired), with days open', () => {
    const ex = result.report!.exceptions;
    expect(ex.map((e) => [e.resource, e.status, e.daysOpen, e.daysExpired])).toEqual([
      ['arn:aws:s3:::access-logs', 'accepted', 137, undefined],
      ['legacy-db', 'unresolved', 182, 61],
      ['clb-kiosk', 'accepted', 31, undefined],
      ['retired-bucket', 'unused', undefined, undefined],
    ]);
    const legacy = control(result.report!, 'DS-RDS-1').resources.find((x) => x.resourceId === 'db-LEGACY')!;
    expect(legacy).toMatchObject({ resourceName: 'legacy-db', status: 'NON_COMPLIANT', exception: { status: 'unresolved' } });
  });

  test('provenance: account from Config data, Region, tool and SDK versions, healthy rules', () => {
    const p = result.report!.provenance;
    expect(p.accounts).toEqual([ACCOUNT]);
    expect(p.regions).toEqual([REGION]);
    expect(p.mode).toBe('account');
    expect(p.toolVersion).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
    expect(p.sdk).toMatch(/^@aws-sdk\/client-config-service 3\./);
    expect(p.healthyRules).toHaveLength(7);
    expect(p.sources).toEqual([{ name: 'default', region: REGION, recording: true, lastStatus: 'SUCCESS' }]);
    expect(Date.parse(p.finishedAt)).toBeGreaterThanOrEqual(Date.parse(p.startedAt));
  });

  test('writes the three formats, the schema, raw responses and a SHA-256 manifest of every file', () => {
    const files = listFiles(result.out);
    for (const f of ['evidence-report.html', 'evidence-report.md', 'evidence-report.json', 'evidence-report.schema.json', 'inputs/exceptions.json', 'MANIFEST.sha256']) {
      expect(files).toContain(f);
    }
    const manifest = fs.readFileSync(path.join(result.out, 'MANIFEST.sha256'), 'utf8').trim().split('\n');
    const listed = manifest.map((line) => {
      const [hash, rel] = line.split(/ {2}/);
      expect(createHash('sha256').update(fs.readFileSync(path.join(result.out, rel))).digest('hex')).toBe(hash);
      return rel;
    });
    expect(listed.sort()).toEqual(files.filter((f) => f !== 'MANIFEST.sha256').sort());
    const raw = files.filter((f) => f.startsWith('raw/'));
    expect(raw.length).toBe(result.report!.provenance.apiCalls);
    const retried = raw.map((f) => JSON.parse(fs.readFileSync(path.join(result.out, f), 'utf8'))).filter((c) => c.attempts > 1);
    expect(retried.map((c) => [c.operation, c.attempts])).toEqual(
      expect.arrayContaining([['GetComplianceDetailsByConfigRule', 3], ['SelectResourceConfig', 2]]),
    );
    const first = JSON.parse(fs.readFileSync(path.join(result.out, raw.sort()[0]), 'utf8'));
    expect(first).toMatchObject({ seq: 1, operation: 'DescribeConfigurationRecorderStatus', httpStatusCode: 200, output: { ConfigurationRecordersStatus: [{ name: 'default' }] } });
  });

  test('JSON report is versioned and its schema is written beside it', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(result.out, 'evidence-report.schema.json'), 'utf8'));
    expect(result.report!.schemaVersion).toBe('2.1.0');
    expect(schema.properties.schemaVersion.const).toBe('2.1.0');
    for (const key of schema.required as string[]) expect(result.report).toHaveProperty(key);
  });

  test('HTML: first the verdict line, then coverage, then failing controls with their failing resources', () => {
    const html = fs.readFileSync(path.join(result.out, 'evidence-report.html'), 'utf8');
    const r = result.report!;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link |src="http|href="http/);
    // KMS-1, S3-1, RDS-1, BACKUP-1 and DYNAMODB-1 fail; ELB-1 (with an accepted exception) and EFS-1 pass.
    expect(r.summary.controls).toEqual({ compliant: 2, nonCompliant: 5, incomplete: 0, noResources: 0, notEvidenced: 1 });
    expect(html).toContain('<p class="banner b-NON_COMPLIANT" id="verdict">Non-compliant: 2 controls compliant, 5 non-compliant, 0 incomplete, 0 with no resources in scope, 1 not evidenced after deployment (of 8). Exit code 1.</p>');
    expect(html).toContain('<p id="collection">Collection finished and complete. Collected');
    const at = (s: string): number => html.indexOf(s);
    expect(at('id="verdict"')).toBeLessThan(at('id="metrics"'));
    expect(at('id="metrics"')).toBeLessThan(at('<h2 id="failing">'));
    expect(at('<h2 id="failing">')).toBeLessThan(at('<table id="controls">'));
    // Fractions leave not-applicable resources out; an excepted resource is excepted, not failing.
    expect(html).toContain('13 of 17 data stores on a customer-managed key');
    expect(html).toContain('3 of 4 compliant, 1 failing, 2 not applicable');
    expect(html).toContain('10 of 12 compliant, 1 excepted, 1 failing');
    const failingS3 = html.slice(at('id="failing-DS-S3-1"'), html.indexOf('</table>', at('id="failing-DS-S3-1"')));
    expect(failingS3).toContain('phi-notes');
    expect(failingS3).not.toContain('access-logs');
    expect(html).toMatch(/<td class="st st-excepted">! Excepted<\/td><td class="name">access-logs<\/td>/);
    // Each control shows its rules' last evaluation and the recorder status.
    const s3Section = html.slice(at('<details class="control" id="DS-S3-1"'), html.indexOf('</details>', at('<details class="control" id="DS-S3-1"')));
    expect(s3Section).toContain(`<p class="rules">Evidenced by: <span class="kind k-managed">AWS managed rule</span>. Rules: managed s3-default-encryption-kms-conformance-pack-x1y2: last evaluated ${r.controls.find((c) => c.id === 'DS-S3-1')!.configRules[0].rules[0].lastSuccessfulEvaluation}. Recorder default recording (last status SUCCESS).</p>`);
    // Names where Config records one, the id beside it.
    expect(html).toContain('legacy-db (db-LEGACY)');
    expect(html).toContain('164.312(a)(2)(iv)');
    expect(html).toContain(ACCOUNT);
    expect(html).toContain(r.provenance.startedAt);
    expect(html).toContain('unresolved (expired 61 d)');
  });

  test('Markdown: the same structure', () => {
    const md = fs.readFileSync(path.join(result.out, 'evidence-report.md'), 'utf8');
    expect(md).toContain('**Non-compliant: 2 controls compliant, 5 non-compliant, 0 incomplete, 0 with no resources in scope, 1 not evidenced after deployment (of 8).** Exit code 1.');
    expect(md.indexOf('## Coverage')).toBeLessThan(md.indexOf('## Failing controls'));
    expect(md.indexOf('## Failing controls')).toBeLessThan(md.indexOf('## All controls'));
    expect(md).toContain('| DS-S3-1 | Clinical images encrypted with a customer-managed key | 164.312(a)(2)(iv), 164.312(e)(2)(ii) | Non-compliant | AWS managed rule | 10 of 12 compliant, 1 excepted, 1 failing |');
    expect(md).toContain('| PHI data stores on a customer-managed key | 13 of 17 data stores on a customer-managed key | control verdicts |');
    expect(md).toContain('| Encrypted listeners offering TLS 1.3 | 1 of 4 encrypted listeners offer TLS 1.3 | recorded configuration |');
    expect(md).toContain('| Non-compliant | legacy-db (db-LEGACY) | AWS::RDS::DBInstance |');
    expect(md).toContain('| unresolved (expired 61 d) | DS-RDS-1 | legacy-db |');
  });

  test('stdout summary; no progress output when stderr is not a terminal', () => {
    expect(result.stdout).toContain('Verdict: NON_COMPLIANT (collection COMPLETE)');
    expect(result.stdout).toContain('PHI data stores on a customer-managed key: 76.5% (13/17)');
    expect(result.stderr).toBe('');
  });

  test('never overwrites evidence: a second run into the same directory exits 2', async () => {
    let stderr = '';
    const code = await main(['--region', REGION, '--out', result.out], {
      stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, controls: TEST_CONTROLS,
      clientConfig: testClientConfig('http://127.0.0.1:9'),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/already holds evidence .* never overwritten/);
  });
});

describe('incomplete collections are labelled incomplete, never compliant', () => {
  let result: Run;
  beforeAll(async () => {
    const data = practiceData();
    const rules = data.rules
      .filter((r) => r.identifier !== 'DYNAMODB_TABLE_ENCRYPTED_KMS') // a rule missing
      .map((r) => (r.identifier === 'ELB_TLS_HTTPS_LISTENERS_ONLY' ? { ...r, evaluations: [], lastSuccess: undefined } : r)); // never evaluated
    result = await withFake({ ...data, rules }, async (fake, endpoint) => {
      fake.faults.push({ op: 'GetComplianceDetailsByConfigRule', kind: 'denied', times: Infinity, when: (i) => i.ConfigRuleName === 'rds-storage-encrypted' });
      fake.faults.push({ op: 'SelectResourceConfig', kind: 'throttle', times: Infinity, when: (i) => String(i.Expression).includes('ClientVpnEndpoint') });
      return run(fake, endpoint, ['--region', REGION, '--format', 'json,html'], { tty: true, maxAttempts: 3 });
    });
  });

  test('exit code 2 with an INCOMPLETE verdict and the reasons', () => {
    const r = result.report!;
    expect(result.code).toBe(2);
    expect(r.collectionStatus).toBe('INCOMPLETE');
    expect(r.overallVerdict).toBe('INCOMPLETE');
    expect(r.problems.map((p) => p.kind).sort()).toEqual(['access-denied', 'rule-missing', 'rule-unhealthy', 'throttled']);
    expect(r.problems.find((p) => p.kind === 'rule-unhealthy')!.message).toMatch(/elb-tls-https-listeners-only has never been evaluated successfully/);
    expect(r.provenance.unhealthyRules).toEqual(['elb-tls-https-listeners-only']);
    expect(r.problems.find((p) => p.kind === 'access-denied')!.message).toMatch(/rds-storage-encrypted: Access denied on config:GetComplianceDetailsByConfigRule/);
    expect(r.problems.find((p) => p.kind === 'throttled')!.message).toMatch(/Throttled out on SelectResourceConfig after 3 attempts/);
    expect(r.problems.find((p) => p.kind === 'rule-missing')!.message).toContain('DYNAMODB_TABLE_ENCRYPTED_KMS');
  });

  test('controls: denied and missing rules are INCOMPLETE, a never-evaluated rule NOT_EVALUATED, known failures stay NON_COMPLIANT', () => {
    const r = result.report!;
    // Evaluations denied: nothing is compliant, but the recorded configuration still proves db-LEGACY unencrypted.
    expect(control(r, 'DS-RDS-1')).toMatchObject({ verdict: 'NON_COMPLIANT', complete: false, counts: { compliant: 0, nonCompliant: 1, insufficientData: 2 } });
    // Rule missing: the recorded AWS-owned key of 'sessions' still fails it; 'visits' cannot be called compliant.
    expect(control(r, 'DS-DYNAMODB-1')).toMatchObject({ verdict: 'NON_COMPLIANT', complete: false, counts: { compliant: 0, nonCompliant: 1, insufficientData: 1 } });
    expect(control(r, 'DS-DYNAMODB-1').configRules[0]).toMatchObject({ missing: true, ruleNames: [] });
    expect(control(r, 'DS-ELB-1')).toMatchObject({ verdict: 'NOT_EVALUATED', counts: { total: 0 } });
    expect(control(r, 'DS-KMS-1').verdict).toBe('NON_COMPLIANT');
    expect(r.metrics.clientVpnLogging.complete).toBe(false);
    expect(r.metrics.phiDataStores.complete).toBe(false); // DS-RDS-1 and DS-DYNAMODB-1, which it is computed from, are incomplete
  });

  test('the HTML says exactly why it is incomplete, never that it did not finish', () => {
    const html = fs.readFileSync(path.join(result.out, 'evidence-report.html'), 'utf8');
    expect(result.report!.summary.collection).toBe('collection finished; 1 rule never evaluated; 1 catalog rule not deployed; access denied on 1 call; throttled out on 1 call');
    expect(html).toContain('<p class="banner b-INCOMPLETE" id="verdict">Incomplete: ');
    expect(html).not.toMatch(/did not finish|All collected controls are compliant/);
    expect(html).toContain('<ul id="problems">');
    expect(result.report!.causes.find((c) => c.kind === 'rule-missing')).toEqual({
      kind: 'rule-missing', cause: 'no deployed Config rule with this managed identifier', subjects: ['DYNAMODB_TABLE_ENCRYPTED_KMS'], controls: ['DS-DYNAMODB-1'],
    });
    expect(fs.existsSync(path.join(result.out, 'evidence-report.md'))).toBe(false);
  });

  test('progress is shown on a terminal', () => {
    expect(result.stderr).toMatch(/\[1\/\d+\] evaluations /);
  });
});

describe('scopes', () => {
  test('conformance pack: reads the pack APIs only; a catalog rule absent from the pack is missing', async () => {
    const data = practiceData();
    const packRules = data.rules.filter((r) => r.identifier !== 'DYNAMODB_TABLE_ENCRYPTED_KMS' && r.identifier !== 'REQUIRED_TAGS').map((r) => r.name);
    await withFake({ ...data, packs: { 'hipaa-security': packRules } }, async (fake, endpoint) => {
      const res = await run(fake, endpoint, ['--region', REGION, '--conformance-pack', 'hipaa-security', '--format', 'json']);
      expect(res.code).toBe(2);
      expect(fake.count('GetComplianceDetailsByConfigRule')).toBe(0);
      expect(fake.count('DescribeConformancePackCompliance')).toBeGreaterThanOrEqual(2); // 6 rules, 3 per page
      expect(fake.requests.filter((r) => r.op === 'GetConformancePackComplianceDetails').every((r) => r.input.ConformancePackName === 'hipaa-security')).toBe(true);
      const r = res.report!;
      expect(r.provenance).toMatchObject({ mode: 'conformance-pack', scopeName: 'hipaa-security' });
      expect(control(r, 'DS-S3-1').counts).toMatchObject({ total: 12, compliant: 10, nonCompliant: 2 });
      expect(control(r, 'DS-DYNAMODB-1')).toMatchObject({ verdict: 'NON_COMPLIANT', complete: false, counts: { compliant: 0, nonCompliant: 1 } });
      expect(r.problems.map((p) => p.kind)).toEqual(['rule-missing']);
    });
  });

  test('aggregator: accounts and Regions from the aggregator, rules mapped by name in member accounts', async () => {
    const data = practiceData();
    const OTHER = '444455556666';
    const west = 'us-west-2';
    const other = {
      ...data,
      aggregators: { 'org-hipaa': [{ accountId: ACCOUNT, region: REGION }, { accountId: OTHER, region: west }] },
      rules: [
        ...data.rules,
        // Deployed by an organization rule in the member account: name only, mapped by convention.
        {
          name: 'OrgConfigRule-rds-storage-encrypted-abc123', identifier: 'RDS_STORAGE_ENCRYPTED', accountId: OTHER, region: west,
          evaluations: [{ type: 'AWS::RDS::DBInstance', id: 'db-WEST', compliance: 'NON_COMPLIANT' as const }],
        },
      ],
      resources: [
        ...data.resources,
        { resourceId: 'db-WEST', resourceName: 'west-db', resourceType: 'AWS::RDS::DBInstance', accountId: OTHER, awsRegion: west, configuration: { storageEncrypted: false } },
      ],
    };
    await withFake(other, async (fake, endpoint) => {
      const res = await run(fake, endpoint, ['--region', REGION, '--aggregator', 'org-hipaa', '--format', 'json']);
      expect(res.stderr).toBe('');
      expect(res.code).toBe(1);
      expect(fake.count('SelectAggregateResourceConfig')).toBeGreaterThan(0);
      expect(fake.count('SelectResourceConfig')).toBe(0);
      expect(fake.count('DescribeConfigurationRecorderStatus')).toBe(0);
      const r = res.report!;
      expect(r.provenance.accounts).toEqual([ACCOUNT, OTHER]);
      expect(r.provenance.regions).toEqual([REGION, west]);
      const rds = control(r, 'DS-RDS-1');
      expect(rds.counts).toMatchObject({ total: 4, compliant: 2, nonCompliant: 2 });
      expect(rds.resources.find((x) => x.resourceId === 'db-WEST')).toMatchObject({ accountId: OTHER, region: west, resourceName: 'west-db', status: 'NON_COMPLIANT' });
      expect(rds.configRules[0].ruleNames).toContain(`OrgConfigRule-rds-storage-encrypted-abc123 (${OTHER} ${west})`);
      expect(r.metrics.phiDataStores.cmkEncrypted).toEqual({ numerator: 13, denominator: 18, percent: 72.2 });
    });
  });
});

describe('clear failures (exit 2)', () => {
  test('Config not enabled in the Region', async () => {
    await withFake({ ...practiceData(), recorders: [] }, async (fake, endpoint) => {
      const res = await run(fake, endpoint, ['--region', REGION]);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/AWS Config is not enabled in Region us-east-1: no configuration recorder/);
      expect(fs.existsSync(res.out)).toBe(false);
    });
  });

  test('unknown aggregator', async () => {
    await withFake(practiceData(), async (fake, endpoint) => {
      const res = await run(fake, endpoint, ['--region', REGION, '--aggregator', 'nope']);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/configuration aggregator nope does not exist/);
    });
  });

  test('missing credentials', async () => {
    const saved = { ...process.env };
    const empty = path.join(tmp, 'no-such-aws-file');
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
    Object.assign(process.env, { AWS_CONFIG_FILE: empty, AWS_SHARED_CREDENTIALS_FILE: empty, AWS_EC2_METADATA_DISABLED: 'true' });
    try {
      await withFake(practiceData(), async (fake, endpoint) => {
        const res = await run(fake, endpoint, ['--region', REGION, '--endpoint-url', endpoint], { noClientConfig: true });
        expect(res.code).toBe(2);
        expect(res.stderr).toMatch(/No AWS credentials found\. Pass --profile NAME, set AWS_PROFILE/);
        expect(fake.requests).toHaveLength(0);
      });
    } finally {
      process.env = saved;
    }
  });

  test.each([
    [['--region', 'us-esat-1x'], /not an AWS Region name/],
    [['--format', 'pdf'], /--format must be a comma-separated list of html, md, json/],
    [['--aggregator', 'a', '--conformance-pack', 'b'], /mutually exclusive/],
    [['--account', '12345'], /12-digit AWS account id/],
    [['--max-attempts', '0'], /--max-attempts must be an integer from 1 to 50/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('bad arguments %j', async (args, message) => {
    const res = await run(undefined, 'http://127.0.0.1:9', ['--region', REGION, ...args]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  test('a broken exceptions register stops the run before any call', async () => {
    const file = path.join(tmp, 'bad-register.json');
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, exceptions: [{ resource: 'x', control: 'DS-NOPE-9', reason: 'r', compensatingControl: 'c', owner: 'o', expiry: '2030-01-01' }] }));
    await withFake(practiceData(), async (fake, endpoint) => {
      const res = await run(fake, endpoint, ['--region', REGION, '--exceptions', file]);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/entry 0: control "DS-NOPE-9" is not a DermaShield control id/);
      expect(fake.requests).toHaveLength(0);
    });
  });

  test('--help', async () => {
    const res = await run(undefined, 'http://127.0.0.1:9', ['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: dermashield-evidence --region REGION');
    expect(res.stdout).toContain('2  collection incomplete');
  });
});

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('throttling', () => {
  test('every third call throttled: the same report as unthrottled, retries totalled, at most CONCURRENCY calls in flight', async () => {
    const clean = await withFake(practiceData(), (fake, endpoint) => run(fake, endpoint, ['--region', REGION, '--format', 'json']));
    let fake!: FakeConfigServer;
    const throttled = await withFake(practiceData(), async (f, endpoint) => {
      fake = f;
      f.delayMs = 5;
      let n = 0;
      for (const op of ['DescribeConfigurationRecorderStatus', 'DescribeConfigRules', 'DescribeComplianceByConfigRule', 'DescribeConfigRuleEvaluationStatus', 'GetComplianceDetailsByConfigRule', 'SelectResourceConfig']) {
        f.faults.push({ op, kind: 'throttle', times: Infinity, when: () => ++n % 3 === 0 });
      }
      return run(f, endpoint, ['--region', REGION, '--format', 'json'], { maxAttempts: 10, tty: true });
    });
    const r = throttled.report!;
    expect([throttled.code, r.collectionStatus]).toEqual([1, 'COMPLETE']);
    expect(r.controls).toEqual(clean.report!.controls);
    expect(r.overall).toEqual(clean.report!.overall);
    // Retry totals equal what the endpoint saw: one retry attempt per throttled response.
    const throttles = fake.requests.filter((x) => x.status === 400).length;
    expect(throttles).toBeGreaterThan(10);
    expect(r.provenance.retryAttempts).toBe(throttles);
    expect(r.provenance.apiCalls).toBe(fake.requests.length - throttles);
    expect(throttled.stdout).toContain(`API calls: ${r.provenance.apiCalls} (${r.provenance.retriedCalls} retried, ${throttles} retry attempts in all)`);
    expect(throttled.stderr).toMatch(/\[\d+\/\d+\] \(\d+ retries\) /);
    expect(fake.maxInFlight).toBeGreaterThan(1);
    expect(fake.maxInFlight).toBeLessThanOrEqual(CONCURRENCY);
  });

  test("the SDK's adaptive rate limiter is kept, with the run's pacing floor", async () => {
    const client = createEvidenceClient({ region: REGION }, []);
    try {
      expect(await paceAdaptiveRetries(client)).toBe(true);
      const strategy = (await client.config.retryStrategy()) as unknown as { mode: string; rateLimiter: { minFillRate: number } };
      expect(strategy.mode).toBe('adaptive');
      expect(strategy.rateLimiter.minFillRate).toBe(MIN_REQUESTS_PER_SECOND);
    } finally {
      client.destroy();
    }
  });
});
