/**
 * The reference architecture through every registered check: DermaShieldChecks, cdk-nag's HIPAA Security,
 * NIST 800-53 R5 and AWS Solutions packs, AWS Control Tower's proactive controls (cdk-validator-cfnguard) and
 * aws-cdk-lib's CloudFormation validation (on for this file).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CONTROLS } from '../../lib/controls';
import { PHI_KEY_GRANT_STATEMENT_SID } from '../../lib/keys/phi-key';
import { addPolicyChecks, addReferencePractice, CONTROL_TOWER_PLUGIN_NAME, practiceSettingsFrom, REFERENCE_ACKNOWLEDGEMENTS } from '../../lib/reference';
import { synthFindings, testApp } from '../support/harness';

const ROOT = path.join(__dirname, '../..');
const CONTEXT = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf-8')).context;

function build(app: App) {
  return addReferencePractice(app, practiceSettingsFrom(app.node));
}

describe('reference architecture', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.CDK_VALIDATION;
    delete process.env.CDK_VALIDATION; // aws-cdk-lib's CloudFormation validation on, as users run it
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = saved;
  });

  test('synthesizes with zero open findings from all four packs, Control Tower\'s proactive controls and the CloudFormation validation', () => {
    const app = testApp({ context: CONTEXT });
    build(app);
    addPolicyChecks(app);
    const result = synthFindings(app);
    expect(result.findings.map((f) => `${f.plugin}: ${f.ruleId} @ ${f.path}`)).toEqual([]);
    const plugins = result.report.pluginReports.map((p: any) => p.pluginName);
    expect(plugins).toEqual(expect.arrayContaining(['DermaShield', 'HIPAA.Security', 'NIST.800.53.R5', 'AwsSolutions', CONTROL_TOWER_PLUGIN_NAME]));
    // The practice itself acknowledges nothing: every acknowledgement is a construct's, on its own resource.
    expect(REFERENCE_ACKNOWLEDGEMENTS).toEqual([]);
    // Control Tower exceptions are only the AWS limits of log-delivery buckets (SSE-S3 only; a log bucket is not logged).
    const controlTower = result.acknowledged.filter((a) => a.plugin === CONTROL_TOWER_PLUGIN_NAME);
    expect([...new Set(controlTower.map((a) => a.ruleId))].sort()).toEqual(['s3_bucket_default_encryption_kms_check', 's3_bucket_logging_enabled_check']);
    expect(new Set(controlTower.map((a) => a.path.replace(/^DermaShieldPractice\//, '')))).toEqual(new Set([
      'ClinicalImages/AccessLogs/Resource', 'Portal/AccessLogs/Resource', 'AuditTrail/AccessLogBucket/Resource']));

    // Every acknowledgement carries a specific reason (test/readme.test.ts checks the README lists each one).
    for (const ack of result.acknowledged) expect({ rule: ack.ruleId, reason: ack.reason?.length }).toEqual({ rule: ack.ruleId, reason: expect.any(Number) });
    for (const ack of result.acknowledged) expect(ack.reason!.length).toBeGreaterThanOrEqual(20);
    // DermaShield's own acknowledgements are only the constructs' AWS-limit ones (SSE-S3-only log buckets).
    expect(new Set(result.acknowledged.filter((a) => a.plugin === 'DermaShield').map((a) => a.ruleId))).toEqual(new Set(['DermaShield-S3CustomerManagedKey']));
    expect(result.acknowledged.filter((a) => a.plugin === 'DermaShield').every((a) => /SSE-S3/.test(a.reason!))).toBe(true);
  });

  test('Control Tower\'s validator fails the practice when a fix is removed (the key policy without the CreateGrant condition)', () => {
    const app = testApp({ context: CONTEXT });
    const { practice } = build(app);
    const cfn = practice.keys.images.key.node.defaultChild as CfnResource;
    const statements = practice.resolve((cfn as any).keyPolicy).Statement.filter((st: any) => st.Sid !== PHI_KEY_GRANT_STATEMENT_SID);
    cfn.addPropertyOverride('KeyPolicy.Statement', statements);
    addPolicyChecks(app, { cdkNagPacks: false });
    const result = synthFindings(app);
    expect(result.findings.map((f) => `${f.plugin}: ${f.ruleId} @ ${f.path}`)).toEqual([
      `${CONTROL_TOWER_PLUGIN_NAME}: kms_create_grant_aws_service_check @ DermaShieldPractice/ImagesKey/Key/Resource`,
    ]);
    const report = result.report.pluginReports.find((p: any) => p.pluginName === CONTROL_TOWER_PLUGIN_NAME);
    expect(report.conclusion).toBe('failure');
  });

  test('no rule is acknowledged twice on one construct (one reason per exception in the audit trail)', () => {
    const app = new App({ context: CONTEXT });
    build(app);
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const c of app.node.findAll()) {
      for (const entry of c.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const id of Object.keys(entry.data as object)) {
          const key = `${c.node.path} ${id}`;
          if (seen.has(key)) twice.push(key);
          seen.add(key);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  test('the CloudFormation validation is really running in this file (a broken template is reported)', () => {
    const app = testApp({ context: CONTEXT });
    const { practice } = build(app);
    practice.images.bucket.node.defaultChild!.node.addMetadata('x', 'y');
    (practice.images.bucket.node.defaultChild as any).addPropertyOverride('NotARealProperty', true);
    const result = synthFindings(app);
    expect(result.findings.some((f) => f.plugin !== 'DermaShield' && /NotARealProperty/.test(f.description))).toBe(true);
  });

  test('every stateful resource is retained on stack deletion', () => {
    const app = new App({ context: CONTEXT });
    const { practice, backupCopy } = build(app);
    const stateful = ['AWS::S3::Bucket', 'AWS::RDS::DBInstance', 'AWS::KMS::Key', 'AWS::Backup::BackupVault', 'AWS::Logs::LogGroup'];
    for (const stack of [practice, backupCopy]) {
      const resources = Template.fromStack(stack).toJSON().Resources as Record<string, any>;
      for (const [id, r] of Object.entries(resources)) {
        if (stateful.includes(r.Type)) expect({ id, policy: r.DeletionPolicy }).toEqual({ id, policy: expect.stringMatching(/^(Retain|Snapshot)$/) });
      }
    }
    expect(practice.terminationProtection).toBe(true);
  });

  test('every catalog control with a Config rule is deployed by the practice stack', () => {
    const app = new App({ context: CONTEXT });
    const { practice } = build(app);
    const deployed = new Set(Object.values<any>(Template.fromStack(practice).findResources('AWS::Config::ConfigRule')).map((r) => r.Properties.Source.SourceIdentifier));
    for (const c of CONTROLS) for (const r of c.configRules) expect(deployed).toContain(r.identifier);
  });

  test('`npx cdk synth` with the real CLI and cdk.json (the README set-up command) succeeds', () => {
    const env = { ...process.env };
    delete env.CDK_VALIDATION;
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'reference-synth-'));
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'cdk'), ['synth', '--quiet', '--no-notices', '-o', out], {
      cwd: ROOT, env, encoding: 'utf-8', timeout: 300_000,
    });
    if (result.status !== 0) throw new Error(`cdk synth exited ${result.status}:\n${(result.stdout + result.stderr).slice(-4000)}`);
    expect(fs.existsSync(path.join(out, 'DermaShieldPractice.template.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'DermaShieldBackupCopy.template.json'))).toBe(true);
  });
});
