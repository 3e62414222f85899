import { App, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeRule, DermaShieldChecks, DermaShieldError } from '../../lib';
import { expectDermaShieldError } from '../support/errors';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';

describe('DermaShieldChecks', () => {
  test('registers as a v3 validation plugin named DermaShield, every rule id prefixed', () => {
    const pack = new DermaShieldChecks();
    expect(pack.name).toBe('DermaShield');
    const ruleIds = pack.ruleIds ?? [];
    expect(ruleIds.length).toBeGreaterThan(0);
    for (const id of ruleIds) expect(id).toMatch(/^DermaShield-[A-Z][A-Za-z0-9]+$/);
  });

  test('rejects an external CMK that is not a key ARN', () => {
    expectDermaShieldError(() => new DermaShieldChecks(undefined, { externalCustomerManagedKeyArns: ['alias/aws/s3'] }),
      'DermaShieldChecksExternalKeyArn', /^DermaShieldChecks: externalCustomerManagedKeyArns entry 'alias\/aws\/s3' is not a KMS key ARN/);
  });

  test.each([89, 366, 180.5])('rejects a rotation ceiling of %s days, naming the allowed range', (days) => {
    expectDermaShieldError(() => new DermaShieldChecks(undefined, { maxRotationPeriodDays: days }),
      'DermaShieldChecksRotationCeiling', `maxRotationPeriodDays ${days} is not allowed`, 'from 90 (the KMS minimum) to 365');
  });

  // The "done when": an unrotated key, or a log group whose key was removed by an escape hatch, fails
  // `cdk synth` (default settings: the app throws) naming the DermaShield rule and the catalog id.
  test('an app with an unrotated key fails synthesis naming the rule and catalog id', () => {
    const app = new App();
    const s = new Stack(app, 'S');
    new kms.Key(s, 'Unrotated');
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    expect(() => app.synth()).toThrow(/DermaShield-KmsKeyRotation[\s\S]*DS-KMS-1/);
  });

  test('an app whose log group lost its key to addPropertyDeletionOverride fails synthesis', () => {
    const app = new App();
    const s = new Stack(app, 'S');
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    const lg = new logs.LogGroup(s, 'Logs', { encryptionKey: key });
    (lg.node.defaultChild as CfnResource).addPropertyDeletionOverride('KmsKeyId');
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    expect(() => app.synth()).toThrow(/DermaShield-LogGroupCustomerManagedKey[\s\S]*DS-LOGS-1[\s\S]*S\/Logs\/Resource/);
  });

  test('a compliant app synthesizes with zero findings', () => {
    const app = testApp();
    const s = new Stack(app, 'S');
    const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
    new logs.LogGroup(s, 'Logs', { encryptionKey: key });
    expectNoFindings(synthWithPack(app));
  });
});

describe('acknowledgements', () => {
  test('an acknowledged finding leaves synthesis green and keeps its reason in the report', () => {
    const app = testApp();
    const s = new Stack(app, 'S');
    const lg = new logs.LogGroup(s, 'Logs');
    acknowledgeRule(lg, 'LogGroupCustomerManagedKey', 'Synthetic test logs with no ePHI; deleted after each CI run.');
    const result = synthWithPack(app);
    expectNoFindings(result);
    expect(result.acknowledged).toEqual([
      expect.objectContaining({
        ruleId: 'DermaShield-LogGroupCustomerManagedKey',
        path: 'S/Logs/Resource',
        reason: 'Synthetic test logs with no ePHI; deleted after each CI run.',
      }),
    ]);
  });

  test('acknowledging the unverifiable variant does not hide a real failure', () => {
    const app = testApp();
    const s = new Stack(app, 'S');
    const lg = new logs.LogGroup(s, 'Logs');
    acknowledgeRule(lg, 'LogGroupCustomerManagedKey', 'The key ARN parameter always names the security account CMK.', { unverifiable: true });
    expectFinding(synthWithPack(app), 'LogGroupCustomerManagedKey', 'S/Logs');
  });

  test.each(['', '   ', 'because'])('a reason that says nothing (%j) throws', (reason) => {
    const app = new App();
    const s = new Stack(app, 'S');
    const lg = new logs.LogGroup(s, 'Logs');
    expect(() => acknowledgeRule(lg, 'LogGroupCustomerManagedKey', reason)).toThrow(DermaShieldError);
    expect(() => acknowledgeRule(lg, 'LogGroupCustomerManagedKey', reason)).toThrow(/is not allowed; write a reason of at least 20 characters naming the compensating control/);
  });
});
