import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { readString } from '../../values';

/** Listener protocols that carry TLS to the backend. */
const TLS_LISTENER_PROTOCOLS = new Set(['HTTPS', 'TLS']);

/** DS-APIGW-11: HTTP API and WebSocket API HTTP integrations reach their backend over TLS. */
export const ApiGatewayV2IntegrationHttps = defineRule({
  name: 'ApiGatewayV2IntegrationHttps',
  controlId: 'DS-APIGW-11',
  resourceTypes: ['AWS::ApiGatewayV2::Integration'],
  requirement: 'HTTP and HTTP_PROXY integrations of HTTP and WebSocket APIs must call an https:// backend, or, through a VPC '
    + 'link, a load balancer listener of this app whose protocol is HTTPS or TLS.',
  explanation: 'API Gateway opens a new connection to the backend: to an http:// URL, or to an HTTP listener behind a VPC link, '
    + 'the request and response (ePHI included) cross that leg in cleartext. Use an https:// URL, or an HTTPS listener with '
    + 'TlsConfig.ServerNameToVerify. A private integration to a listener or Cloud Map service outside the app cannot be verified.',
  evaluate(resource) {
    const p = resource.properties;
    const type = readString(p, 'IntegrationType');
    if (type.state === 'unverifiable') return unverifiable(`IntegrationType is ${type.why}`);
    if (type.state !== 'known' || !['HTTP', 'HTTP_PROXY'].includes(type.value.toUpperCase())) return notApplicable();
    const connection = readString(p, 'ConnectionType');
    if (connection.state === 'unverifiable') return unverifiable(`ConnectionType is ${connection.why}`);
    const uri = p.IntegrationUri;
    if (connection.state === 'known' && connection.value.toUpperCase() === 'VPC_LINK') {
      const target = resource.stack.resolve(uri);
      if (target.kind === 'resource' && target.resource.type === 'AWS::ElasticLoadBalancingV2::Listener') {
        const protocol = readString(target.resource.properties, 'Protocol');
        if (protocol.state === 'unverifiable') return unverifiable(`the listener's Protocol is ${protocol.why}`);
        const value = protocol.state === 'known' ? protocol.value.toUpperCase() : 'not set';
        return TLS_LISTENER_PROTOCOLS.has(value) ? pass()
          : fail(`IntegrationUri is listener ${target.resource.logicalId}, whose Protocol is ${value}, not HTTPS or TLS`);
      }
      if (target.kind === 'literal' && /^https?:\/\//i.test(target.value)) {
        return /^https:\/\//i.test(target.value) ? pass() : fail(`IntegrationUri is ${target.value}`);
      }
      return unverifiable(`IntegrationUri ${target.kind === 'unverifiable' ? `is ${target.why}` : 'is a private integration target outside this app'}, `
        + 'so whether the backend leg uses TLS cannot be verified');
    }
    const url = readString(p, 'IntegrationUri');
    if (url.state === 'unverifiable') return unverifiable(`IntegrationUri is ${url.why}`);
    if (url.state === 'absent') return fail('IntegrationUri is not set');
    return /^https:\/\//i.test(url.value) ? pass() : fail(`IntegrationUri is ${url.value}; it must use https://`);
  },
});
