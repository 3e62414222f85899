import { TableEntry } from './entry';

/** API Gateway REST API backend integrations (control DS-APIGW-10). HTTP APIs' integrations are a rule file. */
export const APIGATEWAY_INTEGRATION_ENTRIES: readonly TableEntry[] = [
  {
    name: 'ApiGatewayIntegrationHttps',
    controlId: 'DS-APIGW-10',
    resourceTypes: ['AWS::ApiGateway::Method'],
    requirement: 'REST API methods with an HTTP or HTTP_PROXY integration must call an https:// backend (Integration.Uri).',
    fix: 'API Gateway terminates the client\'s TLS and opens a new connection to the backend: with an http:// Uri the '
      + 'request and response, ePHI included, cross that leg in cleartext (over a VPC link too). Serve the backend over '
      + 'HTTPS and use an https:// Uri.',
    when: { path: 'Integration.Type', equals: ['HTTP', 'HTTP_PROXY'] },
    checks: [{ kind: 'scheme', path: 'Integration.Uri', allowed: ['https://'] }],
  },
];
