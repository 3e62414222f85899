import { App, Aspects, CfnResource, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { PhiWebAcl, TlsLoadBalancer, TlsLoadBalancerProps } from '../../lib';
import { DERMASHIELD_DEFAULT_TLS_POLICY } from '../../lib/controls/tls-policies';
import { ELB_LOG_BUCKET_SSE_S3_REASON } from '../../lib/network/tls-load-balancer';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

const ENV = { account: '111122223333', region: 'us-east-1' };
const ACM_ARN = 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555';
const IAM_CERT_ARN = 'arn:aws:iam::111122223333:server-certificate/portal';
const HSTS = 'routing.http.response.strict_transport_security.header_value';

function setup(app: App = testApp()) {
  const stack = new Stack(app, 'S', { env: ENV });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-12345678',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    publicSubnetIds: ['subnet-aaaa1111', 'subnet-bbbb2222'],
    privateSubnetIds: ['subnet-cccc3333', 'subnet-dddd4444'],
  });
  const cert = new acm.Certificate(stack, 'Cert', { domainName: 'portal.example.com' });
  return { app, stack, vpc, cert };
}

function build(props: Partial<TlsLoadBalancerProps> = {}, app?: App) {
  const ctx = setup(app);
  const lb = new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], ...props });
  return { ...ctx, lb };
}

function attributes(list: Array<{ Key: string; Value: string }>): Record<string, string> {
  return Object.fromEntries(list.map((a) => [a.Key, a.Value]));
}

describe('TlsLoadBalancer', () => {
  describe('defaults', () => {
    test('the load balancer drops invalid headers, uses strictest desync mitigation, deletion protection and access logs', () => {
      const { stack } = build();
      const t = Template.fromStack(stack);
      const [lb] = Object.values(t.findResources('AWS::ElasticLoadBalancingV2::LoadBalancer'));
      const attrs = attributes(lb.Properties.LoadBalancerAttributes);
      expect(attrs).toMatchObject({
        'deletion_protection.enabled': 'true',
        'routing.http.drop_invalid_header_fields.enabled': 'true',
        'routing.http.desync_mitigation_mode': 'strictest',
        'access_logs.s3.enabled': 'true',
        'access_logs.s3.prefix': 'alb',
      });
      expect(lb.Properties.Scheme).toBe('internet-facing');
    });

    test('HTTPS listener: TLS 1.2+/AEAD/PQ policy, ACM certificate, HSTS for a year, no Server header', () => {
      const { stack } = build();
      const t = Template.fromStack(stack);
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Protocol: 'HTTPS',
        Port: 443,
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
        Certificates: [{ CertificateArn: { Ref: Match.stringLikeRegexp('^Cert') } }],
        ListenerAttributes: Match.arrayWith([
          { Key: HSTS, Value: 'max-age=31536000; includeSubDomains' },
          { Key: 'routing.http.response.server.enabled', Value: 'false' },
        ]),
        DefaultActions: [Match.objectLike({ Type: 'fixed-response', FixedResponseConfig: Match.objectLike({ StatusCode: '404' }) })],
      });
      expect(DERMASHIELD_DEFAULT_TLS_POLICY).toBe(elbv2.SslPolicy.TLS13_12_RES_PQ);
    });

    test('port 80 only redirects, permanently, to HTTPS 443', () => {
      const { stack } = build();
      Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
      });
    });

    test('access-log bucket: SSE-S3, TLS-only with a 1.2 floor, private, versioned, retained', () => {
      const { stack } = build();
      const t = Template.fromStack(stack);
      t.hasResource('AWS::S3::Bucket', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          VersioningConfiguration: { Status: 'Enabled' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        }),
      });
      const [policy] = Object.values(t.findResources('AWS::S3::BucketPolicy'));
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(statements).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        expect.objectContaining({ Effect: 'Allow', Action: 's3:PutObject', Principal: { AWS: expect.anything() } }),
      ]));
    });

    test('WAF: regional web ACL with the AWS managed rule groups, associated, logging to an encrypted aws-waf-logs-* group', () => {
      const { stack } = build();
      const t = Template.fromStack(stack);
      const [acl] = Object.values(t.findResources('AWS::WAFv2::WebACL'));
      expect(acl.Properties.Scope).toBe('REGIONAL');
      expect(acl.Properties.Rules.map((r: any) => r.Statement.ManagedRuleGroupStatement)).toEqual([
        { VendorName: 'AWS', Name: 'AWSManagedRulesAmazonIpReputationList' },
        { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
        { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' },
        { VendorName: 'AWS', Name: 'AWSManagedRulesSQLiRuleSet' },
      ]);
      t.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
      t.hasResource('AWS::Logs::LogGroup', {
        DeletionPolicy: 'Retain',
        Properties: { LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'), KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('WafLogKey'), 'Arn'] }, RetentionInDays: 2192 },
      });
      const [logging] = Object.values(t.findResources('AWS::WAFv2::LoggingConfiguration'));
      expect(JSON.stringify(logging.Properties.LogDestinationConfigs)).toContain(':log-group:');
      expect(JSON.stringify(logging.Properties.LogDestinationConfigs)).not.toContain(':*');
      expect(logging.Properties.RedactedFields).toEqual([{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'cookie' } }]);
    });

    test('the WAF is a PhiWebAcl with id Default, so its resources keep the logical ids and names TlsLoadBalancer gave them', () => {
      // Construct ids are a contract: these are the ids and names of the WAF resources before PhiWebAcl existed.
      const { stack, lb } = build();
      const t = Template.fromStack(stack).toJSON();
      const waf = Object.fromEntries(Object.entries<any>(t.Resources)
        .filter(([, r]) => /^AWS::(KMS|Logs|WAFv2)::/.test(r.Type))
        .map(([id, r]) => [id, [r.Type, r.Properties.AliasName ?? r.Properties.LogGroupName ?? r.Properties.VisibilityConfig?.MetricName, r.DeletionPolicy]]));
      expect(waf).toEqual({
        PortalWafLogKeyFBE8310D: ['AWS::KMS::Key', undefined, 'Retain'],
        PortalWafLogKeyAliasC24385AB: ['AWS::KMS::Alias', 'alias/dermashield/waf-logs-s-portal-e692deb1', undefined],
        PortalWafLogsBE915400: ['AWS::Logs::LogGroup', 'aws-waf-logs-s-portal-e692deb1', 'Retain'],
        PortalWebAclF18BED03: ['AWS::WAFv2::WebACL', 'SPortalE692DEB1', undefined],
        PortalWebAclAssociation7E077DC1: ['AWS::WAFv2::WebACLAssociation', undefined, undefined],
        PortalWafLoggingBE844219: ['AWS::WAFv2::LoggingConfiguration', undefined, undefined],
      });
      expect(t.Resources.PortalWebAclAssociation7E077DC1.Properties.ResourceArn).toEqual({ Ref: 'PortalLoadBalancer13E9702A' });
      expect(lb.waf).toBeInstanceOf(PhiWebAcl);
      expect(lb.waf.node.path).toBe('S/Portal/Default');
      expect(lb.webAcl).toBe(lb.waf.webAcl);
      expect(lb.wafLogGroup).toBe(lb.waf.logGroup);
      expect(lb.encryptionKey).toBe(lb.waf.encryptionKey);
      // The key made for the load balancer's `encryptionKey` is the load balancer's own child, where it always was.
      expect(lb.encryptionKey.node.path).toBe('S/Portal/WafLogKey');
      // The side effect of the id `Default`: the web ACL construct is the load balancer construct's defaultChild.
      expect(lb.node.defaultChild).toBe(lb.waf);
    });

    test('addTargets: an HTTPS target group becomes the default action', () => {
      const { stack, lb } = build();
      lb.addTargets('App', { targets: [new targets.IpTarget('10.0.0.10')] });
      const t = Template.fromStack(stack);
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', { Protocol: 'HTTPS', Port: 443 });
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Protocol: 'HTTPS',
        DefaultActions: [Match.objectLike({ Type: 'forward' })],
      });
    });

    test('addTargets with priority and conditions adds a listener rule and keeps the 404 default', () => {
      const { stack, lb } = build();
      lb.addTargets('Api', { priority: 10, conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])] });
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::ElasticLoadBalancingV2::ListenerRule', 1);
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Protocol: 'HTTPS',
        DefaultActions: [Match.objectLike({ Type: 'fixed-response' })],
      });
    });

    test('the default targets are registered with the listener, and no Aspect or replaced default action is involved', () => {
      const { stack, lb } = build();
      const group = lb.addTargets('App', { targetType: elbv2.TargetType.IP });
      // Only a target group attached to a load balancer has one (it throws otherwise).
      expect(() => group.firstLoadBalancerFullName).not.toThrow();
      expect(Aspects.of(lb).all).toEqual([]);
      Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('default Action already existed'));
      const listeners = Object.values(Template.fromStack(stack).findResources('AWS::ElasticLoadBalancingV2::Listener', { Properties: { Protocol: 'HTTPS' } }));
      expect(listeners[0].Properties.DefaultActions).toEqual([{ Type: 'forward', TargetGroupArn: { Ref: stack.getLogicalId(group.node.defaultChild as CfnResource) } }]);
    });

    test.each([
      ['no targets', (_lb: TlsLoadBalancer) => undefined, 'fixed-response'],
      ['only routed targets', (lb: TlsLoadBalancer) => lb.addTargets('Api', { priority: 5, conditions: [elbv2.ListenerCondition.hostHeaders(['api.example.com'])] }), 'fixed-response'],
      ['default targets', (lb: TlsLoadBalancer) => lb.addTargets('App'), 'forward'],
    ])('a given defaultAction answers while there are %s', (_label, add, type) => {
      const { stack, lb } = build({ defaultAction: elbv2.ListenerAction.fixedResponse(403, { messageBody: 'Forbidden' }) });
      add(lb);
      const [https] = Object.values(Template.fromStack(stack).findResources('AWS::ElasticLoadBalancingV2::Listener', { Properties: { Protocol: 'HTTPS' } }));
      expect(https.Properties.DefaultActions).toHaveLength(1);
      expect(https.Properties.DefaultActions[0].Type).toBe(type);
      if (type === 'fixed-response') expect(https.Properties.DefaultActions[0].FixedResponseConfig).toEqual({ StatusCode: '403', MessageBody: 'Forbidden' });
    });

    test('a default action set on httpsListener directly replaces the construct\'s, and aws-cdk-lib says so', () => {
      // (With the Aspect this construct used before, the 404 fallback silently won over the user's action.)
      const { stack, lb } = build();
      lb.httpsListener.addAction('Teapot', { action: elbv2.ListenerAction.fixedResponse(418) });
      Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Protocol: 'HTTPS',
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '418' } }],
      });
      Annotations.fromStack(stack).hasWarning('/S/Portal/LoadBalancer/Https', Match.stringLikeRegexp('default Action already existed'));
    });

    test('mutual TLS verifies client certificates against the trust store', () => {
      const ctx = setup();
      const bucket = new s3.Bucket(ctx.stack, 'Ca');
      const trustStore = new elbv2.TrustStore(ctx.stack, 'Partners', { bucket, key: 'ca.pem' });
      new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], mutualTls: { trustStore } });
      Template.fromStack(ctx.stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Protocol: 'HTTPS',
        MutualAuthentication: { Mode: 'verify', TrustStoreArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Partners'), 'TrustStoreArn'] }, IgnoreClientCertificateExpiry: false },
      });
    });

    test.each([
      ['TLS 1.3 only', elbv2.SslPolicy.TLS13_13],
      ['TLS 1.3 only, post-quantum', elbv2.SslPolicy.TLS13_13_PQ],
      ['FIPS restricted', elbv2.SslPolicy.FIPS_TLS13_12_RES],
      ['FIPS restricted, post-quantum', elbv2.SslPolicy.FIPS_TLS13_12_RES_PQ],
      ['classic restricted', elbv2.SslPolicy.TLS13_RES],
      ['TLS 1.2 FS GCM', elbv2.SslPolicy.FORWARD_SECRECY_TLS12_RES_GCM],
    ])('stricter or equal policies are accepted: %s', (_label, sslPolicy) => {
      const { stack } = build({ sslPolicy });
      Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', { SslPolicy: sslPolicy });
    });

    test('a longer HSTS max-age with preload is accepted', () => {
      const { stack } = build({ hstsMaxAge: Duration.days(730), hstsPreload: true });
      Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        ListenerAttributes: Match.arrayWith([{ Key: HSTS, Value: 'max-age=63072000; includeSubDomains; preload' }]),
      });
    });

    test('internal load balancers go to private subnets', () => {
      const { stack } = build({ internetFacing: false });
      Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
        Scheme: 'internal',
        Subnets: ['subnet-cccc3333', 'subnet-dddd4444'],
      });
    });
  });

  describe('validation', () => {
    test.each([
      ['RECOMMENDED', elbv2.SslPolicy.RECOMMENDED, /TLSv1/],
      ['RECOMMENDED_TLS', elbv2.SslPolicy.RECOMMENDED_TLS, /non-AEAD/],
      ['LEGACY', elbv2.SslPolicy.LEGACY, /TLSv1/],
      ['TLS12', elbv2.SslPolicy.TLS12, /forward secrecy/],
      ['TLS13_12_PQ', elbv2.SslPolicy.TLS13_12_PQ, /non-AEAD/],
      ['FIPS_TLS13_12', elbv2.SslPolicy.FIPS_TLS13_12, /non-AEAD/],
      ['an unknown name', 'ELBSecurityPolicy-Made-Up' as elbv2.SslPolicy, /not a predefined ELB security policy/],
    ])('sslPolicy %s throws naming the prop, the value and what is allowed', (_label, sslPolicy, why) => {
      const ctx = setup();
      const err = expectDermaShieldError(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], sslPolicy }),
        'TlsLoadBalancerWeakSslPolicy', `sslPolicy ${sslPolicy} is not allowed`, why, 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09');
      expect(err.constructPath).toBe('S/Portal');
      // validated before any child was created
      expect(ctx.stack.node.tryFindChild('Portal')?.node.children ?? []).toHaveLength(0);
    });

    test('an IAM server certificate is rejected', () => {
      const ctx = setup();
      const iamCert = acm.Certificate.fromCertificateArn(ctx.stack, 'Iam', IAM_CERT_ARN);
      expect(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [iamCert] }))
        .toThrow(/certificates entry arn:aws:iam::111122223333:server-certificate\/portal is not allowed: only AWS Certificate Manager/);
    });

    test('an ACM certificate by ARN is accepted', () => {
      const ctx = setup();
      const byArn = acm.Certificate.fromCertificateArn(ctx.stack, 'ByArn', ACM_ARN);
      expect(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [byArn] })).not.toThrow();
    });

    test('no certificate is rejected', () => {
      const ctx = setup();
      expect(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [] }))
        .toThrow(/certificates \[\] is not allowed: the HTTPS listener needs at least one ACM certificate/);
    });

    test.each([
      [Duration.days(364), /hstsMaxAge 31449600 seconds is not allowed.*at least 31536000/],
      [Duration.seconds(31535999), /hstsMaxAge 31535999 seconds/],
      [Duration.minutes(5), /hstsMaxAge 300 seconds/],
    ])('hstsMaxAge below one year (%s) throws', (hstsMaxAge, message) => {
      const ctx = setup();
      expect(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], hstsMaxAge })).toThrow(message);
    });

    test('hstsMaxAge of exactly one year is accepted', () => {
      expect(() => build({ hstsMaxAge: Duration.seconds(31536000) })).not.toThrow();
    });

    test('an empty WAF rule group list throws', () => {
      expect(() => build({ managedRuleGroups: [] })).toThrow(/managedRuleGroups \[\] is not allowed.*AWSManagedRulesCommonRuleSet/);
    });

    test('the web ACL\'s checks run before anything is created, naming this construct and its props', () => {
      const ctx = setup();
      const make = (props: Partial<TlsLoadBalancerProps>) => () => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], ...props });
      const duplicate = expectDermaShieldError(make({ managedRuleGroups: [{ name: 'AWSManagedRulesSQLiRuleSet' }, { name: 'AWSManagedRulesSQLiRuleSet' }] }),
        'PhiWebAclDuplicateRuleGroup', 'managedRuleGroups lists AWSManagedRulesSQLiRuleSet twice');
      expect(duplicate.constructPath).toBe('S/Portal');
      expect(ctx.stack.node.tryFindChild('Portal')?.node.children ?? []).toHaveLength(0);
    });

    test('an AWS-managed key as encryptionKey throws before anything is created', () => {
      const ctx = setup();
      const managed = kms.Alias.fromAliasName(ctx.stack, 'Managed', 'alias/aws/logs');
      const err = expectDermaShieldError(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], encryptionKey: managed }),
        'TlsLoadBalancerAwsManagedKey', 'encryptionKey alias/aws/logs is an AWS-managed key', /DS-LOGS-1/);
      expect(err.constructPath).toBe('S/Portal');
      expect(ctx.stack.node.tryFindChild('Portal')?.node.children ?? []).toHaveLength(0);
    });

    test('a WAF log retention under a year throws before anything is created', () => {
      const ctx = setup();
      const err = expectDermaShieldError(() => new TlsLoadBalancer(ctx.stack, 'Portal', { vpc: ctx.vpc, certificates: [ctx.cert], wafLogRetention: logs.RetentionDays.SIX_MONTHS }),
        'TlsLoadBalancerWafLogRetention', 'wafLogRetention 180 days is below the allowed minimum of 365 days');
      expect(err.constructPath).toBe('S/Portal');
      expect(ctx.stack.node.tryFindChild('Portal')?.node.children ?? []).toHaveLength(0);
    });

    test('mTLS accepting expired client certificates throws', () => {
      const ctx = setup();
      const trustStore = elbv2.TrustStore.fromTrustStoreArn(ctx.stack, 'Ts', 'arn:aws:elasticloadbalancing:us-east-1:111122223333:truststore/p/abc');
      expect(() => new TlsLoadBalancer(ctx.stack, 'Portal', {
        vpc: ctx.vpc, certificates: [ctx.cert], mutualTls: { trustStore, ignoreClientCertificateExpiry: true },
      })).toThrow(/mutualTls.ignoreClientCertificateExpiry true is not allowed/);
    });

    test('an environment-agnostic stack throws (access logging needs a Region)', () => {
      const app = testApp();
      const stack = new Stack(app, 'Agnostic');
      const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['a', 'b'], publicSubnetIds: ['s-1', 's-2'] });
      const cert = acm.Certificate.fromCertificateArn(stack, 'C', ACM_ARN);
      expect(() => new TlsLoadBalancer(stack, 'Portal', { vpc, certificates: [cert] })).toThrow(/no explicit Region/);
    });

    test.each([[''], ['too short'], ['   padded        ']])('plaintext to targets with reason %j throws', (reason) => {
      const { lb } = build();
      expect(() => lb.addTargets('App', { plaintext: { reason } })).toThrow(/plaintext.reason .* is not allowed; write a reason of at least 20 characters .*plain HTTP to targets/);
    });

    test('default targets cannot be added twice', () => {
      const { lb } = build();
      lb.addTargets('A');
      expect(() => lb.addTargets('B')).toThrow(/would replace the default targets/);
    });
  });

  describe('grants', () => {
    test('only the ELB log-delivery principal may write access logs, under the prefix', () => {
      const { stack } = build();
      const [policy] = Object.values(Template.fromStack(stack).findResources('AWS::S3::BucketPolicy'));
      const allows = policy.Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === 'Allow');
      expect(allows.length).toBeGreaterThan(0);
      for (const s of allows) {
        expect(JSON.stringify(s.Principal)).toMatch(/127311923021|delivery\.logs\.amazonaws\.com/); // us-east-1 ELB account
        if (s.Action === 's3:PutObject') expect(JSON.stringify(s.Resource)).toContain('/alb/AWSLogs/111122223333/*');
      }
    });

    test('the WAF log key lets CloudWatch Logs of this account use it, scoped to log-group ARNs', () => {
      const { stack } = build();
      const [key] = Object.values(Template.fromStack(stack).findResources('AWS::KMS::Key'));
      const logs = key.Properties.KeyPolicy.Statement.find((st: any) => st.Principal?.Service === 'logs.us-east-1.amazonaws.com');
      expect(logs).toBeDefined();
      expect(logs.Action).not.toContain('kms:*');
      expect(JSON.stringify(logs.Condition.ArnLike['kms:EncryptionContext:aws:logs:arn'])).toMatch(/:logs:us-east-1:111122223333:log-group:\*/);
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings; the construct acknowledges what it must', () => {
      const { app, lb } = build();
      lb.addTargets('App');
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([
        'AwsSolutions: AwsSolutions-EC23 @ S/Portal/LoadBalancer/SecurityGroup/Resource',
        'AwsSolutions: AwsSolutions-S1 @ S/Portal/AccessLogs/Resource',
        'DermaShield: DermaShield-S3CustomerManagedKey @ S/Portal/AccessLogs/Resource',
        'HIPAA.Security: HIPAA.Security-ELBv2ACMCertificateRequired @ S/Portal/LoadBalancer/Http/Resource',
        'HIPAA.Security: HIPAA.Security-S3BucketLoggingEnabled @ S/Portal/AccessLogs/Resource',
        'HIPAA.Security: HIPAA.Security-S3BucketReplicationEnabled @ S/Portal/AccessLogs/Resource',
        'HIPAA.Security: HIPAA.Security-S3DefaultEncryptionKMS @ S/Portal/AccessLogs/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-ELBv2ACMCertificateRequired @ S/Portal/LoadBalancer/Http/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3BucketLoggingEnabled @ S/Portal/AccessLogs/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3BucketReplicationEnabled @ S/Portal/AccessLogs/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3DefaultEncryptionKMS @ S/Portal/AccessLogs/Resource',
        'cdk-validator-cfnguard: s3_bucket_default_encryption_kms_check @ S/Portal/AccessLogs/Resource',
        'cdk-validator-cfnguard: s3_bucket_logging_enabled_check @ S/Portal/AccessLogs/Resource',
      ]);
    });

    test('a stack with a TlsLoadBalancer has zero open findings; the SSE-S3 log bucket is acknowledged with the reason', () => {
      const { app, lb } = build();
      lb.addTargets('App');
      const result = synthWithPack(app);
      expectNoFindings(result);
      const ack = result.acknowledged.filter((a) => a.ruleId === 'DermaShield-S3CustomerManagedKey');
      expect(ack).toHaveLength(1);
      expect(ack[0].path).toContain('S/Portal/AccessLogs');
      expect(ack[0].reason).toBe(ELB_LOG_BUCKET_SSE_S3_REASON);
      expect(result.acknowledged.filter((a) => a.plugin === 'DermaShield').map((a) => a.ruleId)).toEqual(['DermaShield-S3CustomerManagedKey']);
    });

    test('plaintext to targets is an acknowledgement carrying the written reason, not an open finding', () => {
      const { app, lb } = build();
      const reason = 'Targets are a localhost sidecar on the same Fargate task ENI; traffic never leaves the host.';
      lb.addTargets('Legacy', { plaintext: { reason } });
      const result = synthWithPack(app);
      expectNoFindings(result);
      const ack = result.acknowledged.find((a) => a.ruleId === 'DermaShield-ElbTargetGroupHttps');
      expect(ack?.reason).toBe(reason);
      expect(ack?.path).toContain('S/Portal/LegacyTargets');
    });

    test('weakening the construct through escape hatches is caught at synth, naming the rules', () => {
      const { app, lb } = build();
      (lb.httpsListener.node.defaultChild as CfnResource).addPropertyOverride('SslPolicy', elbv2.SslPolicy.RECOMMENDED);
      (lb.httpsListener.node.defaultChild as CfnResource).addPropertyDeletionOverride('ListenerAttributes');
      (lb.httpRedirectListener.node.defaultChild as CfnResource).addPropertyOverride('DefaultActions', [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200' } }]);
      (lb.loadBalancer.node.defaultChild as CfnResource).addPropertyDeletionOverride('LoadBalancerAttributes');
      const result = synthWithPack(app);
      expectFinding(result, 'ElbTlsPolicy', 'S/Portal/LoadBalancer/Https');
      expectFinding(result, 'ElbHstsHeader', 'S/Portal/LoadBalancer/Https');
      expectFinding(result, 'ElbHttpRedirect', 'S/Portal/LoadBalancer/Http');
      expectFinding(result, 'ElbDropInvalidHeaders', 'S/Portal/LoadBalancer');
    });

    test('the template passes aws-cdk-lib\'s own CloudFormation validation', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        const { app, lb } = build();
        lb.addTargets('App');
        expectNoFindings(synthWithPack(app));
        // Positive control: the validator is active here (it reports only when it finds something).
        const broken = build();
        (broken.lb.httpsListener.node.defaultChild as CfnResource).addPropertyOverride('NotAListenerProperty', 1);
        const control = synthWithPack(broken.app);
        expect(control.findings.some((f) => f.plugin === 'CloudFormation Validate' && f.path.includes('S/Portal/LoadBalancer/Https'))).toBe(true);
      } finally {
        if (previous === undefined) delete process.env.CDK_VALIDATION;
        else process.env.CDK_VALIDATION = previous;
      }
    });
  });
});
