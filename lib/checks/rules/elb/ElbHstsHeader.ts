import { HSTS_ATTRIBUTE, MIN_HSTS_MAX_AGE_SECONDS } from '../../../controls/parameters';
import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { LISTENER, readAttribute, readAttributes, readProtocol } from './elb-support';


/** The `max-age` directive of a Strict-Transport-Security value, or undefined when it has none. */
export function hstsMaxAge(value: string): number | undefined {
  const match = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** DS-ELB-5: HTTPS listeners send Strict-Transport-Security themselves. */
export const ElbHstsHeader = defineRule({
  name: 'ElbHstsHeader',
  controlId: 'DS-ELB-5',
  resourceTypes: [LISTENER],
  requirement: `HTTPS listeners must set the ${HSTS_ATTRIBUTE} listener attribute with max-age of at least `
    + `${MIN_HSTS_MAX_AGE_SECONDS} seconds (one year).`,
  explanation: 'HSTS makes browsers refuse plain HTTP to the portal, so a downgrade or a typed http:// link never '
    + 'carries a session cookie or ePHI in clear text. Set by the load balancer it cannot be forgotten by one target. '
    + `Use TlsLoadBalancer, or listener.setAttribute('${HSTS_ATTRIBUTE}', 'max-age=31536000; includeSubDomains').`,
  evaluate(resource) {
    const protocol = readProtocol(resource);
    if (protocol.state === 'unverifiable') return unverifiable(`Protocol is ${protocol.why}`);
    // Only ALB HTTPS listeners can add response headers; browsers ignore HSTS over plain HTTP.
    if (protocol.state === 'absent' || protocol.value !== 'HTTPS') return notApplicable();
    const attributes = readAttributes(resource.properties, 'ListenerAttributes');
    if (attributes.state === 'unverifiable') return unverifiable(attributes.why);
    if (attributes.state === 'absent') return fail(`${HSTS_ATTRIBUTE} is not set, so no Strict-Transport-Security header is sent`);
    const value = readAttribute(attributes.value, HSTS_ATTRIBUTE);
    if (value.state === 'unverifiable') return unverifiable(`${HSTS_ATTRIBUTE} is ${value.why}`);
    if (value.state === 'absent' || value.value.trim() === '') {
      return fail(`${HSTS_ATTRIBUTE} is not set, so no Strict-Transport-Security header is sent`);
    }
    const maxAge = hstsMaxAge(value.value);
    if (maxAge === undefined) return fail(`${HSTS_ATTRIBUTE} '${value.value}' has no max-age directive`);
    if (maxAge < MIN_HSTS_MAX_AGE_SECONDS) {
      return fail(`${HSTS_ATTRIBUTE} max-age is ${maxAge}, below ${MIN_HSTS_MAX_AGE_SECONDS} (one year)`);
    }
    return pass();
  },
});
