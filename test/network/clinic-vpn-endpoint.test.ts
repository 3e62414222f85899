import { CfnParameter, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { HIPAASecurityChecks } from 'cdk-nag';
import { PhiKey } from '../../lib/keys/phi-key';
import {
  ClinicVpnEndpoint, ClinicVpnEndpointProps, DEFAULT_CLINIC_VPN_LOGIN_BANNER,
} from '../../lib/network/clinic-vpn-endpoint';
import { expectNoFindings, findingsOf, synthWithPack, testApp } from '../support/harness';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';
import { expectDermaShieldError } from '../support/errors';

const SERVER_CERT = 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555';
const CLIENT_CERT = 'arn:aws:acm:us-east-1:111122223333:certificate/66666666-7777-8888-9999-000000000000';
const SAML_ARN = 'arn:aws:iam::111122223333:saml-provider/PracticeIdP';
const REASON = 'Break-glass access for the IT contractor; certificates live on managed laptops and are reviewed monthly.';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  // An imported VPC keeps the template (and the findings) to what the construct creates.
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    vpcCidrBlock: '10.0.0.0/16',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
  });
  return { app, s, vpc };
}

function vpn(s: Stack, vpc: ec2.IVpc, props: Partial<ClinicVpnEndpointProps> = {}, id = 'Vpn') {
  return new ClinicVpnEndpoint(s, id, { vpc, cidr: '10.100.0.0/22', serverCertificateArn: SERVER_CERT, samlProviderArn: SAML_ARN, ...props });
}

function template(props: Partial<ClinicVpnEndpointProps> = {}) {
  const { s, vpc } = stack();
  const endpoint = vpn(s, vpc, props);
  return { t: Template.fromStack(s), endpoint, s, vpc };
}

describe('ClinicVpnEndpoint', () => {
  describe('defaults', () => {
    test('SAML federation only, 8-hour sessions that disconnect, banner, no split tunnel, no portal, port 443', () => {
      const { t } = template();
      t.resourceCountIs('AWS::EC2::ClientVpnEndpoint', 1);
      t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', {
        AuthenticationOptions: [{ Type: 'federated-authentication', FederatedAuthentication: { SAMLProviderArn: SAML_ARN } }],
        ServerCertificateArn: SERVER_CERT,
        ClientCidrBlock: '10.100.0.0/22',
        SessionTimeoutHours: 8,
        DisconnectOnSessionTimeout: true,
        ClientLoginBannerOptions: { Enabled: true, BannerText: DEFAULT_CLINIC_VPN_LOGIN_BANNER },
        SplitTunnel: false,
        SelfServicePortal: 'disabled',
        VpnPort: 443,
      });
      expect(DEFAULT_CLINIC_VPN_LOGIN_BANNER.length).toBeLessThanOrEqual(1400);
      expect(DEFAULT_CLINIC_VPN_LOGIN_BANNER).toMatch(/ePHI/);
      expect(DEFAULT_CLINIC_VPN_LOGIN_BANNER).toMatch(/monitored/);
    });

    test('connection logs go to a retained log group, encrypted with a new PhiKey, kept a year', () => {
      const { t } = template();
      const groups = t.findResources('AWS::Logs::LogGroup');
      const [groupId] = Object.keys(groups);
      const keys = t.findResources('AWS::KMS::Key');
      const [keyId] = Object.keys(keys);
      expect(Object.keys(groups)).toHaveLength(1);
      expect(Object.keys(keys)).toHaveLength(1);
      t.hasResource('AWS::Logs::LogGroup', {
        Properties: { KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] }, RetentionInDays: 365 },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', {
        ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: { Ref: groupId } },
      });
      // The key lets CloudWatch Logs use it, scoped to log groups of this account.
      t.hasResourceProperties('AWS::KMS::Key', {
        EnableKeyRotation: true,
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowCloudWatchLogsInThisAccount' })]) },
      });
    });

    test('no authorization rule until a group is named (aws-cdk-lib authorize-all is off)', () => {
      const { t } = template();
      t.resourceCountIs('AWS::EC2::ClientVpnAuthorizationRule', 0);
      t.resourceCountIs('AWS::EC2::ClientVpnTargetNetworkAssociation', 2);
      expect(Object.keys(t.toJSON().Outputs ?? {}).filter((o) => o.includes('SelfServicePortal'))).toHaveLength(0);
    });

    test('the security group has no ingress and no outbound traffic until connections.allowTo opens it', () => {
      template().t.hasResourceProperties('AWS::EC2::SecurityGroup', {
        SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic' })],
        SecurityGroupIngress: Match.absent(),
      });
      const { s, vpc } = stack();
      const endpoint = vpn(s, vpc);
      const db = new ec2.SecurityGroup(s, 'Db', { vpc });
      endpoint.connections.allowTo(db, ec2.Port.tcp(5432), 'EHR database');
      const t = Template.fromStack(s);
      t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^VpnSecurityGroup'), 'GroupId'] }, FromPort: 5432, ToPort: 5432, IpProtocol: 'tcp',
      });
      t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', {
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^VpnSecurityGroup'), 'GroupId'] }],
      });
    });

    test('addAuthorization: one identity-provider group to one destination CIDR', () => {
      const { s, vpc } = stack();
      const endpoint = vpn(s, vpc);
      endpoint.addAuthorization('Clinicians', { groupId: 'clinicians', cidr: '10.0.16.0/20', description: 'EHR subnets' });
      Template.fromStack(s).hasResourceProperties('AWS::EC2::ClientVpnAuthorizationRule', {
        AccessGroupId: 'clinicians',
        AuthorizeAllGroups: false,
        TargetNetworkCidr: '10.0.16.0/20',
        Description: 'EHR subnets',
      });
    });

    test('mutual certificates alongside federation; a replaced banner; a stricter or equal timeout', () => {
      const { t } = template({
        clientCertificateArn: CLIENT_CERT,
        loginBanner: 'Smith Dermatology: authorized staff only. Activity is logged.',
        sessionTimeout: ec2.ClientVpnSessionTimeout.TWELVE_HOURS,
      });
      t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', {
        AuthenticationOptions: [
          { Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChainArn: CLIENT_CERT } },
          { Type: 'federated-authentication', FederatedAuthentication: { SAMLProviderArn: SAML_ARN } },
        ],
        ClientLoginBannerOptions: { Enabled: true, BannerText: 'Smith Dermatology: authorized staff only. Activity is logged.' },
        SessionTimeoutHours: 12,
      });
    });

    test('a supplied PhiKey encrypts the logs (no second key) and gets the CloudWatch Logs statement', () => {
      const { s, vpc } = stack();
      const key = new PhiKey(s, 'Logs', { domain: 'logs' });
      vpn(s, vpc, { encryptionKey: key, logRetention: logs.RetentionDays.SIX_YEARS });
      const t = Template.fromStack(s);
      t.resourceCountIs('AWS::KMS::Key', 1);
      t.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LogsKey'), 'Arn'] }, RetentionInDays: 2192 });
      t.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowCloudWatchLogsInThisAccount' })]) },
      });
    });

    test('two endpoints in one stack get distinct key aliases', () => {
      const { s, vpc } = stack();
      vpn(s, vpc, {}, 'Main');
      vpn(s, vpc, { cidr: '10.104.0.0/22' }, 'Satellite');
      const aliases = Object.values(Template.fromStack(s).findResources('AWS::KMS::Alias')).map((a: any) => a.Properties.AliasName);
      expect(aliases).toHaveLength(2);
      expect(new Set(aliases).size).toBe(2);
      for (const a of aliases) expect(a).toMatch(/^alias\/dermashield\/vpn-logs\//);
    });

    test('splitTunnelReason turns split tunnel on', () => {
      template({ splitTunnelReason: REASON }).t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', { SplitTunnel: true });
    });

    test('certificate-only with a written reason: mutual authentication alone', () => {
      template({ samlProviderArn: undefined, clientCertificateArn: CLIENT_CERT, certificateOnlyReason: REASON }).t
        .hasResourceProperties('AWS::EC2::ClientVpnEndpoint', {
          AuthenticationOptions: [{ Type: 'certificate-authentication', MutualAuthentication: { ClientRootCertificateChainArn: CLIENT_CERT } }],
        });
    });
  });

  describe('validation', () => {
    function expectError(props: Partial<ClinicVpnEndpointProps>, code: string, message: RegExp) {
      const { s, vpc } = stack();
      expectDermaShieldError(() => vpn(s, vpc, props), code, message);
      // Validated before any child was created.
      expect(s.node.tryFindChild('Vpn')?.node.children ?? []).toHaveLength(0);
    }

    test('SAML federation is required without a written certificate-only reason', () => {
      expectError({ samlProviderArn: undefined, clientCertificateArn: CLIENT_CERT }, 'ClinicVpnSamlRequired', /samlProviderArn is required.*MFA.*certificateOnlyReason/);
    });

    test.each([
      [ec2.ClientVpnSessionTimeout.TWENTY_FOUR_HOURS, /sessionTimeout 24 hours is not allowed; use 8, 10 or 12 hours/],
      [9 as ec2.ClientVpnSessionTimeout, /sessionTimeout 9 hours is not allowed/],
    ])('sessionTimeout %d throws', (sessionTimeout, message) => {
      expectError({ sessionTimeout }, 'ClinicVpnSessionTimeout', message);
    });

    test.each([
      ec2.ClientVpnSessionTimeout.EIGHT_HOURS, ec2.ClientVpnSessionTimeout.TEN_HOURS, ec2.ClientVpnSessionTimeout.TWELVE_HOURS,
    ])('sessionTimeout %d is accepted', (sessionTimeout) => {
      template({ sessionTimeout }).t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', { SessionTimeoutHours: sessionTimeout });
    });

    test.each([
      [logs.RetentionDays.TWO_WEEKS, true], [logs.RetentionDays.SIX_MONTHS, true], [logs.RetentionDays.ONE_YEAR, false],
      [logs.RetentionDays.THIRTEEN_MONTHS, false], [logs.RetentionDays.INFINITE, false],
    ])('logRetention %d days -> throws: %s', (logRetention, throws) => {
      if (throws) {
        expectError({ logRetention }, 'ClinicVpnLogRetention', new RegExp(`logRetention ${logRetention} days is below the allowed minimum of 365 days`));
      } else {
        const { t } = template({ logRetention });
        if (logRetention === logs.RetentionDays.INFINITE) t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.absent() });
        else t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: logRetention });
      }
    });

    test.each([
      ['empty', '', true], ['blank', '   ', true], ['1401 characters', 'x'.repeat(1401), true],
      ['1400 characters', 'x'.repeat(1400), false], ['a short notice', 'Authorized use only.', false],
    ])('loginBanner %s -> throws: %s', (_label, loginBanner, throws) => {
      if (throws) expectError({ loginBanner }, 'ClinicVpnLoginBanner', new RegExp(`loginBanner of ${loginBanner.length} characters is not allowed; use 1 to 1400`));
      else template({ loginBanner }).t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', { ClientLoginBannerOptions: { Enabled: true, BannerText: loginBanner } });
    });

    test.each([
      ['serverCertificateArn', 'arn:aws:iam::111122223333:server-certificate/vpn', /serverCertificateArn "arn:aws:iam::111122223333:server-certificate\/vpn" is not allowed; it must be an ACM certificate ARN/],
      ['clientCertificateArn', 'client.pem', /clientCertificateArn "client.pem" is not allowed; it must be an ACM certificate ARN/],
      ['samlProviderArn', 'arn:aws:iam::111122223333:oidc-provider/idp', /samlProviderArn ".*oidc-provider\/idp" is not allowed; it must be an IAM SAML provider ARN/],
    ])('%s must be the right kind of ARN', (prop, value, message) => {
      expectError({ [prop]: value }, 'ClinicVpnInvalidArn', message);
    });

    test('certificateOnlyReason: not with SAML, not too short, not without a client certificate', () => {
      expectError({ certificateOnlyReason: REASON, clientCertificateArn: CLIENT_CERT }, 'ClinicVpnCertificateOnlyReasonWithSaml', /certificateOnlyReason is only allowed without samlProviderArn/);
      expectError({ samlProviderArn: undefined, clientCertificateArn: CLIENT_CERT, certificateOnlyReason: 'legacy' }, 'ClinicVpnReasonTooShort', /certificateOnlyReason "legacy" is not allowed; write a reason of at least 20 characters/);
      expectError({ samlProviderArn: undefined, certificateOnlyReason: REASON }, 'ClinicVpnNoAuthentication', /certificateOnlyReason needs clientCertificateArn/);
    });

    test('splitTunnelReason must be a written reason', () => {
      expectError({ splitTunnelReason: 'video' }, 'ClinicVpnReasonTooShort', /splitTunnelReason "video" is not allowed; write a reason of at least 20 characters/);
    });

    test.each([
      ['10.100.0.0/22', false], ['10.96.0.0/12', false], ['10.100.0.0/24', true], ['10.0.0.0/11', true], ['10.100.0.300/22', true], ['vpn', true],
    ])('client cidr %s -> throws: %s', (cidr, throws) => {
      if (throws) expectError({ cidr }, 'ClinicVpnInvalidCidr', new RegExp(`cidr "${cidr}" is not allowed; use an IPv4 CIDR block from /12 to /22`));
      else template({ cidr }).t.hasResourceProperties('AWS::EC2::ClientVpnEndpoint', { ClientCidrBlock: cidr });
    });

    test('more than two DNS servers throws', () => {
      expectError({ dnsServers: ['10.0.0.2', '10.0.0.3', '10.0.0.4'] }, 'ClinicVpnDnsServers', /dnsServers has 3 entries; Client VPN allows at most 2/);
    });

    test('addAuthorization needs a group and a valid destination CIDR', () => {
      const { s, vpc } = stack();
      const endpoint = vpn(s, vpc);
      expect(() => endpoint.addAuthorization('All', { groupId: '', cidr: '10.0.0.0/16' }))
        .toThrow(/addAuthorization\('All'\): groupId "" is not allowed; name the identity-provider group/);
      expect(() => endpoint.addAuthorization('Bad', { groupId: 'billing', cidr: '10.0.0.0' }))
        .toThrow(/addAuthorization\('Bad'\): cidr "10.0.0.0" is not allowed; use an IPv4 CIDR block from \/0 to \/32/);
    });

    test('deploy-time values are left to the rule pack', () => {
      const { s, vpc } = stack();
      const cert = new CfnParameter(s, 'Cert', { type: 'String' });
      const provider = new iam.SamlProvider(s, 'Idp', { metadataDocument: iam.SamlMetadataDocument.fromXml('<xml/>') });
      vpn(s, vpc, { serverCertificateArn: cert.valueAsString, samlProviderArn: provider.samlProviderArn });
      Template.fromStack(s).hasResourceProperties('AWS::EC2::ClientVpnEndpoint', {
        ServerCertificateArn: { Ref: 'Cert' },
        AuthenticationOptions: [{ Type: 'federated-authentication', FederatedAuthentication: { SAMLProviderArn: { Ref: Match.stringLikeRegexp('^Idp') } } }],
      });
    });
  });

  describe('grants', () => {
    test('grantReadConnectionLogs lets a principal read the connection-log group', () => {
      const { s, vpc } = stack();
      const endpoint = vpn(s, vpc);
      const auditor = new iam.Role(s, 'Auditor', { assumedBy: new iam.AccountRootPrincipal() });
      endpoint.grantReadConnectionLogs(auditor);
      const t = Template.fromStack(s);
      const [groupId] = Object.keys(t.findResources('AWS::Logs::LogGroup'));
      t.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: Match.stringLikeRegexp('^Auditor') }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Action: Match.arrayWith(['logs:FilterLogEvents', 'logs:GetLogEvents']),
            Resource: Match.arrayWith([{ 'Fn::GetAtt': [groupId, 'Arn'] }]),
          })]),
        },
      });
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings', () => {
      const { app, s, vpc } = stack();
      vpn(s, vpc).addAuthorization('Clinicians', { groupId: 'clinicians', cidr: '10.0.16.0/20' });
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([]);
    });

    test('a stack with a ClinicVpnEndpoint passes with zero findings', () => {
      const { app, s, vpc } = stack();
      const endpoint = vpn(s, vpc);
      endpoint.addAuthorization('Clinicians', { groupId: 'clinicians', cidr: '10.0.16.0/20' });
      endpoint.addAuthorization('Billing', { groupId: 'billing', cidr: '10.0.32.0/24' });
      const result = synthWithPack(app);
      expectNoFindings(result);
      expect(result.acknowledged).toHaveLength(0);
    });

    test('certificate-only and split tunnel are acknowledged with the written reasons, nothing else', () => {
      const { app, s, vpc } = stack();
      vpn(s, vpc, { samlProviderArn: undefined, clientCertificateArn: CLIENT_CERT, certificateOnlyReason: REASON, splitTunnelReason: 'Video visits use the local internet; the EHR is reachable only through the tunnel.' });
      const result = synthWithPack(app);
      expectNoFindings(result);
      expect(findingsOf(result.acknowledged, 'ClientVpnFederatedAuth').map((f) => f.reason)).toEqual([REASON]);
      expect(findingsOf(result.acknowledged, 'ClientVpnSplitTunnel')[0].reason).toContain('Video visits');
      expect(result.acknowledged.map((f) => f.ruleId).sort()).toEqual(['DermaShield-ClientVpnFederatedAuth', 'DermaShield-ClientVpnSplitTunnel']);
    });

    function validatedApp() {
      // The feature flag makes aws-cdk-lib report template validation issues as findings, not console warnings.
      const app = testApp({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
      const s = new Stack(app, 'S');
      const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
        vpcId: 'vpc-0123456789abcdef0', vpcCidrBlock: '10.0.0.0/16', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-0123456789abcdef0'],
      });
      const endpoint = vpn(s, vpc);
      endpoint.addAuthorization('Clinicians', { groupId: 'clinicians', cidr: '10.0.16.0/20' });
      return { app, endpoint };
    }

    function withCfnValidation<T>(fn: () => T): T {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        return fn();
      } finally {
        if (previous === undefined) delete process.env.CDK_VALIDATION;
        else process.env.CDK_VALIDATION = previous;
      }
    }

    test('passes DermaShield, cdk-nag HIPAASecurityChecks and aws-cdk-lib\'s CloudFormation validation', () => {
      withCfnValidation(() => {
        const { app } = validatedApp();
        expectNoFindings(synthWithPack(app, undefined, new HIPAASecurityChecks()));
      });
    });

    test('(control) the same CloudFormation validation reports an invalid value, so the pass above is not vacuous', () => {
      withCfnValidation(() => {
        const { app, endpoint } = validatedApp();
        (endpoint.endpoint.node.defaultChild as ec2.CfnClientVpnEndpoint).addPropertyOverride('SessionTimeoutHours', 'eight');
        const cfn = synthWithPack(app).findings.filter((f) => f.plugin === 'CloudFormation Validate');
        expect(cfn.map((f) => f.path)).toContain('S/Vpn/Endpoint/Resource');
        expect(cfn.map((f) => f.description).join('\n')).toMatch(/SessionTimeoutHours/);
      });
    });
  });
});
