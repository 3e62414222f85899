import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, readList, readString } from '../../values';
import { CLOUDFORMATION_DEFAULT_TLS_POLICY, hasForwardSecrecy, isAeadCipher, judgeTlsPolicy } from '../../../controls/tls-policies';
import { CLASSIC_LOAD_BALANCER, ClassicListener, eachListener } from './elb-classic-support';

const NEGOTIATION = 'SSLNegotiationPolicyType';
const REFERENCE = 'Reference-Security-Policy';
const WEAK_PROTOCOLS = ['Protocol-SSLv2', 'Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1'];

/** Judge a predefined policy name by its properties (as DS-ELB-1 does for ALB and NLB listeners). */
function judgeNamed(name: string, shown: string): RuleOutcome {
  const verdict = judgeTlsPolicy(name);
  if (verdict.kind === 'allowed') return pass();
  if (verdict.kind === 'unknown') return unverifiable(`${shown} ${name} is not a predefined ELB security policy DermaShield knows`);
  return fail(`${shown} ${name}: ${verdict.problems.join('; ')}`);
}

/** Judge a custom SSL negotiation policy from its `Name`/`Value` attributes. */
function judgeAttributes(attributes: readonly unknown[], where: string): RuleOutcome {
  const enabled = new Map<string, string>();
  for (const a of attributes) {
    if (isIntrinsic(a)) return unverifiable(`an attribute of ${where} is ${describeIntrinsic(a)}`);
    const name = readString(a, 'Name');
    const value = readString(a, 'Value');
    if (name.state === 'unverifiable') return unverifiable(`an attribute name of ${where} is ${name.why}`);
    if (value.state === 'unverifiable') return unverifiable(`${where} attribute ${name.state === 'known' ? name.value : ''} is ${value.why}`);
    if (name.state === 'known') enabled.set(name.value, value.state === 'known' ? value.value : '');
  }
  const reference = enabled.get(REFERENCE);
  if (reference !== undefined) return judgeNamed(reference, `${where} references`);
  const on = (n: string) => (enabled.get(n) ?? '').toLowerCase() === 'true';
  const problems: string[] = [];
  const weak = WEAK_PROTOCOLS.filter(on);
  if (weak.length) problems.push(`it enables ${weak.join(', ')}`);
  if (!on('Protocol-TLSv1.2')) problems.push('it does not enable Protocol-TLSv1.2');
  const ciphers = [...enabled.keys()].filter((n) => !n.startsWith('Protocol-') && n !== 'Server-Defined-Cipher-Order' && on(n));
  if (ciphers.length === 0) problems.push('it enables no cipher');
  const notAead = ciphers.filter((c) => !isAeadCipher(c));
  if (notAead.length) problems.push(`it enables non-AEAD ciphers such as ${notAead.slice(0, 2).join(', ')}`);
  const noFs = ciphers.filter((c) => !hasForwardSecrecy(c));
  if (noFs.length) problems.push(`it enables ciphers without forward secrecy such as ${noFs.slice(0, 2).join(', ')}`);
  return problems.length ? fail(`${where}: ${problems.join('; ')}`) : pass();
}

/** The SSL negotiation policies that apply to a listener: named in its PolicyNames, or bound to its port. */
function judgeListener(resource: EffectiveResource, l: ClassicListener): RuleOutcome {
  const names = readList(l.props, 'PolicyNames');
  if (names.state === 'unverifiable') return unverifiable(`${l.where}.PolicyNames is ${names.why}`);
  const policies = readList(resource.properties, 'Policies');
  if (policies.state === 'unverifiable') return unverifiable(`Policies is ${policies.why}`);
  const port = readString(l.props, 'LoadBalancerPort');
  const wanted = new Set((names.state === 'known' ? names.value : []).map((n) => (typeof n === 'string' ? n : JSON.stringify(n))));
  if (names.state === 'known' && names.value.some(isIntrinsic)) return unverifiable(`a name in ${l.where}.PolicyNames is decided at deploy time`);
  const applied: RuleOutcome[] = [];
  for (const [i, policy] of (policies.state === 'known' ? policies.value : []).entries()) {
    const where = `Policies.${i}`;
    if (isIntrinsic(policy)) return unverifiable(`${where} is ${describeIntrinsic(policy)}`);
    const type = readString(policy, 'PolicyType');
    const name = readString(policy, 'PolicyName');
    if (type.state === 'unverifiable' || name.state === 'unverifiable') return unverifiable(`${where} is decided at deploy time`);
    if (type.state !== 'known' || type.value !== NEGOTIATION) continue;
    const ports = readList(policy, 'LoadBalancerPorts');
    const byPort = ports.state === 'known' && port.state === 'known' && ports.value.some((p) => String(p) === port.value);
    if (!(name.state === 'known' && wanted.has(name.value)) && !byPort) continue;
    const attributes = readList(policy, 'Attributes');
    if (attributes.state !== 'known') return unverifiable(`${where}.Attributes is ${attributes.state === 'unverifiable' ? attributes.why : 'not set'}`);
    applied.push(judgeAttributes(attributes.value, `${where} (${name.state === 'known' ? name.value : 'unnamed'})`));
  }
  if (applied.length === 0) {
    return judgeNamed(CLOUDFORMATION_DEFAULT_TLS_POLICY, `${l.where} has no SSLNegotiationPolicyType policy, so the default`);
  }
  return worst(applied);
}

/** DS-ELB-1: the HTTPS and SSL listeners of a Classic Load Balancer negotiate only TLS 1.2+ AEAD, forward-secret ciphers. */
export const ElbClassicTlsPolicy = defineRule({
  name: 'ElbClassicTlsPolicy',
  controlId: 'DS-ELB-1',
  resourceTypes: [CLASSIC_LOAD_BALANCER],
  requirement: 'HTTPS and SSL listeners of Classic Load Balancers must use an SSLNegotiationPolicyType policy that enables only '
    + 'Protocol-TLSv1.2 and AEAD, forward-secret ciphers (ECDHE-*-GCM).',
  explanation: 'Without a policy the listener uses ELBSecurityPolicy-2016-08 (TLS 1.0, CBC, static RSA), and every predefined '
    + 'Classic policy still allows CBC or static-RSA ciphers. Define a custom SSLNegotiationPolicyType policy with '
    + 'Protocol-TLSv1.2 true and only ECDHE-ECDSA/RSA-AES128/256-GCM ciphers true, and name it in the listener\'s '
    + 'PolicyNames; better, migrate to an ALB or NLB (TlsLoadBalancer).',
  evaluate(resource) {
    return eachListener(resource, true, (l) => judgeListener(resource, l));
  },
});
