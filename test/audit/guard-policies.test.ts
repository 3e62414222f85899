import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONTROLS, SYNTH_ONLY_NO_CONFIG_RULE } from '../../lib';
import { ALLOWED_TLS_POLICIES } from '../../lib/controls/tls-policies';
import { GUARD_POLICY_TEXT } from '../../lib/audit/guard-policies.generated';
import { GUARD_POLICY_MODULE, readGuardPolicyFiles, renderGuardPolicyModule } from '../../scripts/generate-guard-policies';
import { GUARD_POLICY_CASES } from './guard-policy-cases';

/** The real CloudFormation Guard engine shipped by @cdklabs/cdk-validator-cfnguard (Linux x64 only). */
const CFN_GUARD = path.join(path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json')), 'bin', 'ubuntu', 'x86_64', 'cfn-guard');
const canRunGuard = process.platform === 'linux' && process.arch === 'x64';

const withPolicy = CONTROLS.filter((c) => c.guardPolicy);

/** Guard 3 additions the AWS Config guard-2.x.x runtime does not have. */
const GUARD3_ONLY: [RegExp, string][] = [
  [/\b(json_parse|regex_replace|join|substring|to_lower|to_upper|url_decode|count|parse_int|parse_float|parse_string|parse_boolean|parse_char|now|parse_epoch)\s*\(/, 'a Guard 3 built-in function'],
  [/^\s*rule\s+\w+\s*\(/m, 'a parameterized rule'],
  [/\(\?<?[=!]/, 'a regex look-around (Guard 3 uses fancy-regex; Guard 2 uses the regex crate)'],
  [/\\[1-9]/, 'a regex back-reference'],
];

/** The policy text without its comment lines. */
const code = (text: string) => text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');

interface GuardResult { name: string; status: 'PASS' | 'FAIL' | 'SKIP'; compliant: string[]; not_applicable: string[]; not_compliant: unknown[] }

/** Run cfn-guard on every item of a directory; one process per policy. */
function runGuard(policyText: string, items: Record<string, unknown>): { exitCode: number | null; stderr: string; results: Map<string, GuardResult> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-guard-'));
  try {
    const policy = path.join(dir, 'policy.guard');
    fs.writeFileSync(policy, policyText);
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    const files = new Map<string, string>();
    Object.entries(items).forEach(([label, item], i) => {
      const file = path.join(data, `item-${i}.json`);
      fs.writeFileSync(file, JSON.stringify(item));
      files.set(file, label);
    });
    const run = spawnSync(CFN_GUARD, ['validate', '-r', policy, '-d', data, '--structured', '-o', 'json', '-S', 'none'], { encoding: 'utf-8' });
    const results = new Map<string, GuardResult>();
    if (run.stdout.trim().startsWith('[')) {
      for (const r of JSON.parse(run.stdout) as GuardResult[]) results.set(files.get(r.name) ?? r.name, r);
    }
    return { exitCode: run.status, stderr: run.stderr, results };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('Guard policies (lib/audit/guard-policies)', () => {
  test('there is one policy file per control with a guardPolicy, named after it, and no other', () => {
    const files = readGuardPolicyFiles().map((p) => p.file);
    expect(files).toEqual(withPolicy.map((c) => `${c.id.toLowerCase()}.guard`).sort());
    expect(withPolicy.length).toBeGreaterThan(0);
  });

  test('the embedded policy texts are the files, regenerated (`npm run guard-policies:generate`)', () => {
    expect(fs.readFileSync(GUARD_POLICY_MODULE, 'utf-8')).toBe(renderGuardPolicyModule(readGuardPolicyFiles()));
    expect(Object.keys(GUARD_POLICY_TEXT).sort()).toEqual(withPolicy.map((c) => c.id).sort());
  });

  test('docs/config-custom-rules.md lists every policy and every control not evidenced after deployment', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'config-custom-rules.md'), 'utf-8');
    const tableRows = [...doc.matchAll(/^\| (DS-[A-Z0-9]+-\d+) \| \[`([a-z0-9-]+\.guard)`\]/gm)].map((m) => [m[1], m[2]]);
    expect(tableRows).toEqual(withPolicy.map((c) => [c.id, `${c.id.toLowerCase()}.guard`]));
    const notEvidencedSection = doc.slice(doc.indexOf('## Controls not evidenced after deployment'), doc.indexOf('## Using the policies'));
    const listed = [...notEvidencedSection.matchAll(/^- \*\*(DS-[A-Z0-9]+-\d+)\*\*/gm)].map((m) => m[1]);
    // Controls with the shared synth-only reason are summarised in one paragraph; each specific reason is listed.
    expect(listed).toEqual(CONTROLS.filter((c) => c.notEvidencedAfterDeployment && c.notEvidencedAfterDeployment !== SYNTH_ONLY_NO_CONFIG_RULE).map((c) => c.id));
  });

  test('every configuration item in the cases uses only property paths of the documented CI schema', () => {
    const schema: { types: Record<string, string[]> } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'config-ci-schema.json'), 'utf-8'));
    // Recorded by Config but not listed in the (advanced-query) schema: the bucket policy text, which the managed rule
    // S3_BUCKET_SSL_REQUESTS_ONLY also reads; and the Client VPN banner text, which ds-vpn-4.guard judges only when present.
    const recordedNotListed: Record<string, string[]> = {
      'AWS::S3::Bucket': ['supplementaryConfiguration.BucketPolicy.policyText'],
      'AWS::EC2::ClientVpnEndpoint': ['configuration.ClientLoginBannerOptions.BannerText'],
    };
    const leaves = (v: unknown, p: string, out: Set<string>): Set<string> => {
      const entries = Array.isArray(v) ? v.map((x) => [p, x] as const) : v && typeof v === 'object' ? Object.entries(v).map(([k, x]) => [`${p}.${k}`, x] as const) : undefined;
      if (entries === undefined || entries.length === 0) out.add(p); // a value, or an empty list or object
      else for (const [q, x] of entries) leaves(x, q, out);
      return out;
    };
    const undocumented: string[] = [];
    for (const [id, cases] of Object.entries(GUARD_POLICY_CASES)) {
      for (const item of [cases.compliant, cases.nonCompliant, cases.notApplicable].flatMap((c) => Object.values(c))) {
        const known = schema.types[item.resourceType];
        expect({ id, type: item.resourceType, documented: known !== undefined }).toEqual({ id, type: item.resourceType, documented: true });
        const paths = leaves(item.configuration, 'configuration', new Set());
        leaves(item.supplementaryConfiguration, 'supplementaryConfiguration', paths);
        for (const p of paths) {
          if (p === 'configuration' || p === 'supplementaryConfiguration') continue;
          const ok = known.some((k) => k === p || k.startsWith(`${p}.`)) || (recordedNotListed[item.resourceType] ?? []).includes(p);
          if (!ok) undocumented.push(`${id} ${item.resourceType} ${p}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  test('DS-ELB-1 allows exactly the ELB security policies the DermaShield pack allows', () => {
    const inPolicy = [...code(GUARD_POLICY_TEXT['DS-ELB-1']).matchAll(/"(ELBSecurityPolicy-[A-Za-z0-9-]+)"/g)].map((m) => m[1]);
    expect(inPolicy.sort()).toEqual([...ALLOWED_TLS_POLICIES].sort());
  });

  describe.each(withPolicy.map((c) => [c.id, c] as const))('%s', (id, control) => {
    const text = GUARD_POLICY_TEXT[id];

    test('fits the 10,000-character PolicyText limit', () => {
      expect([...text].length).toBeLessThanOrEqual(10_000);
    });

    test('stays inside the guard-2.x.x syntax AWS Config runs', () => {
      for (const [pattern, what] of GUARD3_ONLY) expect({ id, uses: pattern.test(code(text)) ? what : undefined }).toEqual({ id, uses: undefined });
    });

    test('judges exactly the resource types of its catalog scope, and its rule names carry the control id', () => {
      const inPolicy = new Set([...code(text).matchAll(/"(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)"/g)].map((m) => m[1]));
      expect([...inPolicy].sort()).toEqual([...control.guardPolicy!.resourceTypes].sort());
      const rules = [...code(text).matchAll(/^\s*rule\s+(\w+)/gm)].map((m) => m[1]);
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.startsWith(`${id.toLowerCase().replace(/-/g, '_')}_`)).toBe(true);
    });

    test('has at least one compliant, one non-compliant and one not-applicable configuration item', () => {
      const cases = GUARD_POLICY_CASES[id];
      expect(cases).toBeDefined();
      expect(Object.keys(cases.compliant).length).toBeGreaterThan(0);
      expect(Object.keys(cases.nonCompliant).length).toBeGreaterThan(0);
      expect(Object.keys(cases.notApplicable).length).toBeGreaterThan(0);
      for (const item of Object.values(cases.compliant).concat(Object.values(cases.nonCompliant))) {
        expect(control.guardPolicy!.resourceTypes).toContain(item.resourceType);
      }
    });

    (canRunGuard ? test : test.skip)('the real cfn-guard parses it and judges every item as expected', () => {
      const cases = GUARD_POLICY_CASES[id];
      const expected: Record<string, string> = {};
      const items: Record<string, unknown> = {};
      for (const [kind, status] of [['compliant', 'PASS'], ['nonCompliant', 'FAIL'], ['notApplicable', 'SKIP']] as const) {
        for (const [label, item] of Object.entries(cases[kind])) {
          items[`${kind}: ${label}`] = item;
          expected[`${kind}: ${label}`] = status;
        }
      }
      const { exitCode, stderr, results } = runGuard(text, items);
      // 0: every item passed or was skipped; 19: at least one failed. Anything else (5: parse error) is a broken policy.
      expect({ exitCode, stderr: exitCode === 0 || exitCode === 19 ? '' : stderr }).toEqual({ exitCode: 19, stderr: '' });
      const actual = Object.fromEntries(Object.keys(items).map((label) => [label, results.get(label)?.status ?? 'MISSING']));
      expect(actual).toEqual(expected);
      // A not-applicable item is skipped by every rule of the policy (Config reports NOT_APPLICABLE), not by some.
      for (const label of Object.keys(items).filter((l) => l.startsWith('notApplicable'))) {
        expect(results.get(label)!.compliant).toEqual([]);
      }
    });
  });

  (canRunGuard ? test : test.skip)('the harness itself fails a policy that does not parse', () => {
    const { exitCode } = runGuard('rule broken when resourceType == "AWS::SQS::Queue" { configuration.KmsMasterKeyId == ', { x: {} });
    expect(exitCode).not.toBe(0);
    expect(exitCode).not.toBe(19);
  });
});
