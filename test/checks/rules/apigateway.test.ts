import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
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

describe('DermaShield-ApiGatewayRestApiTls', () => {
  const api = (s: Stack, id: string) => {
    const rest = new apigw.RestApi(s, id);
    rest.root.addMethod('GET');
    return rest;
  };

  test('compliant: TLS_1_2 and an enhanced policy set on the L1 under the L2; a private API on its TLS-1-2 default; an inline OpenAPI policy', () => {
    const { app, s } = stack();
    new apigw.RestApi(s, 'Private', { endpointTypes: [apigw.EndpointType.PRIVATE] }).root.addMethod('GET');
    new CfnResource(s, 'OpenApi', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'o', Body: { 'openapi': '3.0.1', 'x-amazon-apigateway-security-policy': 'TLS_1_2' } } });
    (api(s, 'Legacy12').node.defaultChild as apigw.CfnRestApi).securityPolicy = 'TLS_1_2';
    const enhanced = api(s, 'Enhanced').node.defaultChild as apigw.CfnRestApi;
    enhanced.securityPolicy = 'SecurityPolicy_TLS13_1_3_2025_09';
    enhanced.endpointAccessMode = 'STRICT';
    expectNoFinding(synthWithPack(app), 'ApiGatewayRestApiTls');
  });

  test('non-compliant: the aws-cdk-lib default (no SecurityPolicy) and TLS_1_0', () => {
    const { app, s } = stack();
    api(s, 'Default');
    (api(s, 'Old').node.defaultChild as apigw.CfnRestApi).securityPolicy = 'TLS_1_0';
    const result = synthWithPack(app);
    expect(reasonOf(result, 'ApiGatewayRestApiTls', 'S/Default')).toContain('SecurityPolicy is not set (edge-optimized and Regional APIs default to TLS-1-0)');
    expect(reasonOf(result, 'ApiGatewayRestApiTls', 'S/Old')).toContain('accepts TLS 1.0');
    expect(expectFinding(result, 'ApiGatewayRestApiTls', 'S/Old').description).toContain('[DS-APIGW-20]');
  });

  test('escape hatch: the policy removed by an override; raw CfnResource judged alike', () => {
    const { app, s } = stack();
    const rest = api(s, 'Removed').node.defaultChild as apigw.CfnRestApi;
    rest.securityPolicy = 'TLS_1_2';
    rest.addPropertyDeletionOverride('SecurityPolicy');
    new CfnResource(s, 'RawApi', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'raw', SecurityPolicy: 'TLS_1_0' } });
    new CfnResource(s, 'RawGood', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'ok', SecurityPolicy: 'TLS_1_2' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ApiGatewayRestApiTls', 'S/Removed');
    expectFinding(result, 'ApiGatewayRestApiTls', 'S/RawApi');
    expectNoFinding(result, 'ApiGatewayRestApiTls', 'S/RawGood');
  });

  test('a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Policy', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') });
    new CfnResource(s, 'ByParam', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'a', SecurityPolicy: p.valueAsString } });
    new CfnResource(s, 'ByImport', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'b', SecurityPolicy: Fn.importValue('Policy') } });
    new CfnResource(s, 'ByIf', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'c', SecurityPolicy: Fn.conditionIf(cond.logicalId, 'TLS_1_2', 'TLS_1_0') } });
    new CfnResource(s, 'InS3', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'd', BodyS3Location: { Bucket: 'b', Key: 'api.json' } } });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf', 'S/InS3']) expectFinding(result, 'ApiGatewayRestApiTls', id, { unverifiable: true });
  });
});

describe('DermaShield-ApiGatewayStageCacheEncrypted', () => {
  const api = (s: Stack, id: string, deployOptions?: apigw.StageOptions) => {
    const rest = new apigw.RestApi(s, id, { deployOptions });
    rest.root.addResource('patients').addMethod('GET');
    return rest;
  };

  test('compliant: encrypted stage cache, a stage without a cache cluster, a method that does not cache', () => {
    const { app, s } = stack();
    api(s, 'Encrypted', { cacheClusterEnabled: true, cachingEnabled: true, cacheDataEncrypted: true });
    api(s, 'NoCache');
    api(s, 'ClusterOnly', { cacheClusterEnabled: true, methodOptions: { '/patients/GET': { loggingLevel: apigw.MethodLoggingLevel.ERROR } } });
    expectNoFinding(synthWithPack(app), 'ApiGatewayStageCacheEncrypted');
  });

  test('non-compliant: caching on without encryption, and a method override that turns encryption off', () => {
    const { app, s } = stack();
    api(s, 'Plain', { cacheClusterEnabled: true, cachingEnabled: true });
    api(s, 'Override', {
      cacheClusterEnabled: true, cachingEnabled: true, cacheDataEncrypted: true,
      methodOptions: { '/patients/GET': { cachingEnabled: true, cacheDataEncrypted: false } },
    });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'ApiGatewayStageCacheEncrypted', 'S/Plain')).toContain('CacheDataEncrypted is not set');
    expect(reasonOf(result, 'ApiGatewayStageCacheEncrypted', 'S/Override')).toContain('CacheDataEncrypted is false');
    expect(expectFinding(result, 'ApiGatewayStageCacheEncrypted', 'S/Plain').description).toContain('[DS-APIGW-21]');
  });

  test('escape hatch: encryption removed from the stage after the L2 set it', () => {
    const { app, s } = stack();
    const rest = api(s, 'Hatch', { cacheClusterEnabled: true, cachingEnabled: true, cacheDataEncrypted: true });
    (rest.deploymentStage.node.defaultChild as apigw.CfnStage).addPropertyDeletionOverride('MethodSettings.0.CacheDataEncrypted');
    expectFinding(synthWithPack(app), 'ApiGatewayStageCacheEncrypted', 'S/Hatch');
  });

  test('raw Stage and Deployment (StageDescription) resources', () => {
    const { app, s } = stack();
    new CfnResource(s, 'RawStage', { type: 'AWS::ApiGateway::Stage', properties: { RestApiId: 'x', CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true }] } });
    new CfnResource(s, 'RawDeploy', { type: 'AWS::ApiGateway::Deployment', properties: { RestApiId: 'x', StageDescription: { CacheClusterEnabled: true, CachingEnabled: true } } });
    new CfnResource(s, 'RawDeployOk', { type: 'AWS::ApiGateway::Deployment', properties: { RestApiId: 'x', StageDescription: { CacheClusterEnabled: true, CachingEnabled: true, CacheDataEncrypted: true } } });
    new CfnResource(s, 'RawNoStage', { type: 'AWS::ApiGateway::Deployment', properties: { RestApiId: 'x' } });
    const result = synthWithPack(app);
    expectFinding(result, 'ApiGatewayStageCacheEncrypted', 'S/RawStage');
    expectFinding(result, 'ApiGatewayStageCacheEncrypted', 'S/RawDeploy');
    expectNoFinding(result, 'ApiGatewayStageCacheEncrypted', 'S/RawDeployOk');
    expectNoFinding(result, 'ApiGatewayStageCacheEncrypted', 'S/RawNoStage');
  });

  test('a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'Enc', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') });
    const settings = (encrypted: unknown) => ({ RestApiId: 'x', CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true, CacheDataEncrypted: encrypted }] });
    new CfnResource(s, 'ByParam', { type: 'AWS::ApiGateway::Stage', properties: settings(p.valueAsString) });
    new CfnResource(s, 'ByImport', { type: 'AWS::ApiGateway::Stage', properties: settings(Fn.importValue('Enc')) });
    new CfnResource(s, 'ByIf', { type: 'AWS::ApiGateway::Stage', properties: { RestApiId: 'x', CacheClusterEnabled: Fn.conditionIf(cond.logicalId, true, false) } });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'ApiGatewayStageCacheEncrypted', id, { unverifiable: true });
  });
});

describe('API Gateway backend integrations (DS-APIGW-10 REST, DS-APIGW-11 HTTP/WebSocket)', () => {
  test('compliant: REST HTTP integration and HTTP API URL integration over https; a Lambda integration is not judged', () => {
    const { app, s } = stack();
    const rest = new apigw.RestApi(s, 'Rest');
    rest.root.addMethod('GET', new apigw.HttpIntegration('https://scheduling.clinic.example/'));
    rest.root.addMethod('POST', new apigw.MockIntegration());
    const http = new apigwv2.HttpApi(s, 'Http');
    http.addRoutes({ path: '/fhir', integration: new integrations.HttpUrlIntegration('Fhir', 'https://fhir.clinic.example/') });
    const result = synthWithPack(app);
    expectNoFinding(result, 'ApiGatewayIntegrationHttps');
    expectNoFinding(result, 'ApiGatewayV2IntegrationHttps');
  });

  test('non-compliant: http:// backends; a VPC-link integration to an HTTP listener', () => {
    const { app, s } = stack();
    const rest = new apigw.RestApi(s, 'Rest');
    rest.root.addMethod('GET', new apigw.HttpIntegration('http://scheduling.clinic.example/'));
    const http = new apigwv2.HttpApi(s, 'Http');
    http.addRoutes({ path: '/fhir', integration: new integrations.HttpUrlIntegration('Fhir', 'http://fhir.clinic.example/') });
    const listener = new CfnResource(s, 'Listener', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: { Protocol: 'HTTP', Port: 80, LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/x/1', DefaultActions: [] } });
    new CfnResource(s, 'Private', { type: 'AWS::ApiGatewayV2::Integration', properties: { ApiId: 'a1', IntegrationType: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', ConnectionId: 'vl1', IntegrationMethod: 'ANY', IntegrationUri: listener.ref, PayloadFormatVersion: '1.0' } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'ApiGatewayIntegrationHttps', 'S/Rest/Default/GET').description).toContain('http://scheduling');
    expect(expectFinding(result, 'ApiGatewayV2IntegrationHttps', 'S/Http').description).toContain('http://fhir');
    expect(expectFinding(result, 'ApiGatewayV2IntegrationHttps', 'S/Private').description).toContain('Protocol is HTTP');
  });

  test('escape hatch: the backend URIs overridden to http:// after the L2s set https', () => {
    const { app, s } = stack();
    const rest = new apigw.RestApi(s, 'Rest');
    const method = rest.root.addMethod('GET', new apigw.HttpIntegration('https://scheduling.clinic.example/'));
    (method.node.defaultChild as apigw.CfnMethod).addPropertyOverride('Integration.Uri', 'http://scheduling.clinic.example/');
    const http = new apigwv2.HttpApi(s, 'Http');
    http.addRoutes({ path: '/fhir', integration: new integrations.HttpUrlIntegration('Fhir', 'https://fhir.clinic.example/') });
    const integration = s.node.findAll().find((c) => c instanceof apigwv2.CfnIntegration) as apigwv2.CfnIntegration;
    integration.addPropertyOverride('IntegrationUri', 'http://fhir.clinic.example/');
    const result = synthWithPack(app);
    expectFinding(result, 'ApiGatewayIntegrationHttps', 'S/Rest/Default/GET');
    expectFinding(result, 'ApiGatewayV2IntegrationHttps', 'S/Http');
  });

  test('raw CfnResource: a VPC-link integration to an HTTPS listener of the app passes; one to a listener outside the app is unverifiable', () => {
    const { app, s } = stack();
    const listener = new CfnResource(s, 'Listener', { type: 'AWS::ElasticLoadBalancingV2::Listener', properties: { Protocol: 'HTTPS', Port: 443, LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/x/1', DefaultActions: [] } });
    const integration = (id: string, uri: unknown) => new CfnResource(s, id, { type: 'AWS::ApiGatewayV2::Integration', properties: {
      ApiId: 'a1', IntegrationType: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', ConnectionId: 'vl1', IntegrationMethod: 'ANY', IntegrationUri: uri, PayloadFormatVersion: '1.0' } });
    integration('InApp', listener.ref);
    integration('Outside', 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/x/1/2');
    const result = synthWithPack(app);
    expectNoFinding(result, 'ApiGatewayV2IntegrationHttps', 'S/InApp');
    expectFinding(result, 'ApiGatewayV2IntegrationHttps', 'S/Outside', { unverifiable: true });
  });

  test('token: backend URIs from a parameter, an import or Fn::If are unverifiable', () => {
    const { app, s } = stack();
    const p = new CfnParameter(s, 'U', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const v2 = (id: string, uri: unknown) => new CfnResource(s, id, { type: 'AWS::ApiGatewayV2::Integration', properties: {
      ApiId: 'a1', IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', IntegrationUri: uri, PayloadFormatVersion: '1.0' } });
    v2('ByParam', p.valueAsString);
    v2('ByImport', Fn.importValue('Backend'));
    v2('ByIf', Fn.conditionIf(cond.logicalId, 'https://a', 'http://a'));
    new CfnResource(s, 'RestByParam', { type: 'AWS::ApiGateway::Method', properties: { RestApiId: 'r', ResourceId: 'x', HttpMethod: 'GET',
      AuthorizationType: 'NONE', Integration: { Type: 'HTTP', IntegrationHttpMethod: 'GET', Uri: p.valueAsString } } });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'ApiGatewayV2IntegrationHttps', id, { unverifiable: true });
    expectFinding(result, 'ApiGatewayIntegrationHttps', 'S/RestByParam', { unverifiable: true });
  });
});
