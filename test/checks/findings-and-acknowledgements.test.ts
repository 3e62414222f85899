import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeRule, ALL_RULES, controlById, DermaShieldChecks } from '../../lib';
import { fixHint } from '../../lib/checks/dermashield-checks';
import { expectDermaShieldError } from '../support/errors';
import { synthWithPack, testApp } from '../support/harness';

const REASON = 'Synthetic test logs with no ePHI; deleted after each CI run.';

/** Two unencrypted log groups, the second acknowledged on the resource (as the constructs do for their log buckets). */
function twoLogGroups(app: App) {
  const s = new Stack(app, 'S');
  new logs.LogGroup(s, 'Open');
  const acked = new logs.LogGroup(s, 'Acked');
  acknowledgeRule(acked, 'LogGroupCustomerManagedKey', REASON);
  return s;
}

describe('findings messages', () => {
  test('a finding names only the unacknowledged resource, with what it had; the acknowledged one keeps its own entry', () => {
    const app = testApp();
    twoLogGroups(app);
    const { findings, acknowledged, report } = synthWithPack(app);
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([['DermaShield-LogGroupCustomerManagedKey', 'S/Open/Resource']]);
    expect(findings[0].description).toContain('S/Open/Resource: KmsKeyId');
    expect(findings[0].description).not.toContain('Acked');
    expect(acknowledged.map((f) => [f.path, f.reason])).toEqual([['S/Acked/Resource', REASON]]);
    expect(acknowledged[0].description).not.toContain('S/Open');
    const open = report.pluginReports.find((p: any) => p.pluginName === 'DermaShield').violations[0];
    expect(open.suggestedFix).toBe(fixHint(ALL_RULES.find((r) => r.name === 'LogGroupCustomerManagedKey')!.explanation, ''));
    expect(open.suggestedFix).not.toContain('\n');
  });

  test('what `cdk synth` prints names the failing resource only, with a one-line fix; the explanation stays behind verbose', () => {
    const app = new App();
    twoLogGroups(app);
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/DermaShield-LogGroupCustomerManagedKey \[DS-LOGS-1\][\s\S]*S\/Open\/Resource/);
    expect(message).not.toContain('S/Acked');
    const rule = ALL_RULES.find((r) => r.name === 'LogGroupCustomerManagedKey')!;
    const why = rule.explanation.split('. ')[0];
    expect(message).not.toContain(why);

    const verbose = testApp();
    twoLogGroups(verbose);
    const [finding] = synthWithPack(verbose, { verbose: true }).findings;
    expect(finding.description).toContain(why);
  });

  test('every rule has a one-line fix hint; almost all come from the fix sentence of its explanation', () => {
    const fallbacks = ALL_RULES.filter((r) => {
      const guidance = controlById(r.controlId).guidance;
      const hint = fixHint(r.explanation, guidance);
      expect(hint.length).toBeGreaterThan(10);
      expect(hint).not.toContain('\n');
      return hint === guidance;
    }).map((r) => r.name);
    expect(fallbacks.length).toBeLessThanOrEqual(Math.ceil(ALL_RULES.length / 5));
  });

  test.each([
    ['Why it matters. Use a PhiKey as encryptionKey.', 'Use a PhiKey as encryptionKey.'],
    ['Why. More why (see s3.amazonaws.com). Set KmsKeyId to a PhiKey. Or acknowledge it.', 'Set KmsKeyId to a PhiKey.'],
    ['Only why.', 'the guidance'],
  ])('fixHint(%j)', (explanation, hint) => {
    expect(fixHint(explanation, 'the guidance')).toBe(hint);
  });
});

describe('careless acknowledgements', () => {
  test('acknowledgeRule with an unknown rule throws, naming the closest rules', () => {
    const app = new App();
    const lg = new logs.LogGroup(new Stack(app, 'S'), 'Logs');
    expectDermaShieldError(() => acknowledgeRule(lg, 'LogGroupCustomerManagedKeys', REASON), 'AcknowledgementUnknownRule',
      /'S\/Logs': rule "LogGroupCustomerManagedKeys" is not a DermaShield rule; did you mean 'LogGroupCustomerManagedKey'\?/);
    expectDermaShieldError(() => acknowledgeRule(lg, 'DermaShield-S3CustomerManagedkey', REASON), 'AcknowledgementUnknownRule',
      /did you mean 'S3CustomerManagedKey'/);
    expectDermaShieldError(() => acknowledgeRule(lg, 'NoSuchThing', REASON), 'AcknowledgementUnknownRule', /is not a DermaShield rule\. Rule names/);
  });

  test.each([
    ['the App', (app: App) => acknowledgeRule(app, 'LogGroupCustomerManagedKey', REASON), '', /on the App switches DermaShield-LogGroupCustomerManagedKey off/],
    ['a Stack', (app: App) => Validations.of(app.node.findChild('S')).acknowledge({ id: 'DermaShield::DermaShield-LogGroupCustomerManagedKey', reason: REASON }),
      'S', /on a Stack switches/],
    ['a Stage', (app: App) => acknowledgeRule(new Stage(app, 'Prod'), 'KmsKeyRotation', REASON), 'Prod', /on a Stage switches/],
    ['a short reason', (app: App) => Validations.of(app.node.findChild('S').node.findChild('Open')).acknowledge({ id: 'DermaShield::DermaShield-LogGroupCustomerManagedKey', reason: 'test only' }),
      'S/Open', /its reason has 9 characters, fewer than 20/],
    ['an unknown rule', (app: App) => Validations.of(app.node.findChild('S').node.findChild('Open')).acknowledge({ id: 'DermaShield::DermaShield-LogGroupCmk', reason: REASON }),
      'S/Open', /DermaShield-LogGroupCmk is not a DermaShield rule/],
  ])('an acknowledgement on %s is a finding that cannot itself be acknowledged', (_what, acknowledge, path, problem) => {
    const app = testApp();
    twoLogGroups(app);
    acknowledge(app);
    // Trying to silence the finding the same way does not work: it is fatal.
    Validations.of(app).acknowledge({ id: 'DermaShield::DermaShield-CarelessAcknowledgement', reason: 'We know, please be quiet about it.' });
    const careless = synthWithPack(app).findings.filter((f) => f.ruleId === 'DermaShield-CarelessAcknowledgement');
    expect(careless.map((f) => f.path)).toContain(path);
    expect(careless.find((f) => f.path === path)!.description).toMatch(problem);
  });

  test('the acknowledgements the constructs and a careful user write are not reported', () => {
    const app = testApp();
    twoLogGroups(app);
    expect(synthWithPack(app).findings.filter((f) => f.ruleId === 'DermaShield-CarelessAcknowledgement')).toEqual([]);
  });
});

describe('what every real `cdk synth` adds', () => {
  test('the CDK version-reporting resource (AWS::CDK::Metadata) is not reported as an unknown resource type', () => {
    const app = testApp({ analyticsReporting: true });
    new logs.LogGroup(new Stack(app, 'S', { env: { region: 'us-east-1' } }), 'Acked');
    acknowledgeRule(app.node.findChild('S').node.findChild('Acked'), 'LogGroupCustomerManagedKey', REASON);
    const { findings, report, assemblyDir } = synthWithPack(app);
    expect(fs.readFileSync(path.join(assemblyDir, 'S.template.json'), 'utf8')).toContain('AWS::CDK::Metadata');
    expect(JSON.stringify(report)).not.toContain('UnknownResourceType');
    expect(findings).toEqual([]);
  });
});
