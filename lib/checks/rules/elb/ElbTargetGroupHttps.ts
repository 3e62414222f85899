import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { readString } from '../../values';
import { TARGET_GROUP } from './elb-support';

/** Target-group protocols that encrypt the hop from the load balancer to the targets. */
const ENCRYPTED = new Set(['HTTPS', 'TLS']);

/** DS-ELB-6: the load balancer re-encrypts traffic to its targets. */
export const ElbTargetGroupHttps = defineRule({
  name: 'ElbTargetGroupHttps',
  controlId: 'DS-ELB-6',
  resourceTypes: [TARGET_GROUP],
  requirement: 'Target groups must use HTTPS (ALB) or TLS (NLB) to their targets, unless the exception is acknowledged with a reason.',
  explanation: 'ePHI decrypted at the load balancer would otherwise cross the VPC in clear text. Use '
    + 'protocol: ApplicationProtocol.HTTPS on the target group (TlsLoadBalancer does by default). If the targets '
    + 'terminate TLS themselves behind a TCP pass-through, acknowledge DermaShield-ElbTargetGroupHttps with that reason.',
  evaluate(resource) {
    const targetType = readString(resource.properties, 'TargetType');
    if (targetType.state === 'unverifiable') return unverifiable(`TargetType is ${targetType.why}`);
    // Lambda targets are invoked through the Lambda API (TLS); an ALB target terminates TLS on its own listeners.
    if (targetType.state === 'known' && (targetType.value === 'lambda' || targetType.value === 'alb')) return notApplicable();
    const protocol = readString(resource.properties, 'Protocol');
    if (protocol.state === 'unverifiable') return unverifiable(`Protocol is ${protocol.why}`);
    if (protocol.state === 'absent') return fail('Protocol is not set, so traffic to the targets is not encrypted');
    const value = protocol.value.toUpperCase();
    if (ENCRYPTED.has(value)) return pass();
    // Gateway Load Balancer: GENEVE encapsulation to inspection appliances, not an application hop.
    if (value === 'GENEVE') return notApplicable();
    return fail(`Protocol is ${protocol.value}, so traffic from the load balancer to the targets is not encrypted`);
  },
});
