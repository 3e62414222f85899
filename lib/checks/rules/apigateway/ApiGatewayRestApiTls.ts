import { defineRule } from '../../rule';
import { readString } from '../../values';
import { judgePolicy } from './ApiGatewayDomainTls';

/** DS-APIGW-20: REST APIs negotiate TLS 1.2 or later on their own endpoint. */
export const ApiGatewayRestApiTls = defineRule({
  name: 'ApiGatewayRestApiTls',
  controlId: 'DS-APIGW-20',
  resourceTypes: ['AWS::ApiGateway::RestApi'],
  requirement: 'REST APIs must set SecurityPolicy to TLS_1_2 or an enhanced SecurityPolicy_TLS13_* / SecurityPolicy_TLS12_* policy.',
  explanation: 'API Gateway negotiates TLS with the REST API\'s own security policy, on the execute-api endpoint and (per '
    + 'AWS) also behind a custom domain name. Without SecurityPolicy the API keeps the legacy fixed policy of its endpoint '
    + 'type, which can accept TLS 1.0 and 1.1. Set SecurityPolicy (CfnRestApi securityPolicy, or an override on '
    + 'RestApi\'s default child) to TLS_1_2, or to an enhanced policy with EndpointAccessMode STRICT.',
  evaluate(resource) {
    return judgePolicy('SecurityPolicy', readString(resource.properties, 'SecurityPolicy'),
      'the endpoint keeps its legacy default policy, which can accept TLS 1.0 and 1.1');
  },
});
