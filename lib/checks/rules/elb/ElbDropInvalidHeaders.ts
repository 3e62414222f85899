import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { readString } from '../../values';
import { LOAD_BALANCER, readAttribute, readAttributes } from './elb-support';

/** The load balancer attribute, default `false`. */
export const DROP_INVALID_HEADERS_ATTRIBUTE = 'routing.http.drop_invalid_header_fields.enabled';

/** DS-ELB-4: Application Load Balancers drop invalid HTTP header fields. */
export const ElbDropInvalidHeaders = defineRule({
  name: 'ElbDropInvalidHeaders',
  controlId: 'DS-ELB-4',
  resourceTypes: [LOAD_BALANCER],
  requirement: `Application Load Balancers must set ${DROP_INVALID_HEADERS_ATTRIBUTE} to true (the default is false).`,
  explanation: 'Header fields that do not match the RFC grammar are a request-smuggling and header-injection vector '
    + 'against the targets that handle ePHI. Use TlsLoadBalancer, or dropInvalidHeaderFields: true.',
  evaluate(resource) {
    const type = readString(resource.properties, 'Type');
    if (type.state === 'unverifiable') return unverifiable(`Type is ${type.why}`);
    if (type.state === 'known' && type.value !== 'application') return notApplicable();
    const attributes = readAttributes(resource.properties, 'LoadBalancerAttributes');
    if (attributes.state === 'unverifiable') return unverifiable(attributes.why);
    if (attributes.state === 'absent') return fail(`${DROP_INVALID_HEADERS_ATTRIBUTE} is not set (the default is false)`);
    const value = readAttribute(attributes.value, DROP_INVALID_HEADERS_ATTRIBUTE);
    if (value.state === 'unverifiable') return unverifiable(`${DROP_INVALID_HEADERS_ATTRIBUTE} is ${value.why}`);
    if (value.state === 'absent') return fail(`${DROP_INVALID_HEADERS_ATTRIBUTE} is not set (the default is false)`);
    return value.value.toLowerCase() === 'true' ? pass() : fail(`${DROP_INVALID_HEADERS_ATTRIBUTE} is ${value.value}`);
  },
});
