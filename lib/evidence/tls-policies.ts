/**
 * ELBv2 listener security policies, judged by what they negotiate (not by a name deny-list).
 *
 * Source: "Security policies for your Application Load Balancer" / "... Network Load Balancer" (AWS docs).
 * `minTls` is the lowest protocol version the policy accepts; `tls13` whether it offers TLS 1.3.
 * A policy name not in this table is reported as `unknown-policy`, never as compliant.
 */
export interface ListenerPolicyFacts {
  readonly minTls: '1.0' | '1.1' | '1.2' | '1.3';
  readonly tls13: boolean;
}

const P = (minTls: ListenerPolicyFacts['minTls'], tls13: boolean): ListenerPolicyFacts => ({ minTls, tls13 });

export const LISTENER_POLICIES: Readonly<Record<string, ListenerPolicyFacts>> = Object.freeze({
  // TLS 1.3 policies
  'ELBSecurityPolicy-TLS13-1-3-2021-06': P('1.3', true),
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04': P('1.3', true),
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09': P('1.3', true),
  'ELBSecurityPolicy-TLS13-1-2-2021-06': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04': P('1.2', true),
  'ELBSecurityPolicy-TLS13-1-1-2021-06': P('1.1', true),
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04': P('1.1', true),
  'ELBSecurityPolicy-TLS13-1-0-2021-06': P('1.0', true),
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04': P('1.0', true),
  // TLS 1.2 only, no TLS 1.3
  'ELBSecurityPolicy-TLS-1-2-2017-01': P('1.2', false),
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06': P('1.2', false),
  'ELBSecurityPolicy-FS-1-2-2019-08': P('1.2', false),
  'ELBSecurityPolicy-FS-1-2-Res-2019-08': P('1.2', false),
  'ELBSecurityPolicy-FS-1-2-Res-2020-10': P('1.2', false),
  // Legacy: accept TLS 1.0 / 1.1
  'ELBSecurityPolicy-2016-08': P('1.0', false),
  'ELBSecurityPolicy-2015-05': P('1.0', false),
  'ELBSecurityPolicy-TLS-1-0-2015-04': P('1.0', false),
  'ELBSecurityPolicy-TLS-1-1-2017-01': P('1.1', false),
  'ELBSecurityPolicy-FS-2018-06': P('1.0', false),
  'ELBSecurityPolicy-FS-1-1-2019-08': P('1.1', false),
});

/** Grade of an encrypted listener's policy. */
export function gradeListenerPolicy(policy: string | undefined): 'tls13' | 'tls12' | 'legacy' | 'unknown-policy' {
  if (!policy) return 'unknown-policy';
  const facts = LISTENER_POLICIES[policy];
  if (!facts) return 'unknown-policy';
  if (facts.minTls === '1.0' || facts.minTls === '1.1') return 'legacy';
  return facts.tls13 ? 'tls13' : 'tls12';
}
