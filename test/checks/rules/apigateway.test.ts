import { CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/** The per-resource reason line of a finding (the description lists one line per violating resource). */
const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const certificate = acm.Certificate.fromCertificateArn(s, 'Cert', CERT);
  return { app, s, certificate };
}

describe('DermaShield-ApiGatewayDomainTls', () => {
  test('compliant: REST domain with TLS_1_2 and with an enhanced TLS 1.3 policy; HTTP API domain with TLS_1_2', () => {
    const { app, s, certificate } = stack();
    new apigw.DomainName(s, 'Rest', { domainName: 'api.clinic.example', certificate, securityPolicy: apigw.SecurityPolicy.TLS_1_2 });
    new apigw.DomainName(s, 'Tls13', {
      domainName: 'api13.clinic.example', certificate, securityPolicy: apigw.SecurityPolicy.TLS13_1_3_2025_09, endpointAccessMode: apigw.EndpointAccessMode.STRICT,
    });
    new apigwv2.DomainName(s, 'Http', { domainName: 'http.clinic.example', certificate, securityPolicy: apigwv2.SecurityPolicy.TLS_1_2 });
    expectNoFinding(synthWithPack(app), 'ApiGatewayDomainTls');
  });

  test('non-compliant: aws-cdk-lib default REST domain (TLS_1_0), explicit TLS_1_0, and an HTTP API domain with no policy', () => {
    const { app, s, certificate } = stack();
    new apigw.DomainName(s, 'Rest', { domainName: 'api.clinic.example', certificate });
    new apigw.DomainName(s, 'Old', { domainName: 'old.clinic.example', certificate, securityPolicy: apigw.SecurityPolicy.TLS_1_0 });
    new apigwv2.DomainName(s, 'Http', { domainName: 'http.clinic.example', certificate });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'ApiGatewayDomainTls', 'S/Rest');
    expect(f.description).toContain('[DS-APIGW-1]');
    expect(f.description).toContain('164.312(e)(2)(ii)');
    expect(reasonOf(result, 'ApiGatewayDomainTls', 'S/Rest')).toContain('SecurityPolicy is not set (the default is TLS_1_0)');
    expect(reasonOf(result, 'ApiGatewayDomainTls', 'S/Old')).toContain('TLS_1_0, which accepts TLS 1.0');
    expect(reasonOf(result, 'ApiGatewayDomainTls', 'S/Http')).toContain('DomainNameConfigurations.0.SecurityPolicy is not set');
  });

  test('escape hatch: policy removed, or lowered, by override after the L2 set it', () => {
    const { app, s, certificate } = stack();
    const rest = new apigw.DomainName(s, 'Rest', { domainName: 'api.clinic.example', certificate, securityPolicy: apigw.SecurityPolicy.TLS_1_2 });
    (rest.node.defaultChild as apigw.CfnDomainName).addPropertyDeletionOverride('SecurityPolicy');
    const http = new apigwv2.DomainName(s, 'Http', { domainName: 'http.clinic.example', certificate, securityPolicy: apigwv2.SecurityPolicy.TLS_1_2 });
    (http.node.defaultChild as apigwv2.CfnDomainName).addPropertyOverride('DomainNameConfigurations.0.SecurityPolicy', 'TLS_1_0');
    const result = synthWithPack(app);
    expect(reasonOf(result, 'ApiGatewayDomainTls', 'S/Rest')).toContain('not set');
    expect(reasonOf(result, 'ApiGatewayDomainTls', 'S/Http')).toContain('TLS_1_0');
  });

  test('raw CfnResource, including private custom domains (DomainNameV2)', () => {
    const { app, s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::ApiGateway::DomainNameV2', properties: { DomainName: 'private.clinic.example' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::ApiGateway::DomainNameV2', properties: { DomainName: 'p2.clinic.example', SecurityPolicy: 'TLS_1_2' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ApiGatewayDomainTls', 'S/Raw');
    expectNoFinding(result, 'ApiGatewayDomainTls', 'S/RawOk');
  });

  test('token, and an unknown policy name, are unverifiable', () => {
    const { app, s, certificate } = stack();
    const p = new CfnParameter(s, 'Policy', { type: 'String' });
    const rest = new apigw.DomainName(s, 'ByParam', { domainName: 'api.clinic.example', certificate, securityPolicy: apigw.SecurityPolicy.TLS_1_2 });
    (rest.node.defaultChild as apigw.CfnDomainName).addPropertyOverride('SecurityPolicy', p.valueAsString);
    new CfnResource(s, 'Imported', { type: 'AWS::ApiGatewayV2::DomainName', properties: { DomainName: 'x.example', DomainNameConfigurations: Fn.importValue('Configs') } });
    new CfnResource(s, 'Unknown', { type: 'AWS::ApiGateway::DomainName', properties: { DomainName: 'y.example', SecurityPolicy: 'SecurityPolicy_TLS99_2099' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ApiGatewayDomainTls', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'ApiGatewayDomainTls', 'S/Imported', { unverifiable: true });
    expect(reasonOf(result, 'ApiGatewayDomainTls', 'S/Unknown', { unverifiable: true })).toContain('not a policy DermaShield knows');
  });
});
