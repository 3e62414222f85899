import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { acknowledgeRule } from '../../../lib';
import {
  ALLOWED_TLS_POLICIES, CLOUDFORMATION_DEFAULT_TLS_POLICY, ELB_TLS_POLICIES, judgeTlsPolicy,
} from '../../../lib/controls/tls-policies';
import { hstsMaxAge } from '../../../lib/checks/rules/elb/ElbHstsHeader';
import { expectFinding, expectNoFinding, findingsOf, synthWithPack, testApp } from '../../support/harness';

const ACM_ARN = 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555';
const IAM_CERT_ARN = 'arn:aws:iam::111122223333:server-certificate/portal';
const HSTS = 'routing.http.response.strict_transport_security.header_value';
const DROP = 'routing.http.drop_invalid_header_fields.enabled';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
    vpcId: 'vpc-12345678',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    publicSubnetIds: ['subnet-aaaa1111', 'subnet-bbbb2222'],
    privateSubnetIds: ['subnet-cccc3333', 'subnet-dddd4444'],
  });
  return { app, s, vpc };
}

function alb(s: Stack, vpc: ec2.IVpc, id = 'Alb', props: Partial<elbv2.ApplicationLoadBalancerProps> = {}) {
  return new elbv2.ApplicationLoadBalancer(s, id, { vpc, ...props });
}

/** An HTTPS listener with an ACM certificate and the given policy. */
function https(lb: elbv2.ApplicationLoadBalancer, sslPolicy?: elbv2.SslPolicy, id = 'Https', certArn = ACM_ARN) {
  return lb.addListener(id, {
    port: 443,
    protocol: elbv2.ApplicationProtocol.HTTPS,
    certificates: [elbv2.ListenerCertificate.fromArn(certArn)],
    sslPolicy,
    defaultAction: elbv2.ListenerAction.fixedResponse(404),
  });
}

function redirect80(lb: elbv2.ApplicationLoadBalancer, id = 'Http') {
  return lb.addListener(id, {
    port: 80,
    protocol: elbv2.ApplicationProtocol.HTTP,
    defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true }),
  });
}

const cfn = (c: { node: { defaultChild?: unknown } }) => c.node.defaultChild as CfnResource;

describe('TLS policy table', () => {
  test('every aws-cdk-lib SslPolicy value is in the table', () => {
    for (const name of Object.values(elbv2.SslPolicy)) expect(ELB_TLS_POLICIES.has(name)).toBe(true);
  });

  test.each([
    ['ELBSecurityPolicy-TLS13-1-2-Res-2021-06'],
    ['ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09'],
    ['ELBSecurityPolicy-TLS13-1-3-2021-06'],
    ['ELBSecurityPolicy-TLS13-1-3-PQ-2025-09'],
    ['ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04'],
    ['ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09'],
    ['ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04'],
    ['ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09'],
    ['ELBSecurityPolicy-FS-1-2-Res-2020-10'],
  ])('allowed: %s', (name) => {
    expect(judgeTlsPolicy(name).kind).toBe('allowed');
  });

  test.each([
    ['ELBSecurityPolicy-2016-08', /TLSv1\b.*non-AEAD.*forward secrecy/],
    ['ELBSecurityPolicy-TLS-1-0-2015-04', /TLSv1\b/],
    ['ELBSecurityPolicy-TLS13-1-2-2021-06', /non-AEAD/],
    ['ELBSecurityPolicy-TLS13-1-2-PQ-2025-09', /non-AEAD/],
    ['ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06', /non-AEAD.*forward secrecy/],
    ['ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06', /non-AEAD/],
    ['ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04', /non-AEAD/],
    ['ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09', /non-AEAD/],
    ['ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04', /non-AEAD/],
    ['ELBSecurityPolicy-TLS13-1-1-2021-06', /TLSv1\.1/],
    ['ELBSecurityPolicy-TLS13-1-0-PQ-2025-09', /TLSv1\b/],
    ['ELBSecurityPolicy-TLS-1-2-2017-01', /non-AEAD.*forward secrecy/],
    ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', /non-AEAD/],
    ['ELBSecurityPolicy-FS-1-2-Res-2019-08', /non-AEAD/],
    ['ELBSecurityPolicy-FS-1-2-2019-08', /non-AEAD/],
    ['ELBSecurityPolicy-FS-2018-06', /TLSv1\b/],
  ])('weak: %s', (name, problem) => {
    const v = judgeTlsPolicy(name);
    expect(v.kind).toBe('weak');
    if (v.kind === 'weak') expect(v.problems.join('; ')).toMatch(problem);
  });

  test('unknown names are unknown, not allowed', () => {
    expect(judgeTlsPolicy('ELBSecurityPolicy-TLS13-1-2-Res-2099-01').kind).toBe('unknown');
    expect(judgeTlsPolicy('elbsecuritypolicy-tls13-1-2-res-2021-06').kind).toBe('unknown');
  });

  test('the allowed list is exactly the TLS 1.2+/AEAD/FS policies and excludes the CloudFormation default', () => {
    expect(ALLOWED_TLS_POLICIES).toHaveLength(9);
    expect(ALLOWED_TLS_POLICIES).not.toContain(CLOUDFORMATION_DEFAULT_TLS_POLICY);
  });
});

describe('DermaShield-ElbTlsPolicy', () => {
  test('compliant: TLS13_RES, the PQ Res policy and TLS 1.3-only / FIPS policies', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    https(lb, elbv2.SslPolicy.TLS13_RES, 'A');
    https(lb, elbv2.SslPolicy.TLS13_12_RES_PQ, 'B');
    https(lb, elbv2.SslPolicy.TLS13_13, 'C');
    https(lb, elbv2.SslPolicy.FIPS_TLS13_12_RES, 'D');
    redirect80(lb);
    expectNoFinding(synthWithPack(app), 'ElbTlsPolicy');
  });

  test.each([
    ['RECOMMENDED', elbv2.SslPolicy.RECOMMENDED, /ELBSecurityPolicy-2016-08.*TLSv1/],
    ['LEGACY', elbv2.SslPolicy.LEGACY, /ELBSecurityPolicy-TLS-1-0-2015-04.*TLSv1/],
    ['RECOMMENDED_TLS', elbv2.SslPolicy.RECOMMENDED_TLS, /ELBSecurityPolicy-TLS13-1-2-2021-06.*non-AEAD/],
    ['TLS12', elbv2.SslPolicy.TLS12, /forward secrecy/],
    ['FORWARD_SECRECY_TLS12_RES', elbv2.SslPolicy.FORWARD_SECRECY_TLS12_RES, /non-AEAD/],
  ])('non-compliant: SslPolicy.%s fails naming the rule', (_label, policy, reason) => {
    const { app, s, vpc } = stack();
    https(alb(s, vpc), policy);
    const f = expectFinding(synthWithPack(app), 'ElbTlsPolicy', 'S/Alb/Https');
    expect(f.ruleId).toBe('DermaShield-ElbTlsPolicy');
    expect(f.description).toContain('[DS-ELB-1]');
    expect(f.description).toContain('164.312(e)(1)');
    expect(f.description).toMatch(reason);
  });

  test('non-compliant: no SslPolicy on HTTPS means ELBSecurityPolicy-2016-08', () => {
    const { app, s, vpc } = stack();
    https(alb(s, vpc), undefined);
    const f = expectFinding(synthWithPack(app), 'ElbTlsPolicy', 'S/Alb/Https');
    expect(f.description).toContain('SslPolicy is not set, so the default ELBSecurityPolicy-2016-08 applies');
  });

  test('NLB TLS listeners follow the same rule', () => {
    const { app, s, vpc } = stack();
    const nlb = new elbv2.NetworkLoadBalancer(s, 'Nlb', { vpc });
    const tg = new elbv2.NetworkTargetGroup(s, 'Tg', { vpc, port: 443, protocol: elbv2.Protocol.TLS });
    nlb.addListener('Weak', { port: 443, protocol: elbv2.Protocol.TLS, certificates: [elbv2.ListenerCertificate.fromArn(ACM_ARN)], defaultTargetGroups: [tg] });
    nlb.addListener('Strong', { port: 8443, protocol: elbv2.Protocol.TLS, sslPolicy: elbv2.SslPolicy.TLS13_RES, certificates: [elbv2.ListenerCertificate.fromArn(ACM_ARN)], defaultTargetGroups: [tg] });
    nlb.addListener('Tcp', { port: 22, protocol: elbv2.Protocol.TCP, defaultTargetGroups: [tg] });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbTlsPolicy', 'S/Nlb/Weak');
    expectNoFinding(result, 'ElbTlsPolicy', 'S/Nlb/Strong');
    expectNoFinding(result, 'ElbTlsPolicy', 'S/Nlb/Tcp');
  });

  test('escape hatch: the policy overridden to 2016-08, or deleted, after the L2 set TLS13_RES', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'Over')).addPropertyOverride('SslPolicy', 'ELBSecurityPolicy-2016-08');
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'Del')).addPropertyDeletionOverride('SslPolicy');
    const result = synthWithPack(app);
    expectFinding(result, 'ElbTlsPolicy', 'S/Alb/Over');
    expect(expectFinding(result, 'ElbTlsPolicy', 'S/Alb/Del').description).toContain('not set');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, s } = stack();
    const base = { LoadBalancerArn: 'arn:lb', Port: 443, Certificates: [{ CertificateArn: ACM_ARN }], DefaultActions: [] };
    new CfnResource(s, 'RawWeak', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: { ...base, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: { ...base, Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbTlsPolicy', 'S/RawWeak');
    expectNoFinding(result, 'ElbTlsPolicy', 'S/RawOk');
  });

  test('token: a parameter, Fn::If, an unknown policy name or a token Protocol is unverifiable, never a pass', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    const p = new CfnParameter(s, 'Policy', { type: 'String' });
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'ByParam')).addPropertyOverride('SslPolicy', p.valueAsString);
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'ByIf')).addPropertyOverride('SslPolicy',
      Fn.conditionIf(cond.logicalId, 'ELBSecurityPolicy-TLS13-1-3-2021-06', 'ELBSecurityPolicy-2016-08'));
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'Unknown')).addPropertyOverride('SslPolicy', 'ELBSecurityPolicy-Custom-2030');
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'Proto')).addPropertyOverride('Protocol', Fn.importValue('ListenerProtocol'));
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByIf', 'Unknown', 'Proto']) {
      expectFinding(result, 'ElbTlsPolicy', `S/Alb/${id}`, { unverifiable: true });
      expect(findingsOf(result.findings, 'ElbTlsPolicy').filter((f) => f.path.includes(`S/Alb/${id}`))).toHaveLength(0);
    }
  });
});

describe('DermaShield-ElbHttpRedirect', () => {
  test('compliant: port 80 redirects to HTTPS; HTTPS listeners are not judged', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    redirect80(lb);
    https(lb, elbv2.SslPolicy.TLS13_RES);
    expectNoFinding(synthWithPack(app), 'ElbHttpRedirect');
  });

  test('non-compliant: HTTP that forwards instead of redirecting fails naming the rule', () => {
    const { app, s, vpc } = stack();
    const tg = new elbv2.ApplicationTargetGroup(s, 'Tg', { vpc, port: 443, protocol: elbv2.ApplicationProtocol.HTTPS });
    alb(s, vpc).addListener('Http', { port: 80, protocol: elbv2.ApplicationProtocol.HTTP, defaultTargetGroups: [tg] });
    const f = expectFinding(synthWithPack(app), 'ElbHttpRedirect', 'S/Alb/Http');
    expect(f.ruleId).toBe('DermaShield-ElbHttpRedirect');
    expect(f.description).toContain('[DS-ELB-2]');
    expect(f.description).toContain('forward');
  });

  test.each([
    ['fixed response', elbv2.ListenerAction.fixedResponse(404), /fixed-response/],
    ['redirect keeping #{protocol}', elbv2.ListenerAction.redirect({ port: '8080' }), /#\{protocol\}/],
    ['redirect to HTTP', elbv2.ListenerAction.redirect({ protocol: 'HTTP', port: '8080' }), /Protocol HTTP;/],
  ])('non-compliant: %s on port 80', (_label, action, reason) => {
    const { app, s, vpc } = stack();
    alb(s, vpc).addListener('Http', { port: 80, protocol: elbv2.ApplicationProtocol.HTTP, defaultAction: action });
    expect(expectFinding(synthWithPack(app), 'ElbHttpRedirect', 'S/Alb/Http').description).toMatch(reason);
  });

  test('non-compliant: a forwarding listener rule added to the redirect listener', () => {
    const { app, s, vpc } = stack();
    const tg = new elbv2.ApplicationTargetGroup(s, 'Tg', { vpc, port: 443, protocol: elbv2.ApplicationProtocol.HTTPS });
    const http = redirect80(alb(s, vpc));
    http.addTargetGroups('Api', { targetGroups: [tg], priority: 10, conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])] });
    http.addAction('Ok', { priority: 20, conditions: [elbv2.ListenerCondition.pathPatterns(['/x'])], action: elbv2.ListenerAction.redirect({ protocol: 'HTTPS' }) });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbHttpRedirect', 'S/Alb/Http/ApiRule');
    expectNoFinding(result, 'ElbHttpRedirect', 'S/Alb/Http/OkRule');
    expectNoFinding(result, 'ElbHttpRedirect', 'S/Alb/Http/Resource');
  });

  test('escape hatch: redirect replaced by a forward override after the L2 set it', () => {
    const { app, s, vpc } = stack();
    cfn(redirect80(alb(s, vpc))).addPropertyOverride('DefaultActions', [{ Type: 'forward', TargetGroupArn: 'arn:tg' }]);
    cfn(redirect80(alb(s, vpc, 'Alb2'))).addPropertyOverride('DefaultActions.0.RedirectConfig.Protocol', 'HTTP');
    const result = synthWithPack(app);
    expectFinding(result, 'ElbHttpRedirect', 'S/Alb/Http');
    expectFinding(result, 'ElbHttpRedirect', 'S/Alb2/Http');
  });

  test('raw CfnResource listener and listener rule', () => {
    const { app, s } = stack();
    const l = new CfnResource(s, 'RawHttp', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: {
      LoadBalancerArn: 'arn:lb', Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:tg' }],
    } });
    new CfnResource(s, 'RawRule', { type: 'AWS::ElasticLoadBalancingV2::ListenerRule', properties: {
      ListenerArn: l.ref, Priority: 1, Conditions: [], Actions: [{ Type: 'forward', TargetGroupArn: 'arn:tg' }],
    } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: {
      LoadBalancerArn: 'arn:lb', Port: 80, Protocol: 'HTTP',
      DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
    } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbHttpRedirect', 'S/RawHttp');
    expectFinding(result, 'ElbHttpRedirect', 'S/RawRule');
    expectNoFinding(result, 'ElbHttpRedirect', 'S/RawOk');
  });

  test('token: a parameter redirect protocol, or a rule on a listener outside the template, is unverifiable', () => {
    const { app, s, vpc } = stack();
    const p = new CfnParameter(s, 'Proto', { type: 'String' });
    cfn(redirect80(alb(s, vpc))).addPropertyOverride('DefaultActions.0.RedirectConfig.Protocol', p.valueAsString);
    new CfnResource(s, 'ForeignRule', { type: 'AWS::ElasticLoadBalancingV2::ListenerRule', properties: {
      ListenerArn: Fn.importValue('OtherListener'), Priority: 1, Conditions: [], Actions: [{ Type: 'forward', TargetGroupArn: 'arn:tg' }],
    } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbHttpRedirect', 'S/Alb/Http', { unverifiable: true });
    expectFinding(result, 'ElbHttpRedirect', 'S/ForeignRule', { unverifiable: true });
  });
});

describe('DermaShield-ElbAcmCertificate', () => {
  test('compliant: an ACM certificate resource or ARN; the HTTP redirect listener is not flagged for lacking one', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    const cert = new acm.Certificate(s, 'Cert', { domainName: 'portal.example.com' });
    lb.addListener('Https', { port: 443, certificates: [cert], sslPolicy: elbv2.SslPolicy.TLS13_RES, defaultAction: elbv2.ListenerAction.fixedResponse(404) });
    https(lb, elbv2.SslPolicy.TLS13_RES, 'ByArn');
    redirect80(lb);
    expectNoFinding(synthWithPack(app), 'ElbAcmCertificate');
  });

  test('non-compliant: an IAM server certificate fails naming the rule', () => {
    const { app, s, vpc } = stack();
    https(alb(s, vpc), elbv2.SslPolicy.TLS13_RES, 'Https', IAM_CERT_ARN);
    const f = expectFinding(synthWithPack(app), 'ElbAcmCertificate', 'S/Alb/Https');
    expect(f.ruleId).toBe('DermaShield-ElbAcmCertificate');
    expect(f.description).toContain('[DS-ELB-3]');
    expect(f.description).toContain('IAM server certificate');
  });

  test('non-compliant: an additional IAM certificate on a ListenerCertificate', () => {
    const { app, s, vpc } = stack();
    const l = https(alb(s, vpc), elbv2.SslPolicy.TLS13_RES);
    l.addCertificates('Extra', [elbv2.ListenerCertificate.fromArn(ACM_ARN), elbv2.ListenerCertificate.fromArn(IAM_CERT_ARN)]);
    const result = synthWithPack(app);
    expectNoFinding(result, 'ElbAcmCertificate', 'S/Alb/Https/Extra1');
    expectFinding(result, 'ElbAcmCertificate', 'S/Alb/Https/Extra2');
    expectNoFinding(result, 'ElbAcmCertificate', 'S/Alb/Https/Resource');
  });

  test('escape hatch: certificate swapped for an IAM one, or removed, after the L2 set ACM', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'Swap')).addPropertyOverride('Certificates.0.CertificateArn', IAM_CERT_ARN);
    cfn(https(lb, elbv2.SslPolicy.TLS13_RES, 'Gone')).addPropertyDeletionOverride('Certificates');
    const result = synthWithPack(app);
    expectFinding(result, 'ElbAcmCertificate', 'S/Alb/Swap');
    expect(expectFinding(result, 'ElbAcmCertificate', 'S/Alb/Gone').description).toContain('no certificate');
  });

  test('raw CfnResource listener (NLB TLS) and ListenerCertificate', () => {
    const { app, s } = stack();
    new CfnResource(s, 'RawTls', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: {
      LoadBalancerArn: 'arn:lb', Port: 443, Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
      Certificates: [{ CertificateArn: IAM_CERT_ARN }], DefaultActions: [],
    } });
    new CfnResource(s, 'RawCert', { type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate', properties: {
      ListenerArn: 'arn:l', Certificates: [{ CertificateArn: 'arn:aws:iam::111122223333:server-certificate/b' }],
    } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate', properties: {
      ListenerArn: 'arn:l', Certificates: [{ CertificateArn: Fn.sub('arn:${AWS::Partition}:acm:${AWS::Region}:${AWS::AccountId}:certificate/abc') }],
    } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbAcmCertificate', 'S/RawTls');
    expectFinding(result, 'ElbAcmCertificate', 'S/RawCert');
    expectNoFinding(result, 'ElbAcmCertificate', 'S/RawOk');
  });

  test('token: a parameter or an import not exported by the app is unverifiable', () => {
    const { app, s, vpc } = stack();
    const p = new CfnParameter(s, 'CertArn', { type: 'String' });
    const lb = alb(s, vpc);
    https(lb, elbv2.SslPolicy.TLS13_RES, 'ByParam', p.valueAsString);
    https(lb, elbv2.SslPolicy.TLS13_RES, 'ByImport', Fn.importValue('PortalCert'));
    const result = synthWithPack(app);
    expectFinding(result, 'ElbAcmCertificate', 'S/Alb/ByParam', { unverifiable: true });
    expectFinding(result, 'ElbAcmCertificate', 'S/Alb/ByImport', { unverifiable: true });
  });
});

describe('DermaShield-ElbDropInvalidHeaders', () => {
  test('compliant: dropInvalidHeaderFields true; NLBs are not judged', () => {
    const { app, s, vpc } = stack();
    alb(s, vpc, 'Alb', { dropInvalidHeaderFields: true });
    new elbv2.NetworkLoadBalancer(s, 'Nlb', { vpc });
    expectNoFinding(synthWithPack(app), 'ElbDropInvalidHeaders');
  });

  test('non-compliant: the aws-cdk-lib default (attribute not set, AWS default false)', () => {
    const { app, s, vpc } = stack();
    alb(s, vpc);
    const f = expectFinding(synthWithPack(app), 'ElbDropInvalidHeaders', 'S/Alb/Resource');
    expect(f.description).toContain('[DS-ELB-4]');
    expect(f.description).toContain('not set (the default is false)');
  });

  test('non-compliant: explicitly false', () => {
    const { app, s, vpc } = stack();
    alb(s, vpc, 'Alb', { dropInvalidHeaderFields: false });
    expect(expectFinding(synthWithPack(app), 'ElbDropInvalidHeaders', 'S/Alb').description).toContain(`${DROP} is false`);
  });

  test('escape hatch: attributes replaced, or deleted, after the L2 set true', () => {
    const { app, s, vpc } = stack();
    cfn(alb(s, vpc, 'A', { dropInvalidHeaderFields: true })).addPropertyOverride('LoadBalancerAttributes', [{ Key: DROP, Value: 'false' }]);
    cfn(alb(s, vpc, 'B', { dropInvalidHeaderFields: true })).addPropertyDeletionOverride('LoadBalancerAttributes');
    const result = synthWithPack(app);
    expectFinding(result, 'ElbDropInvalidHeaders', 'S/A');
    expectFinding(result, 'ElbDropInvalidHeaders', 'S/B');
  });

  test('raw CfnResource (Type omitted means application)', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', properties: { Subnets: ['subnet-1'] } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', properties: { Subnets: ['subnet-1'], LoadBalancerAttributes: [{ Key: DROP, Value: 'true' }] } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbDropInvalidHeaders', 'S/Raw');
    expectNoFinding(result, 'ElbDropInvalidHeaders', 'S/RawOk');
  });

  test('token: the value, a whole entry or the Type behind a token is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Drop', { type: 'String' });
    new CfnResource(s, 'ByValue', { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', properties: { LoadBalancerAttributes: [{ Key: DROP, Value: p.valueAsString }] } });
    new CfnResource(s, 'ByEntry', { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', properties: { LoadBalancerAttributes: [Fn.importValue('Attr')] } });
    new CfnResource(s, 'ByType', { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', properties: { Type: p.valueAsString } });
    const result = synthWithPack(app);
    for (const id of ['ByValue', 'ByEntry', 'ByType']) expectFinding(result, 'ElbDropInvalidHeaders', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-ElbHstsHeader', () => {
  test.each([
    ['max-age=31536000', true],
    ['max-age=31536000; includeSubDomains', true],
    ['max-age=63072000; includeSubDomains; preload', true],
    ['includeSubDomains; max-age="31536000"', true],
    ['max-age=31535999', false],
    ['max-age=300; includeSubDomains', false],
    ['includeSubDomains; preload', false],
  ])('boundary: %s -> compliant %s', (value, ok) => {
    const { app, s, vpc } = stack();
    https(alb(s, vpc), elbv2.SslPolicy.TLS13_RES).setAttribute(HSTS, value);
    const result = synthWithPack(app);
    if (ok) expectNoFinding(result, 'ElbHstsHeader');
    else expect(expectFinding(result, 'ElbHstsHeader', 'S/Alb/Https').description).toContain('[DS-ELB-5]');
  });

  test('hstsMaxAge parses the directive', () => {
    expect(hstsMaxAge('max-age=31536000; includeSubDomains')).toBe(31536000);
    expect(hstsMaxAge('includeSubDomains')).toBeUndefined();
    expect(hstsMaxAge('xmax-age=5')).toBeUndefined();
  });

  test('non-compliant: an HTTPS listener without the attribute; HTTP redirect listeners are not judged', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    https(lb, elbv2.SslPolicy.TLS13_RES);
    redirect80(lb);
    const result = synthWithPack(app);
    expect(expectFinding(result, 'ElbHstsHeader', 'S/Alb/Https').description).toContain('no Strict-Transport-Security header');
    expectNoFinding(result, 'ElbHstsHeader', 'S/Alb/Http/');
  });

  test('escape hatch: attributes removed, or max-age shortened, after the L2 set them', () => {
    const { app, s, vpc } = stack();
    const lb = alb(s, vpc);
    const a = https(lb, elbv2.SslPolicy.TLS13_RES, 'A');
    a.setAttribute(HSTS, 'max-age=31536000');
    cfn(a).addPropertyDeletionOverride('ListenerAttributes');
    const b = https(lb, elbv2.SslPolicy.TLS13_RES, 'B');
    b.setAttribute(HSTS, 'max-age=31536000');
    cfn(b).addPropertyOverride('ListenerAttributes', [{ Key: HSTS, Value: 'max-age=60' }]);
    const result = synthWithPack(app);
    expectFinding(result, 'ElbHstsHeader', 'S/Alb/A');
    expect(expectFinding(result, 'ElbHstsHeader', 'S/Alb/B').description).toContain('max-age is 60');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    const base = { LoadBalancerArn: 'arn:lb', Port: 443, Protocol: 'HTTPS', DefaultActions: [] };
    new CfnResource(s, 'Raw', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: base });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: { ...base, ListenerAttributes: [{ Key: HSTS, Value: 'max-age=31536000' }] } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbHstsHeader', 'S/Raw');
    expectNoFinding(result, 'ElbHstsHeader', 'S/RawOk');
  });

  test('token: a parameter header value is unverifiable', () => {
    const { app, s, vpc } = stack();
    const p = new CfnParameter(s, 'Hsts', { type: 'String' });
    https(alb(s, vpc), elbv2.SslPolicy.TLS13_RES).setAttribute(HSTS, p.valueAsString);
    expectFinding(synthWithPack(app), 'ElbHstsHeader', 'S/Alb/Https', { unverifiable: true });
  });
});

describe('DermaShield-ElbTargetGroupHttps', () => {
  test('compliant: HTTPS (ALB) and TLS (NLB) target groups; Lambda targets are not judged', () => {
    const { app, s, vpc } = stack();
    new elbv2.ApplicationTargetGroup(s, 'Https', { vpc, port: 443, protocol: elbv2.ApplicationProtocol.HTTPS });
    new elbv2.NetworkTargetGroup(s, 'Tls', { vpc, port: 443, protocol: elbv2.Protocol.TLS });
    new elbv2.ApplicationTargetGroup(s, 'Fn', { targetType: elbv2.TargetType.LAMBDA });
    expectNoFinding(synthWithPack(app), 'ElbTargetGroupHttps');
  });

  test.each([
    ['HTTP', () => ({ protocol: elbv2.ApplicationProtocol.HTTP, port: 80 })],
    ['HTTP by port only (aws-cdk-lib infers HTTP from port 80)', () => ({ port: 80 })],
  ])('non-compliant: %s', (_label, props) => {
    const { app, s, vpc } = stack();
    new elbv2.ApplicationTargetGroup(s, 'Tg', { vpc, ...props() });
    const f = expectFinding(synthWithPack(app), 'ElbTargetGroupHttps', 'S/Tg');
    expect(f.description).toContain('[DS-ELB-6]');
    expect(f.description).toContain('Protocol is HTTP');
  });

  test('non-compliant: a TCP NLB target group behind a TLS listener', () => {
    const { app, s, vpc } = stack();
    new elbv2.NetworkTargetGroup(s, 'Tcp', { vpc, port: 8080, protocol: elbv2.Protocol.TCP });
    expectFinding(synthWithPack(app), 'ElbTargetGroupHttps', 'S/Tcp');
  });

  test('an acknowledged plaintext target group is recorded with its reason, not open', () => {
    const { app, s, vpc } = stack();
    const tg = new elbv2.ApplicationTargetGroup(s, 'Tg', { vpc, port: 80, protocol: elbv2.ApplicationProtocol.HTTP });
    acknowledgeRule(tg, 'ElbTargetGroupHttps', 'Targets are a sidecar on the same task ENI; traffic never leaves the host.');
    const result = synthWithPack(app);
    expectNoFinding(result, 'ElbTargetGroupHttps');
    expect(result.acknowledged.find((a) => a.ruleId === 'DermaShield-ElbTargetGroupHttps')?.reason).toContain('sidecar');
  });

  test('escape hatch: protocol overridden to HTTP, or deleted, after the L2 set HTTPS', () => {
    const { app, s, vpc } = stack();
    cfn(new elbv2.ApplicationTargetGroup(s, 'A', { vpc, port: 443, protocol: elbv2.ApplicationProtocol.HTTPS })).addPropertyOverride('Protocol', 'HTTP');
    cfn(new elbv2.ApplicationTargetGroup(s, 'B', { vpc, port: 443, protocol: elbv2.ApplicationProtocol.HTTPS })).addPropertyDeletionOverride('Protocol');
    const result = synthWithPack(app);
    expectFinding(result, 'ElbTargetGroupHttps', 'S/A');
    expect(expectFinding(result, 'ElbTargetGroupHttps', 'S/B').description).toContain('Protocol is not set');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', properties: { Protocol: 'HTTP', Port: 80, VpcId: 'vpc-1' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', properties: { Protocol: 'HTTPS', Port: 443, VpcId: 'vpc-1' } });
    new CfnResource(s, 'Geneve', { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', properties: { Protocol: 'GENEVE', Port: 6081, VpcId: 'vpc-1' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbTargetGroupHttps', 'S/Raw');
    expectNoFinding(result, 'ElbTargetGroupHttps', 'S/RawOk');
    expectNoFinding(result, 'ElbTargetGroupHttps', 'S/Geneve');
  });

  test('token: an imported protocol or a parameter target type is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'TargetType', { type: 'String' });
    new CfnResource(s, 'ByImport', { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', properties: { Protocol: Fn.importValue('TgProto'), Port: 443 } });
    new CfnResource(s, 'ByType', { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', properties: { Protocol: 'HTTPS', TargetType: p.valueAsString } });
    const result = synthWithPack(app);
    expectFinding(result, 'ElbTargetGroupHttps', 'S/ByImport', { unverifiable: true });
    expectFinding(result, 'ElbTargetGroupHttps', 'S/ByType', { unverifiable: true });
  });
});
