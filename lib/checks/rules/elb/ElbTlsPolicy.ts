import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { readString } from '../../values';
import { LISTENER, readProtocol, TLS_LISTENER_PROTOCOLS } from './elb-support';
import { ALLOWED_TLS_POLICIES, CLOUDFORMATION_DEFAULT_TLS_POLICY, judgeTlsPolicy } from '../../../controls/tls-policies';

/** DS-ELB-1: HTTPS (ALB) and TLS (NLB) listeners negotiate only TLS 1.2+ with AEAD, forward-secret ciphers. */
export const ElbTlsPolicy = defineRule({
  name: 'ElbTlsPolicy',
  controlId: 'DS-ELB-1',
  resourceTypes: [LISTENER],
  requirement: 'HTTPS and TLS listeners must use a security policy whose minimum protocol is TLS 1.2 and whose ciphers '
    + 'are all AEAD with forward secrecy (e.g. ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09).',
  explanation: 'Without SslPolicy, CloudFormation and the CDK use ELBSecurityPolicy-2016-08 (TLS 1.0, CBC, static RSA); '
    + 'SslPolicy.RECOMMENDED is that policy and RECOMMENDED_TLS still allows CBC ciphers on TLS 1.2. Use TlsLoadBalancer, '
    + `or set sslPolicy to one of: ${ALLOWED_TLS_POLICIES.join(', ')}.`,
  evaluate(resource) {
    const protocol = readProtocol(resource);
    if (protocol.state === 'unverifiable') return unverifiable(`Protocol is ${protocol.why}`);
    if (protocol.state === 'absent' || !TLS_LISTENER_PROTOCOLS.has(protocol.value)) return notApplicable();

    const policy = readString(resource.properties, 'SslPolicy');
    if (policy.state === 'unverifiable') return unverifiable(`SslPolicy is ${policy.why}`);
    const name = policy.state === 'absent' ? CLOUDFORMATION_DEFAULT_TLS_POLICY : policy.value;
    const shown = policy.state === 'absent' ? `SslPolicy is not set, so the default ${name} applies` : `SslPolicy ${name}`;
    const verdict = judgeTlsPolicy(name);
    switch (verdict.kind) {
      case 'allowed':
        return pass();
      case 'unknown':
        return unverifiable(`${shown} is not a predefined ELB security policy DermaShield knows, so its protocols and ciphers cannot be verified`);
      case 'weak':
        return fail(`${shown}: ${verdict.problems.join('; ')}`);
    }
  },
});
