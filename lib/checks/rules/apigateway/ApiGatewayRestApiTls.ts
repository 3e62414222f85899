import { defineRule, pass, unverifiable } from '../../rule';
import { readList, readObject, readString } from '../../values';
import { judgePolicy } from './ApiGatewayDomainTls';

/** The OpenAPI extension that sets the security policy in an imported definition. */
const OPENAPI_POLICY = 'x-amazon-apigateway-security-policy';

/**
 * DS-APIGW-20: REST APIs negotiate TLS 1.2 or later on their own endpoint. Without SecurityPolicy a REST API keeps the
 * legacy policy AWS documents for default endpoints: TLS-1-0 for edge-optimized and Regional APIs, TLS-1-2 for private
 * APIs. An imported OpenAPI definition may set the policy itself (x-amazon-apigateway-security-policy).
 */
export const ApiGatewayRestApiTls = defineRule({
  name: 'ApiGatewayRestApiTls',
  controlId: 'DS-APIGW-20',
  resourceTypes: ['AWS::ApiGateway::RestApi'],
  requirement: 'Edge-optimized and Regional REST APIs must set SecurityPolicy to TLS_1_2 or an enhanced SecurityPolicy_TLS13_* / '
    + 'SecurityPolicy_TLS12_* policy; private APIs must not lower theirs.',
  explanation: 'API Gateway negotiates TLS with the REST API\'s own security policy, on the execute-api endpoint and behind a '
    + 'custom domain name. Without SecurityPolicy an edge-optimized or Regional API uses TLS-1-0, which accepts TLS 1.0 and '
    + '1.1 (private APIs default to TLS-1-2). Set SecurityPolicy (CfnRestApi securityPolicy, or an override on RestApi\'s '
    + 'default child) to TLS_1_2, or to an enhanced policy with EndpointAccessMode STRICT.',
  evaluate(resource) {
    const policy = readString(resource.properties, 'SecurityPolicy');
    if (policy.state !== 'absent') return judgePolicy('SecurityPolicy', policy, '');
    const body = readObject(resource.properties, 'Body');
    if (body.state === 'unverifiable') return unverifiable(`Body is ${body.why}, so its ${OPENAPI_POLICY} cannot be read`);
    if (body.state === 'known' && body.value[OPENAPI_POLICY] !== undefined) {
      return judgePolicy(`Body.${OPENAPI_POLICY}`, readString(body.value, OPENAPI_POLICY), '');
    }
    if (resource.properties.BodyS3Location !== undefined) {
      return unverifiable(`SecurityPolicy is not set and the OpenAPI definition in BodyS3Location may set ${OPENAPI_POLICY}, which cannot be read at synth`);
    }
    const types = readList(resource.properties, 'EndpointConfiguration.Types');
    if (types.state === 'unverifiable') return unverifiable(`EndpointConfiguration.Types is ${types.why}`);
    if (types.state === 'known' && types.value.length > 0 && types.value.every((t) => t === 'PRIVATE')) return pass(); // TLS-1-2 by default
    return judgePolicy('SecurityPolicy', policy, 'edge-optimized and Regional APIs default to TLS-1-0');
  },
});
