import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  return { app, s };
}

const api = () => new origins.HttpOrigin('api.clinic.example', {
  protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY, originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
});

/** A distribution that meets all three controls. */
function secure(s: Stack, id: string, props: Partial<cloudfront.DistributionProps> = {}) {
  return new cloudfront.Distribution(s, id, {
    defaultBehavior: { origin: api(), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
    domainNames: ['portal.clinic.example'],
    certificate: acm.Certificate.fromCertificateArn(s, `${id}Cert`, CERT),
    minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    ...props,
  });
}

const cfn = (d: cloudfront.Distribution) => d.node.defaultChild as cloudfront.CfnDistribution;

describe('DermaShield-CloudFrontViewerTls', () => {
  test.each([
    cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    cloudfront.SecurityPolicyProtocol.TLS_V1_2_2025,
    cloudfront.SecurityPolicyProtocol.TLS_V1_3_2025,
  ])('compliant: custom certificate with %s', (minimumProtocolVersion) => {
    const { app, s } = stack();
    secure(s, 'Cdn', { minimumProtocolVersion });
    expectNoFinding(synthWithPack(app), 'CloudFrontViewerTls');
  });

  test.each([
    cloudfront.SecurityPolicyProtocol.TLS_V1,
    cloudfront.SecurityPolicyProtocol.TLS_V1_1_2016,
    cloudfront.SecurityPolicyProtocol.TLS_V1_2_2018,
    cloudfront.SecurityPolicyProtocol.TLS_V1_2_2019,
  ])('non-compliant: %s', (minimumProtocolVersion) => {
    const { app, s } = stack();
    secure(s, 'Cdn', { minimumProtocolVersion });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'CloudFrontViewerTls', 'S/Cdn').description).toContain('[DS-CLOUDFRONT-1]');
    expect(reasonOf(result, 'CloudFrontViewerTls', 'S/Cdn')).toContain(`MinimumProtocolVersion is ${minimumProtocolVersion}`);
  });

  test('non-compliant: the default *.cloudfront.net certificate (aws-cdk-lib default)', () => {
    const { app, s } = stack();
    new cloudfront.Distribution(s, 'Cdn', { defaultBehavior: { origin: api(), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY } });
    new CfnResource(s, 'Explicit', { type: 'AWS::CloudFront::Distribution', properties: { DistributionConfig: { ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1.2_2021' } } } });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'CloudFrontViewerTls', 'S/Cdn')).toContain('ViewerCertificate is not set');
    expect(reasonOf(result, 'CloudFrontViewerTls', 'S/Explicit')).toContain('CloudFrontDefaultCertificate is true');
  });

  test('escape hatch: policy lowered, or removed, by override after the L2 set it', () => {
    const { app, s } = stack();
    cfn(secure(s, 'Low')).addPropertyOverride('DistributionConfig.ViewerCertificate.MinimumProtocolVersion', 'TLSv1');
    cfn(secure(s, 'Gone')).addPropertyDeletionOverride('DistributionConfig.ViewerCertificate.MinimumProtocolVersion');
    const result = synthWithPack(app);
    expect(reasonOf(result, 'CloudFrontViewerTls', 'S/Low')).toContain('TLSv1, which accepts TLS 1.0');
    expect(reasonOf(result, 'CloudFrontViewerTls', 'S/Gone')).toContain('not set (the default is TLSv1)');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::CloudFront::Distribution', properties: { DistributionConfig: { ViewerCertificate: { AcmCertificateArn: CERT, MinimumProtocolVersion: 'TLSv1_2016' } } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::CloudFront::Distribution', properties: { DistributionConfig: { ViewerCertificate: { AcmCertificateArn: CERT, MinimumProtocolVersion: 'TLSv1.3_2025' } } } });
    const result = synthWithPack(app);
    expectFinding(result, 'CloudFrontViewerTls', 'S/Raw');
    expectNoFinding(result, 'CloudFrontViewerTls', 'S/RawOk');
  });

  test('token, and an unknown policy name, are unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Policy', { type: 'String' });
    cfn(secure(s, 'ByParam')).addPropertyOverride('DistributionConfig.ViewerCertificate.MinimumProtocolVersion', p.valueAsString);
    cfn(secure(s, 'Future')).addPropertyOverride('DistributionConfig.ViewerCertificate.MinimumProtocolVersion', 'TLSv1.4_2030');
    const result = synthWithPack(app);
    expectFinding(result, 'CloudFrontViewerTls', 'S/ByParam', { unverifiable: true });
    expect(reasonOf(result, 'CloudFrontViewerTls', 'S/Future', { unverifiable: true })).toContain('not a policy DermaShield knows');
  });
});

describe('DermaShield-CloudFrontViewerHttps', () => {
  test('compliant: redirect-to-https default behavior and an https-only additional behavior', () => {
    const { app, s } = stack();
    const d = secure(s, 'Cdn');
    d.addBehavior('/api/*', api(), { viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY });
    expectNoFinding(synthWithPack(app), 'CloudFrontViewerHttps');
  });

  test('non-compliant: aws-cdk-lib default (allow-all) on the default behavior, and on an additional behavior', () => {
    const { app, s } = stack();
    new cloudfront.Distribution(s, 'AllowAll', { defaultBehavior: { origin: api() } });
    const d = secure(s, 'Mixed');
    d.addBehavior('/legacy/*', api(), { viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'CloudFrontViewerHttps', 'S/AllowAll').description).toContain('[DS-CLOUDFRONT-2]');
    expect(reasonOf(result, 'CloudFrontViewerHttps', 'S/AllowAll')).toContain("DefaultCacheBehavior.ViewerProtocolPolicy is 'allow-all'");
    expect(reasonOf(result, 'CloudFrontViewerHttps', 'S/Mixed')).toContain("CacheBehaviors.0.ViewerProtocolPolicy is 'allow-all'");
  });

  test('escape hatch: policy overridden after the L2 set it', () => {
    const { app, s } = stack();
    cfn(secure(s, 'Cdn')).addPropertyOverride('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', 'allow-all');
    expectFinding(synthWithPack(app), 'CloudFrontViewerHttps', 'S/Cdn');
  });

  test('raw CfnResource', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::CloudFront::Distribution', properties: { DistributionConfig: { DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'https-only' }, CacheBehaviors: [{ PathPattern: '/x', TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all' }] } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::CloudFront::Distribution', properties: { DistributionConfig: { DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'https-only' } } } });
    const result = synthWithPack(app);
    expectFinding(result, 'CloudFrontViewerHttps', 'S/Raw');
    expectNoFinding(result, 'CloudFrontViewerHttps', 'S/RawOk');
  });

  test('token: an imported viewer policy is unverifiable', () => {
    const { app, s } = stack();
    cfn(secure(s, 'Cdn')).addPropertyOverride('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', Fn.importValue('Policy'));
    expectFinding(synthWithPack(app), 'CloudFrontViewerHttps', 'S/Cdn', { unverifiable: true });
  });
});

describe('DermaShield-CloudFrontOriginTls', () => {
  test('compliant: HTTPS-only custom origin with TLS 1.2, and an S3 origin (OAC) behind HTTPS-only behaviors', () => {
    const { app, s } = stack();
    const d = secure(s, 'Cdn');
    d.addBehavior('/images/*', origins.S3BucketOrigin.withOriginAccessControl(new s3.Bucket(s, 'Images')), {
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
    });
    expectNoFinding(synthWithPack(app), 'CloudFrontOriginTls');
  });

  test.each([
    [{ protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY }, "OriginProtocolPolicy is 'http-only'"],
    [{ protocolPolicy: cloudfront.OriginProtocolPolicy.MATCH_VIEWER }, "OriginProtocolPolicy is 'match-viewer'"],
    [{ originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_1, cloudfront.OriginSslPolicy.TLS_V1_2] }, 'OriginSSLProtocols includes TLSv1.1'],
  ])('non-compliant custom origin: %j', (props, message) => {
    const { app, s } = stack();
    secure(s, 'Cdn', {
      defaultBehavior: { origin: new origins.HttpOrigin('api.clinic.example', props as origins.HttpOriginProps), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY },
    });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'CloudFrontOriginTls', 'S/Cdn').description).toContain('[DS-CLOUDFRONT-3]');
    expect(reasonOf(result, 'CloudFrontOriginTls', 'S/Cdn')).toContain(message);
  });

  test('non-compliant: an S3 origin reached through an allow-all behavior', () => {
    const { app, s } = stack();
    new cloudfront.Distribution(s, 'Cdn', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(new s3.Bucket(s, 'Images')) } });
    expect(reasonOf(synthWithPack(app), 'CloudFrontOriginTls', 'S/Cdn')).toContain('reached with the viewer protocol and DefaultCacheBehavior allows HTTP');
  });

  test('escape hatch: origin protocols removed by override after the L2 set them', () => {
    const { app, s } = stack();
    cfn(secure(s, 'Cdn')).addPropertyDeletionOverride('DistributionConfig.Origins.0.CustomOriginConfig.OriginSSLProtocols');
    expect(reasonOf(synthWithPack(app), 'CloudFrontOriginTls', 'S/Cdn')).toContain('OriginSSLProtocols is not set');
  });

  test('raw CfnResource, including a VPC origin', () => {
    const { app, s } = stack();
    new CfnResource(s, 'VpcO', { type: 'AWS::CloudFront::VpcOrigin', properties: { VpcOriginEndpointConfig: { Arn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/x/y', Name: 'alb', OriginProtocolPolicy: 'http-only' } } });
    new CfnResource(s, 'Raw', {
      type: 'AWS::CloudFront::Distribution',
      properties: { DistributionConfig: { Origins: [{ Id: 'alb', DomainName: 'alb.internal', VpcOriginConfig: { VpcOriginId: { Ref: 'VpcO' } } }], DefaultCacheBehavior: { TargetOriginId: 'alb', ViewerProtocolPolicy: 'https-only' } } },
    });
    new CfnResource(s, 'RawOk', {
      type: 'AWS::CloudFront::Distribution',
      properties: { DistributionConfig: { Origins: [{ Id: 'api', DomainName: 'api.example', CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } }] } },
    });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'CloudFrontOriginTls', 'S/Raw')).toContain("VPC origin VpcO OriginProtocolPolicy is 'http-only'");
    expectNoFinding(result, 'CloudFrontOriginTls', 'S/RawOk');
  });

  test('token: a parameter origin protocol policy is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Proto', { type: 'String' });
    cfn(secure(s, 'Cdn')).addPropertyOverride('DistributionConfig.Origins.0.CustomOriginConfig.OriginProtocolPolicy', p.valueAsString);
    expectFinding(synthWithPack(app), 'CloudFrontOriginTls', 'S/Cdn', { unverifiable: true });
  });
});
