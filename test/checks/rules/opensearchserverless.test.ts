import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as oss from 'aws-cdk-lib/aws-opensearchserverless';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const RULES = [{ ResourceType: 'collection', Resource: ['collection/notes'] }];

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  new kms.Key(s, 'Key', { enableKeyRotation: true });
  return { app, s };
}

const policy = (s: Stack, id: string, body: unknown, type = 'encryption') =>
  new oss.CfnSecurityPolicy(s, id, { name: id.toLowerCase(), type, policy: typeof body === 'string' ? body : JSON.stringify(body) });

describe('DermaShield-OpenSearchServerlessEncryptionPolicyCustomerManagedKey', () => {
  test('compliant: AWSOwnedKey false with a declared customer-managed key ARN', () => {
    const { app, s } = stack();
    policy(s, 'Cmk', { Rules: RULES, AWSOwnedKey: false, KmsARN: KEY_ARN });
    expectNoFinding(synthWithPack(app, { externalCustomerManagedKeyArns: [KEY_ARN] }), 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey');
  });

  test('non-compliant: an AWS-owned key, or an AWS-managed alias', () => {
    const { app, s } = stack();
    policy(s, 'Owned', { Rules: RULES, AWSOwnedKey: true });
    policy(s, 'Managed', { Rules: RULES, AWSOwnedKey: false, KmsARN: 'arn:aws:kms:us-east-1:111122223333:alias/aws/aoss' });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'S/Owned').description).toContain('[DS-OPENSEARCH-22]');
    expect(reasonOf(result, 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'S/Owned')).toContain('AWSOwnedKey');
    expectFinding(result, 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'S/Managed');
  });

  test('network policies are not judged', () => {
    const { app, s } = stack();
    policy(s, 'Net', [{ Rules: RULES, AllowFromPublic: false }], 'network');
    expectNoFinding(synthWithPack(app), 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey');
  });

  test('escape hatch: the policy replaced by override with an AWS-owned one', () => {
    const { app, s } = stack();
    policy(s, 'Cmk', { Rules: RULES, AWSOwnedKey: false, KmsARN: KEY_ARN }).addPropertyOverride('Policy', JSON.stringify({ Rules: RULES, AWSOwnedKey: true }));
    expectFinding(synthWithPack(app, { externalCustomerManagedKeyArns: [KEY_ARN] }), 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'S/Cmk');
  });

  test('raw CfnResource: a key ARN neither in the app nor declared is unverifiable', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::OpenSearchServerless::SecurityPolicy', properties: { Name: 'raw', Type: 'encryption', Policy: JSON.stringify({ Rules: RULES, AWSOwnedKey: false, KmsARN: KEY_ARN }) } });
    expectFinding(synthWithPack(app), 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });

  test.each([
    ['a parameter', (s: Stack) => new CfnParameter(s, 'P', { type: 'String' }).valueAsString],
    ['an import', () => Fn.importValue('EncryptionPolicy')],
    ['Fn::Join (a policy built from tokens)', () => Fn.join('', ['{"Rules":[],"AWSOwnedKey":false,"KmsARN":"', Fn.importValue('K'), '"}'])],
  ])('token: a policy behind %s is unverifiable', (_what, make) => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::OpenSearchServerless::SecurityPolicy', properties: { Name: 'raw', Type: 'encryption', Policy: make(s) } });
    expectFinding(synthWithPack(app), 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey', 'S/Raw', { unverifiable: true });
  });
});
