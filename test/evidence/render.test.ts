/**
 * End to end: the committed bin shim (through tsx, as `npx dermashield-evidence` runs it in a checkout) against the
 * local Config endpoint with the real control catalog and the SDK's default credential chain (environment variables);
 * and the HTML report opened in headless Chromium.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inflateSync } from 'zlib';
import { CONTROLS } from '../../lib/controls';
import { Control } from '../../lib/controls/types';
import { main } from '../../lib/evidence/cli';
import { EvidenceReport } from '../../lib/evidence/types';
import { FakeConfigServer, FakeData, FakeRule } from './fake-config-server';
import { benchData } from '../../bench/evidence';
import { ACCOUNT, NOW, REGION, TEST_CONTROLS, testClientConfig } from './fixtures';
import { practice, PRACTICE_CONTROLS } from './practice';

const ROOT = path.join(__dirname, '..', '..');
const SHIM = path.join(ROOT, 'bin', 'dermashield-evidence.cjs');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-evidence-e2e-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function exec(file: string, args: string[], env: NodeJS.ProcessEnv, timeout = 60_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/**
 * Every managed rule the real catalog names, and every custom policy (Guard) rule as PhiConfigRules names it, deployed
 * and COMPLIANT for one customer-managed-key resource of each type.
 */
function realCatalogData(): FakeData {
  const keyArn = `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-e2e`;
  const cmkConfig: Record<string, Record<string, unknown>> = {
    'AWS::S3::Bucket': {},
    'AWS::RDS::DBInstance': { storageEncrypted: true, kmsKeyId: keyArn },
    'AWS::RDS::DBCluster': { storageEncrypted: true, kmsKeyId: keyArn },
    'AWS::DynamoDB::Table': { ssedescription: { status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: keyArn } },
    'AWS::EFS::FileSystem': { Encrypted: true, KmsKeyId: keyArn },
    'AWS::EC2::Volume': { encrypted: true, kmsKeyId: keyArn },
    'AWS::Backup::BackupVault': { EncryptionKeyArn: keyArn },
  };
  const types = [...new Set(CONTROLS.flatMap((c) => [...c.configRules.flatMap((r) => r.resourceTypes ?? []), ...(c.guardPolicy?.resourceTypes ?? [])]))];
  const resources: Record<string, unknown>[] = [
    { resourceId: 'k-e2e', resourceType: 'AWS::KMS::Key', accountId: ACCOUNT, awsRegion: REGION, arn: keyArn,
      configuration: { keyId: 'k-e2e', arn: keyArn, keyManager: 'CUSTOMER', keyState: 'Enabled' }, supplementaryConfiguration: { KeyRotationStatus: true } },
    ...types.filter((t) => t !== 'AWS::KMS::Key').map((t) => ({
      resourceId: `e2e-${t.split('::').slice(1).join('-').toLowerCase()}`, resourceType: t, accountId: ACCOUNT, awsRegion: REGION,
      configuration: cmkConfig[t] ?? {},
      ...(t === 'AWS::S3::Bucket' ? { supplementaryConfiguration: { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: keyArn } }] } } } : {}),
    })),
  ];
  const rules: FakeRule[] = [...new Set(CONTROLS.flatMap((c) => c.configRules.map((r) => r.identifier)))].map((identifier) => {
    const ruleTypes = CONTROLS.flatMap((c) => c.configRules.filter((r) => r.identifier === identifier).flatMap((r) => r.resourceTypes ?? []));
    const evaluated = ruleTypes.length > 0
      ? resources.filter((r) => ruleTypes.includes(r.resourceType as string)).map((r) => ({ type: r.resourceType as string, id: r.resourceId as string, compliance: 'COMPLIANT' as const }))
      : [{ type: 'AWS::CloudFormation::Stack', id: 'e2e-stack', compliance: 'COMPLIANT' as const }];
    return { name: identifier.toLowerCase().replace(/_/g, '-'), identifier, lastSuccess: Math.floor(Date.now() / 1000) - 3600, evaluations: evaluated };
  });
  for (const c of CONTROLS.filter((x) => x.guardPolicy)) {
    rules.push({
      name: `dermashield-${c.id.toLowerCase()}`, identifier: '', owner: 'CUSTOM_POLICY', description: `DermaShield evidence for ${c.id}: ${c.title}`,
      lastSuccess: Math.floor(Date.now() / 1000) - 3600,
      evaluations: resources.filter((r) => c.guardPolicy!.resourceTypes.includes(r.resourceType as string)).map((r) => ({ type: r.resourceType as string, id: r.resourceId as string, compliance: 'COMPLIANT' as const })),
    });
  }
  return { accountId: ACCOUNT, region: REGION, recorders: [{ name: 'default', recording: true }], rules, resources };
}

describe('bin/dermashield-evidence.cjs', () => {
  const cleanEnv = (): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && k !== 'NODE_OPTIONS') env[k] = v;
    return env;
  };

  test('--help works from the committed shim in a source checkout', async () => {
    const res = await exec(process.execPath, [SHIM, '--help'], cleanEnv());
    expect(res.stderr).not.toMatch(/Error/);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: dermashield-evidence --region REGION');
  });

  test('a full run with the real catalog and credentials from the environment: exit 0 when every rule is compliant', async () => {
    const fake = new FakeConfigServer(realCatalogData(), 50);
    const endpoint = await fake.start();
    const out = path.join(tmp, 'e2e');
    try {
      const res = await exec(process.execPath, [SHIM, '--region', REGION, '--endpoint-url', endpoint, '--out', out, '--format', 'json,md'], {
        ...cleanEnv(),
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_CONFIG_FILE: path.join(tmp, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(tmp, 'none'),
        AWS_EC2_METADATA_DISABLED: 'true',
      });
      expect(res.stdout).toContain('Verdict: COMPLIANT (collection COMPLETE)');
      expect(res.code).toBe(0);
      const report = JSON.parse(fs.readFileSync(path.join(out, 'evidence-report.json'), 'utf8')) as EvidenceReport;
      expect(report.problems).toEqual([]);
      expect(report.controls.map((c) => c.id)).toEqual(CONTROLS.map((c) => c.id));
      for (const c of report.controls) {
        const catalog = CONTROLS.find((x) => x.id === c.id)!;
        const evidenced = catalog.configRules.length > 0 || catalog.guardPolicy !== undefined;
        expect([c.id, c.verdict, c.evidencedBy === 'not-evidenced']).toEqual([c.id, evidenced ? 'COMPLIANT' : 'NO_CONFIG_RULE', !evidenced]);
        if (!evidenced) expect([c.id, c.notEvidencedReason]).toEqual([c.id, catalog.notEvidencedAfterDeployment]);
        if (catalog.guardPolicy) expect([c.id, c.guardPolicy?.ruleNames]).toEqual([c.id, [`dermashield-${c.id.toLowerCase()}`]]);
      }
      // Every request carried a SigV4 signature from the environment credentials.
      expect(fake.requests.length).toBeGreaterThan(3);
    } finally {
      await fake.stop();
    }
  });
});

describe('HTML report in headless Chromium', () => {
  const run = CHROMIUM || process.env.CI === 'true' ? test : test.skip;
  if (!CHROMIUM && process.env.CI !== 'true') {
    console.warn('SKIPPED: headless Chromium rendering test: no Chromium found (install with `apt-get install -y chromium`); it runs whenever CI=true.');
  }

  const flags = (): string[] => [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${path.join(tmp, 'chromium-profile')}`,
  ];
  async function report(data: FakeData, name: string, controls?: readonly Control[]): Promise<{ url: string; json: EvidenceReport }> {
    const fake = new FakeConfigServer(data, 100);
    const endpoint = await fake.start();
    const out = path.join(tmp, name);
    try {
      await main(['--region', REGION, '--out', out, '--format', 'html,json'], {
        stdout: { write: () => true }, stderr: { write: () => true }, now: NOW, clientConfig: testClientConfig(endpoint), ...(controls ? { controls } : {}),
      });
    } finally {
      await fake.stop();
    }
    return { url: `file://${path.join(out, 'evidence-report.html')}`, json: JSON.parse(fs.readFileSync(path.join(out, 'evidence-report.json'), 'utf8')) as EvidenceReport };
  }
  const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

  run('what a reader sees: the verdict line, failing resources by name, colours that survive print and colour blindness, a page of readable length', async () => {
    if (!CHROMIUM) throw new Error('CI=true but Chromium is not installed: the CI image must `apt-get install -y chromium`');
    const { url, json } = await report(practice(true).data, 'html-practice', PRACTICE_CONTROLS);
    expect(json.exitCode).toBe(1);
    const dom = await exec(CHROMIUM!, [...flags(), '--dump-dom', url], process.env);
    expect(dom.code).toBe(0);
    const verdict = /<p class="banner b-NON_COMPLIANT" id="verdict">([^<]*)<\/p>/.exec(dom.stdout);
    expect(verdict?.[1]).toBe(`${json.summary.headline}. Exit code 1.`);
    // The catalog grows (64 controls when this was written): the not-evidenced count and the total follow it.
    const notEvidenced = PRACTICE_CONTROLS.filter((c) => c.configRules.length === 0).length;
    // 28 compliant: the 25 of issue 16's practice plus DS-TRAIL-11, DS-EC2-10 and DS-KMS-11 (issue 15), whose managed rules
    // (CLOUDTRAIL_S3_DATAEVENTS_ENABLED, ENCRYPTED_VOLUMES, KMS_KEY_POLICY_NO_PUBLIC_ACCESS) the practice evaluates compliant.
    expect(verdict?.[1]).toBe(`Non-compliant: 28 controls compliant, 6 non-compliant, 0 incomplete, ${PRACTICE_CONTROLS.length - 34 - notEvidenced} with no resources in scope, ${notEvidenced} not evidenced after deployment (of ${PRACTICE_CONTROLS.length}). Exit code 1.`);
    // A failing resource by name, in the failing controls near the top.
    const failingRds = /<table class="resources" id="failing-DS-RDS-1">(.*?)<\/table>/s.exec(dom.stdout)![1];
    expect(text(failingRds)).toContain('✗ Non-compliant scheduling-mysql (db-SCHEDMYSQL) AWS::RDS::DBInstance');
    // No "compliant" beside a non-compliant resource (the managed rule's pass is not shown as a reason).
    const rows = dom.stdout.match(/<tr class="res res-NON_COMPLIANT">.*?<\/tr>/gs) ?? [];
    expect(rows.length).toBe(json.controls.reduce((n, c) => n + c.counts.nonCompliant, 0) * 2); // failing block + control section
    for (const row of rows) expect(text(row).replace(/Non-compliant/g, '')).not.toMatch(/compliant/i);

    const png = path.join(tmp, 'report.png');
    const shot = await exec(CHROMIUM!, [...flags(), `--screenshot=${png}`, '--window-size=1280,1600', '--hide-scrollbars', url], process.env);
    expect(shot.code).toBe(0);
    const first = decodePng(fs.readFileSync(png));
    expect([first.width, first.height]).toEqual([1280, 1600]);
    expect(first.has(0x00, 0x72, 0xb2)).toBe(true); // compliant blue (Okabe-Ito)
    expect(first.has(0xd5, 0x5e, 0x00)).toBe(true); // failing vermillion, hatched
    expect(first.has(0xcf, 0x22, 0x2e)).toBe(false); // the old red/green pair is gone
    expect(first.has(0x1a, 0x7f, 0x37)).toBe(false);

    const tall = path.join(tmp, 'report-tall.png');
    expect((await exec(CHROMIUM!, [...flags(), `--screenshot=${tall}`, '--window-size=1280,14000', '--hide-scrollbars', url], process.env)).code).toBe(0);
    const whole = decodePng(fs.readFileSync(tall));
    // 80 resources, 64 controls: a few screens, not 34,000 px.
    expect(whole.contentHeight()).toBeLessThan(7000);
    expect(whole.contentHeight()).toBeGreaterThan(1600);
  });

  run('10,000 results still render, every resource row in the page', async () => {
    if (!CHROMIUM) throw new Error('CI=true but Chromium is not installed');
    const { url, json } = await report(benchData(200, 50), 'html-10k', TEST_CONTROLS);
    expect(json.controls.reduce((n, c) => n + c.counts.total, 0)).toBe(10_001); // 10,000 served results and the recorded bench key
    expect(json.collectionStatus).toBe('COMPLETE');
    const dom = await exec(CHROMIUM!, [...flags(), '--dump-dom', url], process.env, 120_000);
    expect(dom.code).toBe(0);
    expect(dom.stdout).toContain(`id="verdict">${json.summary.headline}`);
    expect((dom.stdout.match(/<tr class="res /g) ?? []).length).toBe(10_001 + json.controls.reduce((n, c) => n + c.counts.nonCompliant - c.counts.excepted, 0));
  }, 180_000);
});

/** Minimal PNG reader (8-bit RGB/RGBA, non-interlaced): enough to prove Chromium painted the chart colours. */
function decodePng(buf: Buffer): { width: number; height: number; has: (r: number, g: number, b: number) => boolean; contentHeight: () => number } {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('unsupported PNG');
      colorType = data[9];
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!bpp) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? px[y * stride + x - bpp] : 0;
      const b = y > 0 ? px[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[(y - 1) * stride + x - bpp] : 0;
      let out: number;
      switch (filter) {
        case 0: out = v; break;
        case 1: out = v + a; break;
        case 2: out = v + b; break;
        case 3: out = v + ((a + b) >> 1); break;
        default: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
        }
      }
      px[y * stride + x] = out & 0xff;
    }
  }
  const has = (r: number, g: number, bl: number): boolean => {
    for (let i = 0; i < px.length; i += bpp) if (px[i] === r && px[i + 1] === g && px[i + 2] === bl) return true;
    return false;
  };
  /** The last row that is not all white: how tall the content is. */
  const contentHeight = (): number => {
    for (let y = height - 1; y >= 0; y--) {
      for (let i = y * stride; i < (y + 1) * stride; i += bpp) if (px[i] !== 255 || px[i + 1] !== 255 || px[i + 2] !== 255) return y + 1;
    }
    return 0;
  };
  return { width, height, has, contentHeight };
}
