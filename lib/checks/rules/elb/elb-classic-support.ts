/**
 * Shared readers for the Classic Load Balancer rules (`AWS::ElasticLoadBalancing::LoadBalancer`): its inline
 * `Listeners` and the `SSLNegotiationPolicyType` policies that set each secure listener's protocols and ciphers.
 */
import { EffectiveResource } from '../../effective';
import { notApplicable, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, readList, readString } from '../../values';

export const CLASSIC_LOAD_BALANCER = 'AWS::ElasticLoadBalancing::LoadBalancer';

/** Front-end protocols that terminate TLS at a Classic Load Balancer. */
export const CLASSIC_TLS_PROTOCOLS: ReadonlySet<string> = new Set(['HTTPS', 'SSL']);

/** One literal listener with its position. */
export interface ClassicListener {
  readonly index: number;
  readonly where: string;
  readonly props: Record<string, unknown>;
  /** Upper-cased front-end protocol. */
  readonly protocol: string;
}

/**
 * Judge each listener with `judge`; a listener (or its protocol) hidden behind an intrinsic is unverifiable.
 * `onlyTls` skips (not applicable) listeners whose protocol is not HTTPS or SSL.
 */
export function eachListener(resource: EffectiveResource, onlyTls: boolean, judge: (l: ClassicListener) => RuleOutcome): RuleOutcome {
  const list = readList(resource.properties, 'Listeners');
  if (list.state === 'unverifiable') return unverifiable(`Listeners is ${list.why}`);
  if (list.state === 'absent' || list.value.length === 0) return notApplicable();
  return worst(list.value.map((item, index) => {
    const where = `Listeners.${index}`;
    if (isIntrinsic(item)) return unverifiable(`${where} is ${describeIntrinsic(item)}`);
    const protocol = readString(item, 'Protocol');
    if (protocol.state === 'unverifiable') return unverifiable(`${where}.Protocol is ${protocol.why}`);
    const value = protocol.state === 'known' ? protocol.value.toUpperCase() : '';
    if (onlyTls && !CLASSIC_TLS_PROTOCOLS.has(value)) return notApplicable();
    return judge({ index, where, props: item as Record<string, unknown>, protocol: value });
  }));
}
