import { defineRule, fail, pass } from '../../rule';
import { CLASSIC_LOAD_BALANCER, CLASSIC_TLS_PROTOCOLS, eachListener } from './elb-classic-support';

/** DS-ELB-20: a Classic Load Balancer has only HTTPS and SSL listeners. */
export const ElbClassicHttpsListeners = defineRule({
  name: 'ElbClassicHttpsListeners',
  controlId: 'DS-ELB-20',
  resourceTypes: [CLASSIC_LOAD_BALANCER],
  requirement: 'Classic Load Balancers must have only HTTPS or SSL listeners.',
  explanation: 'A Classic Load Balancer cannot redirect HTTP to HTTPS, so an HTTP or TCP listener serves ePHI in clear text. '
    + 'Remove HTTP/TCP listeners (better: migrate to an Application or Network Load Balancer with TlsLoadBalancer).',
  evaluate(resource) {
    return eachListener(resource, false, (l) => (CLASSIC_TLS_PROTOCOLS.has(l.protocol)
      ? pass()
      : fail(`${l.where}.Protocol is ${l.protocol || 'not set'}, so the listener carries traffic in clear text`)));
  },
});
