import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CONTROLS, GuardPolicies, PhiConfigRules } from '../../lib';
import { guardPoliciesCommand } from '../../lib/audit/guard-policy-export';
import { testApp } from '../support/harness';

const ROOT = path.join(__dirname, '..', '..');
const CFN_GUARD = path.join(path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json')), 'bin', 'ubuntu', 'x86_64', 'cfn-guard');
const canRunGuard = process.platform === 'linux' && process.arch === 'x64';
const withPolicy = CONTROLS.filter((c) => c.guardPolicy);

describe('dermashield-guard-policies', () => {
  test('text (the default) prints every policy under a header naming control, rule and scope', () => {
    const out = guardPoliciesCommand([]);
    expect(out.exitCode).toBe(0);
    for (const c of withPolicy) {
      expect(out.stdout).toContain(`# ==== ${c.id}  ${c.title}\n# Config rule: dermashield-${c.id.toLowerCase()}  scope: ${c.guardPolicy!.resourceTypes.join(', ')}`);
      expect(out.stdout).toContain(GuardPolicies.policyText(c.id).trimEnd());
    }
  });

  (canRunGuard ? test : test.skip)('the text output is one valid Guard file (cfn-guard parses it)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-guard-all-'));
    try {
      fs.writeFileSync(path.join(dir, 'all.guard'), guardPoliciesCommand([]).stdout);
      const run = spawnSync(CFN_GUARD, ['parse-tree', '-r', path.join(dir, 'all.guard')], { encoding: 'utf-8' });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('json lists control, rule name, scope, runtime, policy text and caveat', () => {
    const parsed = JSON.parse(guardPoliciesCommand(['--format', 'json', '--prefix', 'clinic2-']).stdout);
    expect(parsed.map((p: any) => p.controlId)).toEqual(withPolicy.map((c) => c.id));
    const sqs = parsed.find((p: any) => p.controlId === 'DS-SQS-1');
    expect(sqs).toEqual({
      controlId: 'DS-SQS-1',
      title: 'SQS queues encrypted with a customer-managed key',
      ruleName: 'clinic2-ds-sqs-1',
      resourceTypes: ['AWS::SQS::Queue'],
      policyRuntime: 'guard-2.x.x',
      policyText: GuardPolicies.policyText('DS-SQS-1'),
      caveat: CONTROLS.find((c) => c.id === 'DS-SQS-1')!.guardPolicy!.caveat,
    });
    expect(parsed.find((p: any) => p.controlId === 'DS-VPN-6')).not.toHaveProperty('caveat');
  });

  test('conformance-pack rules are the rules PhiConfigRules deploys, and the template fits a TemplateBody', () => {
    const out = guardPoliciesCommand(['--format', 'conformance-pack']);
    // AWS::Config::ConformancePack TemplateBody is at most 51,200 bytes (beyond it, use TemplateS3Uri).
    expect(Buffer.byteLength(out.stdout)).toBeLessThanOrEqual(51_200);
    const pack = Object.values<any>(JSON.parse(out.stdout).Resources);
    expect(pack).toHaveLength(withPolicy.length);
    const stack = new Stack(testApp(), 'S');
    new PhiConfigRules(stack, 'Config');
    const deployed = Object.values<any>(Template.fromStack(stack).findResources('AWS::Config::ConfigRule'))
      .filter((r) => r.Properties.Source.Owner === 'CUSTOM_POLICY');
    for (const rule of pack) {
      expect(rule.Type).toBe('AWS::Config::ConfigRule');
      const twin = deployed.find((d) => d.Properties.ConfigRuleName === rule.Properties.ConfigRuleName);
      expect(twin).toBeDefined();
      expect(rule.Properties.Source).toEqual(twin.Properties.Source);
      expect(rule.Properties.Scope).toEqual(twin.Properties.Scope);
      expect(rule.Properties.Description).toEqual(twin.Properties.Description);
    }
  });

  test('--control limits the output; an unknown control or argument exits 2 with a message', () => {
    const one = JSON.parse(guardPoliciesCommand(['--format', 'json', '--control', 'DS-VPN-6']).stdout);
    expect(one.map((p: any) => p.controlId)).toEqual(['DS-VPN-6']);
    const none = guardPoliciesCommand(['--control', 'DS-KMS-2']);
    expect(none).toMatchObject({ exitCode: 2, stdout: '' });
    expect(none.stderr).toMatch(/no Guard policy for DS-KMS-2\. Controls with one: DS-S3-1/);
    expect(guardPoliciesCommand(['--format', 'yaml'])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/unknown format 'yaml'/) });
    expect(guardPoliciesCommand(['--prefix', 'bad prefix'])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/--prefix "bad prefix" is not allowed/) });
    expect(guardPoliciesCommand(['--control'])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/--control needs a value/) });
    expect(guardPoliciesCommand(['--help'])).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^Usage: dermashield-guard-policies/) });
  });

  test('the committed bin shim runs it (as `npx dermashield-guard-policies` does in a checkout)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'dermashield-guard-policies.cjs'), '--control', 'DS-VPN-6'], { encoding: 'utf-8', cwd: ROOT });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('rule ds_vpn_6_split_tunnel_off when resourceType == "AWS::EC2::ClientVpnEndpoint"');
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'dermashield-guard-policies.cjs'), '--nope'], { encoding: 'utf-8', cwd: ROOT });
    expect(bad.status).toBe(2);
  });
});
