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
]);
