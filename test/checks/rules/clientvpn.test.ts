/**
 * The Client VPN rules (DS-VPN-1 to DS-VPN-6), each judged on the effective template: aws-cdk-lib L2, escape hatches,
 * raw CfnResources and deploy-time tokens.
 */
import { App, CfnCondition, CfnParameter, CfnResource, Fn, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeRule, DermaShieldChecks } from '../../../lib';
import { expectFinding, expectNoFinding, findingsOf, synthWithPack, testApp } from '../../support/harness';

const SERVER_CERT = 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555';
const CLIENT_CERT = 'arn:aws:acm:us-east-1:111122223333:certificate/66666666-7777-8888-9999-000000000000';
const SAML_ARN = 'arn:aws:iam::111122223333:saml-provider/PracticeIdP';
const VPN_TYPE = 'AWS::EC2::ClientVpnEndpoint';
const RULE_TYPE = 'AWS::EC2::ClientVpnAuthorizationRule';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  // An imported VPC keeps the template to the VPN resources under test.
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    vpcCidrBlock: '10.0.0.0/16',
    availabilityZones: ['us-east-1a'],
    privateSubnetIds: ['subnet-0123456789abcdef0'],
  });
  return { app, s, vpc };
}

function federated(s: Stack, id: string) {
  return ec2.ClientVpnUserBasedAuthentication.federated(iam.SamlProvider.fromSamlProviderArn(s, `${id}Saml`, SAML_ARN));
}

/** An aws-cdk-lib ClientVpnEndpoint configured to satisfy every DS-VPN control. */
function compliantL2(s: Stack, vpc: ec2.IVpc, id = 'Vpn', props: Partial<ec2.ClientVpnEndpointProps> = {}) {
  const key = new kms.Key(s, `${id}Key`, { enableKeyRotation: true });
  const logGroup = new logs.LogGroup(s, `${id}Logs`, { encryptionKey: key });
  const endpoint = new ec2.ClientVpnEndpoint(s, id, {
    vpc,
    cidr: '10.100.0.0/22',
    serverCertificateArn: SERVER_CERT,
    userBasedAuthentication: federated(s, id),
    logGroup,
    sessionTimeout: ec2.ClientVpnSessionTimeout.EIGHT_HOURS,
    clientLoginBanner: 'Authorized use only. This network carries ePHI and is monitored.',
    authorizeAllUsersToVpcCidr: false,
    selfServicePortal: false,
    ...props,
  });
  return { endpoint, logGroup, cfn: endpoint.node.defaultChild as ec2.CfnClientVpnEndpoint };
}

/** Minimal raw endpoint properties; callers add what they test. */
function rawProps(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    ClientCidrBlock: '10.100.0.0/22',
    ServerCertificateArn: SERVER_CERT,
    ...extra,
  };
}

const ALL_VPN_RULES = [
  'ClientVpnConnectionLogging', 'ClientVpnFederatedAuth', 'ClientVpnSessionTimeout', 'ClientVpnLoginBanner',
  'ClientVpnNoAuthorizeAll', 'ClientVpnSplitTunnel',
];

describe('a compliant aws-cdk-lib ClientVpnEndpoint', () => {
  test('raises no Client VPN finding', () => {
    const { app, s, vpc } = stack();
    const { endpoint } = compliantL2(s, vpc);
    endpoint.addAuthorizationRule('Clinicians', { cidr: '10.0.0.0/16', groupId: 'clinicians' });
    const result = synthWithPack(app);
    for (const rule of ALL_VPN_RULES) expectNoFinding(result, rule);
  });
});

describe('DermaShield-ClientVpnConnectionLogging', () => {
  test('compliant: logs to a log group (Ref) encrypted with a key defined in the app', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc);
    expectNoFinding(synthWithPack(app), 'ClientVpnConnectionLogging');
  });

  test('compliant: a literal log group name matched to a CMK-encrypted log group in the same template', () => {
    const { app, s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    new logs.LogGroup(s, 'Named', { logGroupName: '/clinic/vpn', encryptionKey: key });
    new CfnResource(s, 'Raw', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: '/clinic/vpn' } }) });
    expectNoFinding(synthWithPack(app), 'ClientVpnConnectionLogging');
  });

  test('non-compliant: aws-cdk-lib default log group (no KmsKeyId)', () => {
    const { app, s, vpc } = stack();
    new ec2.ClientVpnEndpoint(s, 'Vpn', { vpc, cidr: '10.100.0.0/22', serverCertificateArn: SERVER_CERT, userBasedAuthentication: federated(s, 'Vpn') });
    const f = expectFinding(synthWithPack(app), 'ClientVpnConnectionLogging', 'S/Vpn/Resource');
    expect(f.description).toContain('[DS-VPN-1]');
    expect(f.description).toContain('164.312(b)');
    expect(f.description).toMatch(/log group VpnLogGroup\w* has no KmsKeyId/);
  });

  test('non-compliant: logging: false', () => {
    const { app, s, vpc } = stack();
    new ec2.ClientVpnEndpoint(s, 'Vpn', { vpc, cidr: '10.100.0.0/22', serverCertificateArn: SERVER_CERT, userBasedAuthentication: federated(s, 'Vpn'), logging: false });
    expect(expectFinding(synthWithPack(app), 'ClientVpnConnectionLogging', 'S/Vpn/Resource').description)
      .toContain('ConnectionLogOptions.Enabled is false');
  });

  test('escape hatch: logging turned off by addPropertyOverride after the L2 set it', () => {
    const { app, s, vpc } = stack();
    const { cfn } = compliantL2(s, vpc);
    cfn.addPropertyOverride('ConnectionLogOptions.Enabled', false);
    expectFinding(synthWithPack(app), 'ClientVpnConnectionLogging', 'S/Vpn/Resource');
  });

  test('escape hatch: the log group key removed by addPropertyDeletionOverride', () => {
    const { app, s, vpc } = stack();
    const { logGroup } = compliantL2(s, vpc);
    (logGroup.node.defaultChild as logs.CfnLogGroup).addPropertyDeletionOverride('KmsKeyId');
    expect(expectFinding(synthWithPack(app), 'ClientVpnConnectionLogging', 'S/Vpn/Resource').description).toContain('has no KmsKeyId');
  });

  test('escape hatch: the log group name deleted from the endpoint', () => {
    const { app, s, vpc } = stack();
    const { cfn } = compliantL2(s, vpc);
    cfn.addPropertyDeletionOverride('ConnectionLogOptions.CloudwatchLogGroup');
    expect(expectFinding(synthWithPack(app), 'ClientVpnConnectionLogging', 'S/Vpn/Resource').description)
      .toContain('CloudwatchLogGroup is not set');
  });

  test('raw CfnResource: no options, an ARN instead of a name, a name not in the template', () => {
    const { app, s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    const lg = new logs.LogGroup(s, 'LG', { encryptionKey: key });
    new CfnResource(s, 'NoOptions', { type: VPN_TYPE, properties: rawProps({}) });
    new CfnResource(s, 'ByArn', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: lg.logGroupArn } }) });
    new CfnResource(s, 'Elsewhere', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: 'true', CloudwatchLogGroup: '/other/team' } }) });
    new CfnResource(s, 'RawOk', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: 'true', CloudwatchLogGroup: lg.logGroupName } }) });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'ClientVpnConnectionLogging', 'S/NoOptions').description).toContain('Enabled is not set');
    expect(expectFinding(result, 'ClientVpnConnectionLogging', 'S/ByArn').description).toContain('not an attribute such as its ARN');
    expect(expectFinding(result, 'ClientVpnConnectionLogging', 'S/Elsewhere', { unverifiable: true }).description)
      .toContain('"/other/team" names no log group defined in this template');
    expectNoFinding(result, 'ClientVpnConnectionLogging', 'S/RawOk');
  });

  test('token: Enabled from a parameter, a log group name from an import, a key from a parameter are unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Logging', { type: 'String', allowedValues: ['true', 'false'] });
    const keyArn = new CfnParameter(s, 'KeyArn', { type: 'String' });
    const lg = new logs.LogGroup(s, 'LG', { encryptionKey: kms.Key.fromKeyArn(s, 'PKey', keyArn.valueAsString) });
    new CfnResource(s, 'ByParam', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: p.valueAsString, CloudwatchLogGroup: lg.logGroupName } }) });
    new CfnResource(s, 'ByImport', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: Fn.importValue('SharedVpnLogs') } }) });
    new CfnResource(s, 'KeyParam', { type: VPN_TYPE, properties: rawProps({ ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: lg.logGroupName } }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnConnectionLogging', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'ClientVpnConnectionLogging', 'S/ByImport', { unverifiable: true });
    expect(expectFinding(result, 'ClientVpnConnectionLogging', 'S/KeyParam', { unverifiable: true }).description).toContain('KmsKeyId');
    expect(findingsOf(result.findings, 'ClientVpnConnectionLogging')).toHaveLength(0);
  });
});

describe('DermaShield-ClientVpnFederatedAuth', () => {
  test('compliant: SAML federation, alone or alongside mutual certificates', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Saml');
    compliantL2(s, vpc, 'Both', { clientCertificateArn: CLIENT_CERT, cidr: '10.104.0.0/22' });
    expectNoFinding(synthWithPack(app), 'ClientVpnFederatedAuth');
  });

  test('non-compliant: certificate-only and Active Directory-only authentication', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Cert', { userBasedAuthentication: undefined, clientCertificateArn: CLIENT_CERT });
    compliantL2(s, vpc, 'Ad', { userBasedAuthentication: ec2.ClientVpnUserBasedAuthentication.activeDirectory('d-1234567890'), cidr: '10.104.0.0/22' });
    const result = synthWithPack(app);
    const cert = expectFinding(result, 'ClientVpnFederatedAuth', 'S/Cert/Resource');
    expect(cert.description).toContain('[DS-VPN-2]');
    expect(cert.description).toContain('164.312(d)');
    expect(cert.description).toContain('AuthenticationOptions uses certificate-authentication, with no federated-authentication');
    expect(expectFinding(result, 'ClientVpnFederatedAuth', 'S/Ad/Resource').description).toContain('directory-service-authentication');
  });

  test('escape hatch: federation replaced by addPropertyOverride after the L2 set it', () => {
    const { app, s, vpc } = stack();
    const { cfn } = compliantL2(s, vpc);
    cfn.addPropertyOverride('AuthenticationOptions', [
      { Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChainArn: CLIENT_CERT } },
    ]);
    expectFinding(synthWithPack(app), 'ClientVpnFederatedAuth', 'S/Vpn/Resource');
  });

  test('escape hatch: the SAML provider deleted by addPropertyDeletionOverride', () => {
    const { app, s, vpc } = stack();
    const { cfn } = compliantL2(s, vpc);
    cfn.addPropertyDeletionOverride('AuthenticationOptions.0.FederatedAuthentication.SAMLProviderArn');
    expect(expectFinding(synthWithPack(app), 'ClientVpnFederatedAuth', 'S/Vpn/Resource').description)
      .toContain('without FederatedAuthentication.SAMLProviderArn');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s } = stack();
    new CfnResource(s, 'RawCert', { type: VPN_TYPE, properties: rawProps({ AuthenticationOptions: [{ Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChainArn: CLIENT_CERT } }] }) });
    new CfnResource(s, 'RawNone', { type: VPN_TYPE, properties: rawProps({}) });
    new CfnResource(s, 'RawOk', { type: VPN_TYPE, properties: rawProps({ AuthenticationOptions: [{ Type: 'federated-authentication', FederatedAuthentication: { SAMLProviderArn: SAML_ARN } }] }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnFederatedAuth', 'S/RawCert');
    expect(expectFinding(result, 'ClientVpnFederatedAuth', 'S/RawNone').description).toContain('AuthenticationOptions is empty');
    expectNoFinding(result, 'ClientVpnFederatedAuth', 'S/RawOk');
  });

  test('token: the options list behind Fn::If, or a Type from a parameter, is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'AuthType', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'saml') });
    const saml = [{ Type: 'federated-authentication', FederatedAuthentication: { SAMLProviderArn: SAML_ARN } }];
    const cert = [{ Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChainArn: CLIENT_CERT } }];
    new CfnResource(s, 'ByIf', { type: VPN_TYPE, properties: rawProps({ AuthenticationOptions: Fn.conditionIf(cond.logicalId, saml, cert) }) });
    new CfnResource(s, 'ByParam', { type: VPN_TYPE, properties: rawProps({ AuthenticationOptions: [{ ...cert[0], Type: p.valueAsString }] }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnFederatedAuth', 'S/ByIf', { unverifiable: true });
    expectFinding(result, 'ClientVpnFederatedAuth', 'S/ByParam', { unverifiable: true });
  });

  test('a written acknowledgement moves the finding to the audit trail', () => {
    const { app, s, vpc } = stack();
    const { endpoint } = compliantL2(s, vpc, 'Cert', { userBasedAuthentication: undefined, clientCertificateArn: CLIENT_CERT });
    acknowledgeRule(endpoint, 'ClientVpnFederatedAuth', 'Break-glass endpoint for the IT contractor; certificates on managed laptops, reviewed monthly.');
    const result = synthWithPack(app);
    expectNoFinding(result, 'ClientVpnFederatedAuth');
    expect(findingsOf(result.acknowledged, 'ClientVpnFederatedAuth')[0].reason).toContain('Break-glass');
  });
});

describe('DermaShield-ClientVpnSessionTimeout', () => {
  test.each([
    [8, false], [10, false], [12, false], [24, true],
  ])('SessionTimeoutHours %d -> finding: %s', (hours, expected) => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Vpn', { sessionTimeout: hours as ec2.ClientVpnSessionTimeout });
    const result = synthWithPack(app);
    if (expected) {
      expect(expectFinding(result, 'ClientVpnSessionTimeout', 'S/Vpn/Resource').description).toContain(`SessionTimeoutHours is ${hours}, above 12`);
    } else {
      expectNoFinding(result, 'ClientVpnSessionTimeout');
    }
  });

  test('non-compliant: aws-cdk-lib default (omitted, so 24 hours)', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Vpn', { sessionTimeout: undefined });
    const f = expectFinding(synthWithPack(app), 'ClientVpnSessionTimeout', 'S/Vpn/Resource');
    expect(f.description).toContain('[DS-VPN-3]');
    expect(f.description).toContain('164.312(a)(2)(iii)');
    expect(f.description).toContain('SessionTimeoutHours is not set (the default is 24 hours)');
  });

  test('non-compliant: disconnectOnSessionTimeout false; true and omitted pass', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Reconnect', { disconnectOnSessionTimeout: false });
    compliantL2(s, vpc, 'Disconnect', { disconnectOnSessionTimeout: true, cidr: '10.104.0.0/22' });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'ClientVpnSessionTimeout', 'S/Reconnect/Resource').description).toContain('DisconnectOnSessionTimeout is false');
    expectNoFinding(result, 'ClientVpnSessionTimeout', 'S/Disconnect');
    expectNoFinding(result, 'ClientVpnSessionTimeout', 'S/Vpn');
  });

  test('escape hatch: timeout raised, or deleted, after the L2 set 8 hours', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Raised').cfn.addPropertyOverride('SessionTimeoutHours', 24);
    compliantL2(s, vpc, 'Deleted', { cidr: '10.104.0.0/22' }).cfn.addPropertyDeletionOverride('SessionTimeoutHours');
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnSessionTimeout', 'S/Raised/Resource');
    expectFinding(result, 'ClientVpnSessionTimeout', 'S/Deleted/Resource');
  });

  test('raw CfnResource: numeric strings are read as CloudFormation does', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw24', { type: VPN_TYPE, properties: rawProps({ SessionTimeoutHours: '24' }) });
    new CfnResource(s, 'Raw12', { type: VPN_TYPE, properties: rawProps({ SessionTimeoutHours: '12', DisconnectOnSessionTimeout: 'true' }) });
    new CfnResource(s, 'RawReconnect', { type: VPN_TYPE, properties: rawProps({ SessionTimeoutHours: 8, DisconnectOnSessionTimeout: 'false' }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnSessionTimeout', 'S/Raw24');
    expectNoFinding(result, 'ClientVpnSessionTimeout', 'S/Raw12');
    expectFinding(result, 'ClientVpnSessionTimeout', 'S/RawReconnect');
  });

  test('token: a parameter or an import is unverifiable, never a pass', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Hours', { type: 'Number', allowedValues: ['8', '10', '12', '24'] });
    new CfnResource(s, 'ByParam', { type: VPN_TYPE, properties: rawProps({ SessionTimeoutHours: p.valueAsNumber }) });
    new CfnResource(s, 'ByImport', { type: VPN_TYPE, properties: rawProps({ SessionTimeoutHours: 8, DisconnectOnSessionTimeout: Fn.importValue('Disconnect') }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnSessionTimeout', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'ClientVpnSessionTimeout', 'S/ByImport', { unverifiable: true });
  });
});

describe('DermaShield-ClientVpnLoginBanner', () => {
  test('compliant: clientLoginBanner set', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc);
    expectNoFinding(synthWithPack(app), 'ClientVpnLoginBanner');
  });

  test('non-compliant: aws-cdk-lib default (no banner)', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Vpn', { clientLoginBanner: undefined });
    const f = expectFinding(synthWithPack(app), 'ClientVpnLoginBanner', 'S/Vpn/Resource');
    expect(f.description).toContain('[DS-VPN-4]');
    expect(f.description).toContain('ClientLoginBannerOptions is not set');
  });

  test('escape hatch: banner disabled, or its text emptied, after the L2 set it', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Off').cfn.addPropertyOverride('ClientLoginBannerOptions.Enabled', false);
    compliantL2(s, vpc, 'Empty', { cidr: '10.104.0.0/22' }).cfn.addPropertyDeletionOverride('ClientLoginBannerOptions.BannerText');
    const result = synthWithPack(app);
    expect(expectFinding(result, 'ClientVpnLoginBanner', 'S/Off/Resource').description).toContain('Enabled is false');
    expect(expectFinding(result, 'ClientVpnLoginBanner', 'S/Empty/Resource').description).toContain('BannerText is empty');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Blank', { type: VPN_TYPE, properties: rawProps({ ClientLoginBannerOptions: { Enabled: true, BannerText: '   ' } }) });
    new CfnResource(s, 'RawOk', { type: VPN_TYPE, properties: rawProps({ ClientLoginBannerOptions: { Enabled: 'true', BannerText: 'Authorized use only.' } }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnLoginBanner', 'S/Blank');
    expectNoFinding(result, 'ClientVpnLoginBanner', 'S/RawOk');
  });

  test('token: Enabled behind Fn::If, or the text from an import, is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Env', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'prod') });
    new CfnResource(s, 'ByIf', { type: VPN_TYPE, properties: rawProps({ ClientLoginBannerOptions: { Enabled: Fn.conditionIf(cond.logicalId, true, false), BannerText: 'x' } }) });
    new CfnResource(s, 'ByImport', { type: VPN_TYPE, properties: rawProps({ ClientLoginBannerOptions: { Enabled: true, BannerText: Fn.importValue('BannerText') } }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnLoginBanner', 'S/ByIf', { unverifiable: true });
    expectFinding(result, 'ClientVpnLoginBanner', 'S/ByImport', { unverifiable: true });
  });
});

describe('DermaShield-ClientVpnNoAuthorizeAll', () => {
  test('compliant: one rule per group and destination', () => {
    const { app, s, vpc } = stack();
    const { endpoint } = compliantL2(s, vpc);
    endpoint.addAuthorizationRule('Clinicians', { cidr: '10.0.16.0/20', groupId: 'clinicians' });
    endpoint.addAuthorizationRule('Billing', { cidr: '10.0.32.0/24', groupId: 'billing' });
    expectNoFinding(synthWithPack(app), 'ClientVpnNoAuthorizeAll');
  });

  test('non-compliant: aws-cdk-lib default authorizeAllUsersToVpcCidr, and addAuthorizationRule without groupId', () => {
    const { app, s, vpc } = stack();
    const { endpoint } = compliantL2(s, vpc, 'Vpn', { authorizeAllUsersToVpcCidr: undefined });
    endpoint.addAuthorizationRule('NoGroup', { cidr: '10.0.16.0/20' });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'ClientVpnNoAuthorizeAll', 'S/Vpn/AuthorizeAll/Resource');
    expect(f.description).toContain('[DS-VPN-5]');
    expect(f.description).toContain('164.312(a)(1)');
    expect(f.description).toContain('AuthorizeAllGroups is true');
    expectFinding(result, 'ClientVpnNoAuthorizeAll', 'S/Vpn/NoGroup/Resource');
  });

  test('escape hatch: AuthorizeAllGroups set, or the group deleted, after the L2 named a group', () => {
    const { app, s, vpc } = stack();
    const { endpoint } = compliantL2(s, vpc);
    const all = endpoint.addAuthorizationRule('All', { cidr: '10.0.16.0/20', groupId: 'clinicians' });
    (all.node.defaultChild as ec2.CfnClientVpnAuthorizationRule).addPropertyOverride('AuthorizeAllGroups', true);
    const none = endpoint.addAuthorizationRule('None', { cidr: '10.0.32.0/24', groupId: 'billing' });
    (none.node.defaultChild as ec2.CfnClientVpnAuthorizationRule).addPropertyDeletionOverride('AccessGroupId');
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnNoAuthorizeAll', 'S/Vpn/All/Resource');
    expect(expectFinding(result, 'ClientVpnNoAuthorizeAll', 'S/Vpn/None/Resource').description).toContain('AccessGroupId is not set');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s } = stack();
    new CfnResource(s, 'RawAll', { type: RULE_TYPE, properties: { ClientVpnEndpointId: 'cvpn-endpoint-1', TargetNetworkCidr: '10.0.0.0/16', AuthorizeAllGroups: 'true' } });
    new CfnResource(s, 'RawOk', { type: RULE_TYPE, properties: { ClientVpnEndpointId: 'cvpn-endpoint-1', TargetNetworkCidr: '10.0.0.0/16', AccessGroupId: 'clinicians' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnNoAuthorizeAll', 'S/RawAll');
    expectNoFinding(result, 'ClientVpnNoAuthorizeAll', 'S/RawOk');
  });

  test('token: AuthorizeAllGroups from a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'All', { type: 'String', allowedValues: ['true', 'false'] });
    new CfnResource(s, 'ByParam', { type: RULE_TYPE, properties: { ClientVpnEndpointId: 'cvpn-endpoint-1', TargetNetworkCidr: '10.0.0.0/16', AccessGroupId: 'g', AuthorizeAllGroups: p.valueAsString } });
    expectFinding(synthWithPack(app), 'ClientVpnNoAuthorizeAll', 'S/ByParam', { unverifiable: true });
  });
});

describe('DermaShield-ClientVpnSplitTunnel', () => {
  test('compliant: omitted (off by default) or false', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Default');
    compliantL2(s, vpc, 'Off', { splitTunnel: false, cidr: '10.104.0.0/22' });
    expectNoFinding(synthWithPack(app), 'ClientVpnSplitTunnel');
  });

  test('non-compliant: splitTunnel true', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Vpn', { splitTunnel: true });
    const f = expectFinding(synthWithPack(app), 'ClientVpnSplitTunnel', 'S/Vpn/Resource');
    expect(f.description).toContain('[DS-VPN-6]');
    expect(f.description).toContain('SplitTunnel is true');
  });

  test('escape hatch: split tunnel turned on by addPropertyOverride after the L2 set it off', () => {
    const { app, s, vpc } = stack();
    compliantL2(s, vpc, 'Vpn', { splitTunnel: false }).cfn.addPropertyOverride('SplitTunnel', true);
    expectFinding(synthWithPack(app), 'ClientVpnSplitTunnel', 'S/Vpn/Resource');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: VPN_TYPE, properties: rawProps({ SplitTunnel: 'true' }) });
    new CfnResource(s, 'RawOk', { type: VPN_TYPE, properties: rawProps({ SplitTunnel: 'false' }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ClientVpnSplitTunnel', 'S/Raw');
    expectNoFinding(result, 'ClientVpnSplitTunnel', 'S/RawOk');
  });

  test('token: a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Split', { type: 'String', allowedValues: ['true', 'false'] });
    new CfnResource(s, 'ByParam', { type: VPN_TYPE, properties: rawProps({ SplitTunnel: p.valueAsString }) });
    expectFinding(synthWithPack(app), 'ClientVpnSplitTunnel', 'S/ByParam', { unverifiable: true });
  });

  test('acknowledged: the finding is kept with its reason', () => {
    const { app, s, vpc } = stack();
    const { endpoint } = compliantL2(s, vpc, 'Vpn', { splitTunnel: true });
    acknowledgeRule(endpoint, 'ClientVpnSplitTunnel', 'Video visits stay off the tunnel; EHR reachable only through it.');
    const result = synthWithPack(app);
    expectNoFinding(result, 'ClientVpnSplitTunnel');
    expect(findingsOf(result.acknowledged, 'ClientVpnSplitTunnel')[0].reason).toContain('Video visits');
  });
});

describe('aws-cdk-lib ClientVpnEndpoint fails synthesis (issue 7 done-when)', () => {
  function failingSynth(build: (s: Stack, vpc: ec2.IVpc) => void): string {
    // A plain App: failSynthOnValidationErrors is on, as in a user's `cdk synth`.
    const app = new App({ outdir: testApp().outdir });
    const s = new Stack(app, 'S');
    const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
      vpcId: 'vpc-0123456789abcdef0', vpcCidrBlock: '10.0.0.0/16', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-0123456789abcdef0'],
    });
    build(s, vpc);
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    try {
      app.synth();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected synthesis to fail');
  }

  test('with its defaults (SAML, nothing else set)', () => {
    const message = failingSynth((s, vpc) => new ec2.ClientVpnEndpoint(s, 'Vpn', {
      vpc, cidr: '10.100.0.0/22', serverCertificateArn: SERVER_CERT, userBasedAuthentication: federated(s, 'Vpn'),
    }));
    for (const rule of ['ClientVpnConnectionLogging', 'ClientVpnSessionTimeout', 'ClientVpnLoginBanner', 'ClientVpnNoAuthorizeAll']) {
      expect(message).toContain(`DermaShield-${rule}`);
    }
  });

  test('with logging off', () => {
    const message = failingSynth((s, vpc) => compliantL2(s, vpc, 'Vpn', { logging: false, logGroup: undefined }));
    expect(message).toContain('DermaShield-ClientVpnConnectionLogging');
  });

  test('with certificate-only authentication', () => {
    const message = failingSynth((s, vpc) => compliantL2(s, vpc, 'Vpn', { userBasedAuthentication: undefined, clientCertificateArn: CLIENT_CERT }));
    expect(message).toContain('DermaShield-ClientVpnFederatedAuth');
  });
});
