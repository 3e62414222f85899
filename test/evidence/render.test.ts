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
import { main } from '../../lib/evidence/cli';
import { EvidenceReport } from '../../lib/evidence/types';
import { FakeConfigServer, FakeData, FakeRule } from './fake-config-server';
import { ACCOUNT, NOW, REGION, TEST_CONTROLS, practiceData, testClientConfig } from './fixtures';

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

/** Every managed rule the real catalog names, deployed and COMPLIANT for one customer-managed-key resource of each type. */
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
  const types = [...new Set(CONTROLS.flatMap((c) => c.configRules.flatMap((r) => r.resourceTypes ?? [])))];
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
        expect([c.id, c.verdict]).toEqual([c.id, c.configRules.length === 0 ? 'NO_CONFIG_RULE' : 'COMPLIANT']);
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

  run('the page renders: DOM intact and the chart painted in its colours', async () => {
    if (!CHROMIUM) throw new Error('CI=true but Chromium is not installed: the CI image must `apt-get install -y chromium`');
    const fake = new FakeConfigServer(practiceData(), 3);
    const endpoint = await fake.start();
    const out = path.join(tmp, 'html');
    try {
      const code = await main(['--region', REGION, '--out', out, '--format', 'html'], {
        stdout: { write: () => true }, stderr: { write: () => true }, now: NOW, controls: TEST_CONTROLS, clientConfig: testClientConfig(endpoint),
      });
      expect(code).toBe(1);
    } finally {
      await fake.stop();
    }
    const url = `file://${path.join(out, 'evidence-report.html')}`;
    const flags = [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--user-data-dir=${path.join(tmp, 'chromium-profile')}`,
    ];
    const dom = await exec(CHROMIUM!, [...flags, '--dump-dom', url], process.env);
    expect(dom.code).toBe(0);
    expect(dom.stdout).toContain('<svg id="compliance-chart"');
    expect(dom.stdout).toMatch(/<table id="controls">.*DS-S3-1/s);
    expect(dom.stdout).toContain('Some controls are non-compliant');

    const png = path.join(tmp, 'report.png');
    const shot = await exec(CHROMIUM!, [...flags, `--screenshot=${png}`, '--window-size=1280,1600', '--hide-scrollbars', url], process.env);
    expect(shot.code).toBe(0);
    const { width, height, has } = decodePng(fs.readFileSync(png));
    expect([width, height]).toEqual([1280, 1600]);
    expect(has(0x1a, 0x7f, 0x37)).toBe(true); // compliant green in the chart
    expect(has(0xcf, 0x22, 0x2e)).toBe(true); // non-compliant red in the chart
  });
});

/** Minimal PNG reader (8-bit RGB/RGBA, non-interlaced): enough to prove Chromium painted the chart colours. */
function decodePng(buf: Buffer): { width: number; height: number; has: (r: number, g: number, b: number) => boolean } {
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
  return { width, height, has };
}
