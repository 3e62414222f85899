// Every construct takes its key the same way: `encryptionKey`, any `kms.IKey` (a PhiKey or a plain kms.Key), exposed
// back as `encryptionKey`, with the key policy statements the construct needs added to the key it was given.
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import {
  ClinicalImageBucket, ClinicVpnEndpoint, EhrDatabase, EncryptionAlarms, PhiAuditTrail, PhiBackupVault, PhiKey, PhiNetwork, PhiWebAcl, TlsLoadBalancer,
} from '../../lib';
import { expectDermaShieldError } from '../support/errors';

const ENV = { account: '111122223333', region: 'us-east-1' };

interface WithKey { readonly encryptionKey: kms.IKey }
type Build = (stack: Stack, vpc: ec2.IVpc, encryptionKey: kms.IKey | undefined) => WithKey;

/** Each construct, the key policy statement Sids it must add to a key it is given, and its AWS-managed-key error code. */
const CONSTRUCTS: Array<[string, Build, string[], string]> = [
  ['ClinicalImageBucket', (s, _, encryptionKey) => new ClinicalImageBucket(s, 'C', { encryptionKey }), [], 'ClinicalImageBucketAwsManagedKey'],
  ['EhrDatabase', (s, vpc, encryptionKey) => new EhrDatabase(s, 'C', { vpc, encryptionKey }), ['AllowCloudWatchLogsInThisAccount'], 'EhrDatabaseAwsManagedKey'],
  ['PhiBackupVault', (s, _, encryptionKey) => new PhiBackupVault(s, 'C', { encryptionKey }), [], 'PhiBackupVaultAwsManagedKey'],
  ['PhiNetwork', (s, _, encryptionKey) => new PhiNetwork(s, 'C', { encryptionKey }), ['AllowCloudWatchLogsInThisAccount'], 'PhiNetworkAwsManagedKey'],
  ['TlsLoadBalancer', (s, vpc, encryptionKey) => new TlsLoadBalancer(s, 'C', {
    vpc, certificates: [new acm.Certificate(s, 'Cert', { domainName: 'portal.example.com' })], encryptionKey,
  }), ['AllowCloudWatchLogsInThisAccount'], 'TlsLoadBalancerAwsManagedKey'],
  ['PhiWebAcl', (s, _, encryptionKey) => new PhiWebAcl(s, 'C', { encryptionKey }), ['AllowCloudWatchLogsInThisAccount'], 'PhiWebAclAwsManagedKey'],
  ['ClinicVpnEndpoint', (s, vpc, encryptionKey) => new ClinicVpnEndpoint(s, 'C', {
    vpc, cidr: '10.100.0.0/22', encryptionKey,
    serverCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555',
    samlProviderArn: 'arn:aws:iam::111122223333:saml-provider/PracticeIdP',
  }), ['AllowCloudWatchLogsInThisAccount'], 'ClinicVpnEndpointAwsManagedKey'],
  ['PhiAuditTrail', (s, _, encryptionKey) => new PhiAuditTrail(s, 'C', { encryptionKey }),
    ['AllowCloudWatchLogsInThisAccount', 'AllowCloudTrailToEncryptLogs', 'AllowCloudTrailToDescribeKeyAndUseBucketKey'], 'PhiAuditTrailAwsManagedKey'],
  ['EncryptionAlarms', (s, _, encryptionKey) => new EncryptionAlarms(s, 'C', { trailLogGroup: new logs.LogGroup(s, 'Trail'), encryptionKey }),
    ['Alloweventsamazonawscom', 'Allowcloudwatchamazonawscom'], 'EncryptionAlarmsAwsManagedKey'],
];

function setup() {
  const stack = new Stack(new App(), 'S', { env: ENV });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  return { stack, vpc };
}

function keyCount(stack: Stack): number {
  return Object.keys(Template.fromStack(stack).findResources('AWS::KMS::Key')).length;
}

/** How many keys the construct makes of its own when it is not given one (the main key plus any others it always makes). */
function ownKeys(build: Build): number {
  const { stack, vpc } = setup();
  build(stack, vpc, undefined);
  return keyCount(stack);
}

function sidsOf(stack: Stack, key: kms.Key): string[] {
  const resource = Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(key.node.defaultChild as kms.CfnKey)];
  return resource.Properties.KeyPolicy.Statement.map((s: { Sid?: string }) => s.Sid).filter(Boolean);
}

describe.each(CONSTRUCTS)('%s: encryptionKey', (_, build, sids, awsManagedCode) => {
  test('a plain kms.Key is used as given, exposed as encryptionKey, gets the statements the construct needs, and no key of its own is made', () => {
    const { stack, vpc } = setup();
    const key = new kms.Key(stack, 'Given', { enableKeyRotation: true });
    const construct = build(stack, vpc, key);
    expect(construct.encryptionKey).toBe(key);
    expect(sidsOf(stack, key)).toEqual(expect.arrayContaining(sids));
    expect(keyCount(stack)).toBe(ownKeys(build));
  });

  test('a PhiKey is used as given (it is a kms.IKey) and gets the same statements', () => {
    const { stack, vpc } = setup();
    const key = new PhiKey(stack, 'Given', { domain: 'given' });
    const construct = build(stack, vpc, key);
    expect(construct.encryptionKey).toBe(key);
    expect(sidsOf(stack, key.key)).toEqual(expect.arrayContaining(sids));
    expect(keyCount(stack)).toBe(ownKeys(build));
  });

  test('without one, the construct makes its own PhiKey and exposes it', () => {
    const { stack, vpc } = setup();
    const construct = build(stack, vpc, undefined);
    expect(PhiKey.isPhiKey(construct.encryptionKey)).toBe(true);
    expect(construct.encryptionKey.node.scope).toBe(construct);
  });

  test.each([
    ['an AWS-managed alias', (stack: Stack) => kms.Alias.fromAliasName(stack, 'Managed', 'alias/aws/s3'), 'alias/aws/s3'],
    ['an AWS-managed key by alias ARN', (stack: Stack) => kms.Key.fromKeyArn(stack, 'Managed', 'arn:aws:kms:us-east-1:111122223333:alias/aws/logs'), 'alias/aws/logs'],
  ])('%s is rejected at construction, naming the prop and the key', (__, make, name) => {
    const { stack, vpc } = setup();
    expectDermaShieldError(() => build(stack, vpc, make(stack)), awsManagedCode, new RegExp(`encryptionKey \\S*${name.replace(/\//g, '\\/')} is an AWS-managed key`));
  });
});

// KMS alias names are unique per account and Region: constructs a practice may have twice in one stack give the keys
// they make for themselves an alias of their own (CloudFormation validation reports E3019 otherwise).
test.each([
  ['ClinicalImageBucket', (s: Stack, _: ec2.IVpc, id: string) => new ClinicalImageBucket(s, id)],
  ['PhiBackupVault', (s: Stack, _: ec2.IVpc, id: string) => new PhiBackupVault(s, id)],
  ['EhrDatabase', (s: Stack, vpc: ec2.IVpc, id: string) => new EhrDatabase(s, id, { vpc })],
  ['ClinicVpnEndpoint', (s: Stack, vpc: ec2.IVpc, id: string) => new ClinicVpnEndpoint(s, id, {
    vpc, cidr: id === 'A' ? '10.100.0.0/22' : '10.104.0.0/22',
    serverCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555',
    samlProviderArn: 'arn:aws:iam::111122223333:saml-provider/PracticeIdP',
  })],
  ['PhiWebAcl', (s: Stack, _: ec2.IVpc, id: string) => new PhiWebAcl(s, id)],
])('two %s in one stack: every key alias they make is distinct', (_, make) => {
  const { stack, vpc } = setup();
  make(stack, vpc, 'A');
  make(stack, vpc, 'B');
  const aliases = Object.values<any>(Template.fromStack(stack).findResources('AWS::KMS::Alias')).map((a) => a.Properties.AliasName);
  expect(aliases.length).toBeGreaterThanOrEqual(2);
  expect(new Set(aliases).size).toBe(aliases.length);
});
