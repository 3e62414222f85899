import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** API Gateway: the practice app's API front door. */
export const APIGATEWAY_CONTROLS = defineControls([
  {
    id: 'DS-APIGW-1',
    title: 'API Gateway custom domains accept TLS 1.2 or later only',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'API Gateway custom domain names use the TLS_1_2 security policy or an enhanced TLS 1.2/1.3 policy.',
    ruleIds: ['DermaShield-ApiGatewayDomainTls'],
    configRules: [],
    notEvidencedAfterDeployment: 'The security policy belongs to the custom domain name, and neither AWS::ApiGateway::DomainName nor AWS::ApiGatewayV2::DomainName is a resource type in the AWS Config resource schema (awslabs/aws-config-resource-schema) or in aws-cdk-lib 2.276 config.ResourceType; the recorded Stage and RestApi items do not carry it.',
  },
  {
    id: 'DS-APIGW-20',
    title: 'API Gateway REST APIs accept TLS 1.2 or later only',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Edge-optimized and Regional REST APIs set SecurityPolicy to TLS_1_2 or an enhanced TLS 1.2/1.3 policy (their default is TLS-1-0).',
    ruleIds: ['DermaShield-ApiGatewayRestApiTls'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-APIGW-21',
    title: 'API Gateway stage caches encrypted',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Stages with a cache cluster encrypt the cached responses of every method that caches (CacheDataEncrypted).',
    ruleIds: ['DermaShield-ApiGatewayStageCacheEncrypted'],
    configRules: [{ identifier: 'API_GW_CACHE_ENABLED_AND_ENCRYPTED', resourceTypes: ['AWS::ApiGateway::Stage'], caveat: 'Also fails stages that have caching off, which this control does not require.' }],
  },
  {
    id: 'DS-APIGW-10',
    title: 'REST API backend integrations use HTTPS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'REST API methods with HTTP or HTTP_PROXY integrations call their backend over https.',
    ruleIds: ['DermaShield-ApiGatewayIntegrationHttps'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-APIGW-11',
    title: 'HTTP and WebSocket API backend integrations use TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'HTTP and WebSocket API integrations call an https backend, or a load balancer listener that terminates TLS through a VPC link.',
    ruleIds: ['DermaShield-ApiGatewayV2IntegrationHttps'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
