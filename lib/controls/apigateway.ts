import { HIPAA } from './citations';
import { defineControls } from './types';

/** API Gateway: the practice app's API front door. */
export const APIGATEWAY_CONTROLS = defineControls([
  {
    id: 'DS-APIGW-1',
    title: 'API Gateway custom domains accept TLS 1.2 or later only',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'API Gateway custom domain names use the TLS_1_2 security policy or an enhanced TLS 1.2/1.3 policy.',
    ruleIds: ['DermaShield-ApiGatewayDomainTls'],
    configRules: [],
  },
  {
    id: 'DS-APIGW-10',
    title: 'REST API backend integrations use HTTPS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'REST API methods with HTTP or HTTP_PROXY integrations call their backend over https.',
    ruleIds: ['DermaShield-ApiGatewayIntegrationHttps'],
    configRules: [],
  },
  {
    id: 'DS-APIGW-11',
    title: 'HTTP and WebSocket API backend integrations use TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'HTTP and WebSocket API integrations call an https backend, or a load balancer listener that terminates TLS through a VPC link.',
    ruleIds: ['DermaShield-ApiGatewayV2IntegrationHttps'],
    configRules: [],
  },
]);
