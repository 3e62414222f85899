import { CfnParameter, CfnResource, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

const ACM = 'arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012';
const IAM = 'arn:aws:iam::111122223333:server-certificate/portal';
const STRONG = [
  { Name: 'Protocol-TLSv1.2', Value: 'true' },
  { Name: 'Protocol-TLSv1.1', Value: 'false' },
  { Name: 'ECDHE-ECDSA-AES128-GCM-SHA256', Value: 'true' },
  { Name: 'ECDHE-RSA-AES256-GCM-SHA384', Value: 'true' },
  { Name: 'AES128-SHA', Value: 'false' },
];

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  return { app, s };
}

/** A raw Classic Load Balancer. */
function clb(s: Stack, id: string, listeners: unknown[], policies?: unknown[]) {
  return new CfnResource(s, id, {
    type: 'AWS::ElasticLoadBalancing::LoadBalancer',
    properties: { Listeners: listeners, AvailabilityZones: ['us-east-1a'], ...(policies ? { Policies: policies } : {}) },
  });
}
const https = (extra: Record<string, unknown> = {}) => ({ LoadBalancerPort: '443', InstancePort: '443', Protocol: 'HTTPS', InstanceProtocol: 'HTTPS', SSLCertificateId: ACM, ...extra });
const strongPolicy = { PolicyName: 'tls12-aead', PolicyType: 'SSLNegotiationPolicyType', Attributes: STRONG };

describe('DermaShield-ElbClassicHttpsListeners', () => {
  test('compliant and non-compliant: L2 HTTPS listener passes, an HTTP listener fails', () => {
    const { app, s } = stack();
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
    new elb.LoadBalancer(s, 'Good', { vpc, internetFacing: true, listeners: [{ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: ACM }] });
    new elb.LoadBalancer(s, 'Plain', { vpc, internetFacing: true, listeners: [{ externalPort: 80, externalProtocol: elb.LoadBalancingProtocol.HTTP }] });
    const result = synthWithPack(app);
    expectNoFinding(result, 'ElbClassicHttpsListeners', 'S/Good');
    expect(expectFinding(result, 'ElbClassicHttpsListeners', 'S/Plain').description).toContain('[DS-ELB-20]');
    expect(reasonOf(result, 'ElbClassicHttpsListeners', 'S/Plain')).toContain('Listeners.0.Protocol is HTTP');
  });

  test('escape hatch: protocol overridden to TCP after the L2 set HTTPS', () => {
    const { app, s } = stack();
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
    const lb = new elb.LoadBalancer(s, 'Lb', { vpc, internetFacing: true, listeners: [{ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: ACM }] });
    (lb.node.defaultChild as elb.CfnLoadBalancer).addPropertyOverride('Listeners.0.Protocol', 'TCP');
    expectFinding(synthWithPack(app), 'ElbClassicHttpsListeners', 'S/Lb');
  });

  test('raw CfnResource and token: a parameter protocol is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Proto', { type: 'String' });
    clb(s, 'Raw', [https(), { LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }]);
    clb(s, 'ByParam', [https({ Protocol: p.valueAsString })]);
    const result = synthWithPack(app);
    expectFinding(result, 'ElbClassicHttpsListeners', 'S/Raw');
    expectFinding(result, 'ElbClassicHttpsListeners', 'S/ByParam', { unverifiable: true });
  });
});

describe('DermaShield-ElbClassicAcmCertificate', () => {
  test('ACM passes, an IAM server certificate fails, a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Cert', { type: 'String' });
    clb(s, 'Acm', [https()]);
    clb(s, 'Iam', [https({ SSLCertificateId: IAM })]);
    clb(s, 'ByParam', [https({ SSLCertificateId: p.valueAsString })]);
    const result = synthWithPack(app);
    expectNoFinding(result, 'ElbClassicAcmCertificate', 'S/Acm');
    expect(expectFinding(result, 'ElbClassicAcmCertificate', 'S/Iam').description).toContain('[DS-ELB-3]');
    expectFinding(result, 'ElbClassicAcmCertificate', 'S/ByParam', { unverifiable: true });
  });

  test('escape hatch: certificate swapped for an IAM one on an L2 load balancer', () => {
    const { app, s } = stack();
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
    const lb = new elb.LoadBalancer(s, 'Lb', { vpc, internetFacing: true, listeners: [{ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: ACM }] });
    (lb.node.defaultChild as elb.CfnLoadBalancer).addPropertyOverride('Listeners.0.SSLCertificateId', IAM);
    expectFinding(synthWithPack(app), 'ElbClassicAcmCertificate', 'S/Lb');
  });
});

describe('DermaShield-ElbClassicTlsPolicy', () => {
  test('compliant: a custom TLS 1.2 AEAD/ECDHE policy, named by the listener or bound to its port', () => {
    const { app, s } = stack();
    clb(s, 'Named', [https({ PolicyNames: ['tls12-aead'] })], [strongPolicy]);
    clb(s, 'ByPort', [https()], [{ ...strongPolicy, LoadBalancerPorts: ['443'] }]);
    expectNoFinding(synthWithPack(app), 'ElbClassicTlsPolicy');
  });

  test('non-compliant: no policy (the 2016-08 default), a predefined Classic policy, TLS 1.0 or CBC enabled', () => {
    const { app, s } = stack();
    clb(s, 'NoPolicy', [https()]);
    clb(s, 'Predefined', [https({ PolicyNames: ['p'] })], [{ PolicyName: 'p', PolicyType: 'SSLNegotiationPolicyType', Attributes: [{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] }]);
    clb(s, 'Tls10', [https({ PolicyNames: ['p'] })], [{ PolicyName: 'p', PolicyType: 'SSLNegotiationPolicyType', Attributes: [...STRONG, { Name: 'Protocol-TLSv1', Value: 'true' }] }]);
    clb(s, 'Cbc', [https({ PolicyNames: ['p'] })], [{ PolicyName: 'p', PolicyType: 'SSLNegotiationPolicyType', Attributes: [...STRONG, { Name: 'ECDHE-RSA-AES128-SHA', Value: 'true' }] }]);
    clb(s, 'TcpOnly', [{ LoadBalancerPort: '22', InstancePort: '22', Protocol: 'TCP' }]);
    const result = synthWithPack(app);
    expect(expectFinding(result, 'ElbClassicTlsPolicy', 'S/NoPolicy').description).toContain('[DS-ELB-1]');
    expect(reasonOf(result, 'ElbClassicTlsPolicy', 'S/NoPolicy')).toContain('ELBSecurityPolicy-2016-08');
    expect(reasonOf(result, 'ElbClassicTlsPolicy', 'S/Predefined')).toContain('non-AEAD');
    expect(reasonOf(result, 'ElbClassicTlsPolicy', 'S/Tls10')).toContain('Protocol-TLSv1');
    expect(reasonOf(result, 'ElbClassicTlsPolicy', 'S/Cbc')).toContain('ECDHE-RSA-AES128-SHA');
    expectNoFinding(result, 'ElbClassicTlsPolicy', 'S/TcpOnly');
  });

  test('escape hatch: the policy removed from an L2 load balancer listener', () => {
    const { app, s } = stack();
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
    const lb = new elb.LoadBalancer(s, 'Lb', { vpc, internetFacing: true, listeners: [{ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: ACM, policyNames: ['tls12-aead'] }] });
    const cfn = lb.node.defaultChild as elb.CfnLoadBalancer;
    cfn.addPropertyOverride('Policies', [strongPolicy]);
    cfn.addPropertyDeletionOverride('Listeners.0.PolicyNames');
    expectFinding(synthWithPack(app), 'ElbClassicTlsPolicy', 'S/Lb');
  });

  test('token: an attribute value from a parameter is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'V', { type: 'String' });
    clb(s, 'ByParam', [https({ PolicyNames: ['p'] })], [{ PolicyName: 'p', PolicyType: 'SSLNegotiationPolicyType', Attributes: [{ Name: 'Protocol-TLSv1.2', Value: p.valueAsString }] }]);
    expectFinding(synthWithPack(app), 'ElbClassicTlsPolicy', 'S/ByParam', { unverifiable: true });
  });
});
