import { ELB_TLS_POLICIES, judgeTlsPolicy, minimumProtocol } from '../controls/tls-policies';

/**
 * ELBv2 listener security policies, judged by what they negotiate (not by a name deny-list).
 *
 * The facts come from the rule pack's policy table (`lib/controls/tls-policies.ts`, the same table the
 * synth-time ELB rules use), so synth-time and after-deploy judgements cannot drift apart. A policy name not in that
 * table is reported as `unknown-policy`, never as compliant.
 */
export interface ListenerPolicyFacts {
  /** Lowest protocol the policy accepts. */
  readonly minTls: '1.0' | '1.1' | '1.2' | '1.3';
  /** Whether the policy offers TLS 1.3. */
  readonly tls13: boolean;
  /** Whether DermaShield's rule pack allows it (TLS 1.2+, AEAD-only, forward secrecy). */
  readonly allowedByDermaShield: boolean;
}

const MIN: Record<string, ListenerPolicyFacts['minTls']> = { 'TLSv1': '1.0', 'TLSv1.1': '1.1', 'TLSv1.2': '1.2', 'TLSv1.3': '1.3' };

/** Facts for every policy in the rule pack's table. */
export const LISTENER_POLICIES: Readonly<Record<string, ListenerPolicyFacts>> = Object.freeze(
  Object.fromEntries(
    [...ELB_TLS_POLICIES.values()].map((p) => [
      p.name,
      { minTls: MIN[minimumProtocol(p)], tls13: p.protocols.includes('TLSv1.3'), allowedByDermaShield: judgeTlsPolicy(p.name).kind === 'allowed' },
    ]),
  ),
);

/** Grade of an encrypted listener's policy. */
export function gradeListenerPolicy(policy: string | undefined): 'tls13' | 'tls12' | 'legacy' | 'unknown-policy' {
  if (!policy) return 'unknown-policy';
  const facts = LISTENER_POLICIES[policy];
  if (!facts) return 'unknown-policy';
  if (facts.minTls === '1.0' || facts.minTls === '1.1') return 'legacy';
  return facts.tls13 ? 'tls13' : 'tls12';
}
