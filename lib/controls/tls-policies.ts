/**
 * The predefined Elastic Load Balancing (ELBv2) security policies, described by their properties.
 *
 * DermaShield judges a listener's `SslPolicy` from what the policy actually negotiates (its protocols and cipher
 * suites, as `DescribeSSLPolicies` returns them), not from a deny-list of names: a policy is allowed only when
 * its lowest protocol is TLS 1.2 or newer, every cipher suite is an AEAD cipher (GCM or ChaCha20-Poly1305), and
 * every cipher suite has forward secrecy (ECDHE, or any TLS 1.3 suite). A name that is not in this table cannot
 * be verified.
 *
 * Sources: the "Security policies for your Application Load Balancer" and "... Network Load Balancer" pages of the
 * Elastic Load Balancing guide (TLS 1.3, FIPS (2023-04) and post-quantum (2025-09) families, FS and TLS-1-x
 * policies), cross-checked against the `DescribeSSLPolicies` data of moto and aws-cdk-lib 2.276's `SslPolicy` enum.
 * Post-quantum (`-PQ-`) policies add hybrid ML-KEM key exchange groups but negotiate the same cipher suites as
 * their classical counterpart.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
 */

/** A TLS protocol version as `DescribeSSLPolicies` names it. */
export type TlsProtocol = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

/**
 * One predefined ELB security policy.
 *
 * TypeScript only (`@jsii ignore`): a row of the table the pack and constructs judge with, not part of the jsii API.
 * @jsii ignore
 */
export interface ElbTlsPolicy {
  /** The policy name, e.g. `ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09`. */
  readonly name: string;
  /** Protocol versions the policy negotiates. */
  readonly protocols: readonly TlsProtocol[];
  /** Cipher suites (OpenSSL names for TLS 1.2 and below, IANA names for TLS 1.3). */
  readonly ciphers: readonly string[];
  /** A FIPS 140-3 policy (AWS-LC FIPS module). */
  readonly fips: boolean;
  /** Offers hybrid post-quantum (ML-KEM) key exchange. */
  readonly postQuantum: boolean;
}

/** The default CloudFormation, the AWS CLI and the CDK use when `SslPolicy` is omitted (TLS 1.0, CBC, static RSA). */
export const CLOUDFORMATION_DEFAULT_TLS_POLICY = 'ELBSecurityPolicy-2016-08';

/** The policy DermaShield constructs use: TLS 1.2/1.3, AEAD + ECDHE only, hybrid post-quantum key exchange. */
export const DERMASHIELD_DEFAULT_TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';

// Cipher-suite groups, so each policy row reads like the AWS table.
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
const TLS13_FIPS = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384'];
const ECDHE_GCM = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384'];
const ECDHE_CBC_SHA2 = ['ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384'];
const ECDHE_CBC_SHA1 = ['ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA'];
const RSA_GCM = ['AES128-GCM-SHA256', 'AES256-GCM-SHA384'];
const RSA_CBC_SHA2 = ['AES128-SHA256', 'AES256-SHA256'];
const RSA_CBC_SHA1 = ['AES128-SHA', 'AES256-SHA'];
const TRIPLE_DES = ['DES-CBC3-SHA'];

const ALL_TLS12 = [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...ECDHE_CBC_SHA1, ...RSA_GCM, ...RSA_CBC_SHA2, ...RSA_CBC_SHA1];
const ECDHE_ALL = [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...ECDHE_CBC_SHA1];
const EXT1_TLS12 = [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...RSA_GCM, ...RSA_CBC_SHA2];

const V10: TlsProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2'];
const V11: TlsProtocol[] = ['TLSv1.1', 'TLSv1.2'];
const V12: TlsProtocol[] = ['TLSv1.2'];
const V13_10: TlsProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const V13_11: TlsProtocol[] = ['TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const V13_12: TlsProtocol[] = ['TLSv1.2', 'TLSv1.3'];
const V13: TlsProtocol[] = ['TLSv1.3'];

function p(name: string, protocols: TlsProtocol[], ciphers: string[]): ElbTlsPolicy {
  return Object.freeze({
    name,
    protocols: Object.freeze([...protocols]),
    ciphers: Object.freeze([...ciphers]),
    fips: name.includes('-FIPS-'),
    postQuantum: name.includes('-PQ-'),
  });
}

/** Every predefined ELBv2 security policy DermaShield knows, by name. */
export const ELB_TLS_POLICIES: ReadonlyMap<string, ElbTlsPolicy> = new Map([
  // TLS 1.3 policies (2021-06)
  p('ELBSecurityPolicy-TLS13-1-3-2021-06', V13, TLS13),
  p('ELBSecurityPolicy-TLS13-1-2-Res-2021-06', V13_12, [...TLS13, ...ECDHE_GCM]),
  p('ELBSecurityPolicy-TLS13-1-2-2021-06', V13_12, [...TLS13, ...ECDHE_GCM, ...ECDHE_CBC_SHA2]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06', V13_12, [...TLS13, ...EXT1_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06', V13_12, [...TLS13, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-1-2021-06', V13_11, [...TLS13, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-0-2021-06', V13_10, [...TLS13, ...ALL_TLS12]),
  // Post-quantum hybrid key exchange (2025-09): same suites as the classical policy of the same shape
  p('ELBSecurityPolicy-TLS13-1-3-PQ-2025-09', V13, TLS13),
  p('ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09', V13_12, [...TLS13, ...ECDHE_GCM]),
  p('ELBSecurityPolicy-TLS13-1-2-PQ-2025-09', V13_12, [...TLS13, ...ECDHE_GCM, ...ECDHE_CBC_SHA2]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09', V13_12, [...TLS13, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09', V13_12, [...TLS13, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-0-PQ-2025-09', V13_10, [...TLS13, ...ALL_TLS12]),
  // FIPS 140-3 (2023-04)
  p('ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04', V13, TLS13_FIPS),
  p('ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04', V13_12, [...TLS13_FIPS, ...ECDHE_GCM]),
  p('ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04', V13_12, [...TLS13_FIPS, ...ECDHE_GCM, ...ECDHE_CBC_SHA2]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04', V13_12, [...TLS13_FIPS, ...ECDHE_ALL]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04', V13_12, [...TLS13_FIPS, ...EXT1_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04', V13_12, [...TLS13_FIPS, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04', V13_11, [...TLS13_FIPS, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04', V13_10, [...TLS13_FIPS, ...ALL_TLS12]),
  // FIPS + post-quantum (2025-09)
  p('ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09', V13, TLS13_FIPS),
  p('ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09', V13_12, [...TLS13_FIPS, ...ECDHE_GCM]),
  p('ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09', V13_12, [...TLS13_FIPS, ...ECDHE_GCM, ...ECDHE_CBC_SHA2]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09', V13_12, [...TLS13_FIPS, ...ECDHE_ALL]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09', V13_12, [...TLS13_FIPS, ...EXT1_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09', V13_12, [...TLS13_FIPS, ...ALL_TLS12]),
  p('ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09', V13_10, [...TLS13_FIPS, ...ALL_TLS12]),
  // Forward-secrecy policies
  p('ELBSecurityPolicy-FS-1-2-Res-2020-10', V12, ECDHE_GCM),
  p('ELBSecurityPolicy-FS-1-2-Res-2019-08', V12, [...ECDHE_GCM, ...ECDHE_CBC_SHA2]),
  p('ELBSecurityPolicy-FS-1-2-2019-08', V12, ECDHE_ALL),
  p('ELBSecurityPolicy-FS-1-1-2019-08', V11, ECDHE_ALL),
  p('ELBSecurityPolicy-FS-2018-06', V10, ECDHE_ALL),
  // TLS 1.0-1.2 policies
  p('ELBSecurityPolicy-TLS-1-2-2017-01', V12, EXT1_TLS12),
  p('ELBSecurityPolicy-TLS-1-2-Ext-2018-06', V12, ALL_TLS12),
  p('ELBSecurityPolicy-TLS-1-1-2017-01', V11, ALL_TLS12),
  p(CLOUDFORMATION_DEFAULT_TLS_POLICY, V10, ALL_TLS12),
  p('ELBSecurityPolicy-2015-05', V10, ALL_TLS12),
  p('ELBSecurityPolicy-TLS-1-0-2015-04', V10, [...ALL_TLS12, ...TRIPLE_DES]),
].map((policy) => [policy.name, policy] as const));

const PROTOCOL_ORDER: readonly TlsProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** The lowest protocol version a policy accepts. */
export function minimumProtocol(policy: ElbTlsPolicy): TlsProtocol {
  return PROTOCOL_ORDER.find((v) => policy.protocols.includes(v)) ?? 'TLSv1';
}

/** AEAD: AES-GCM, AES-CCM or ChaCha20-Poly1305 (every TLS 1.3 suite is AEAD). */
export function isAeadCipher(cipher: string): boolean {
  return cipher.startsWith('TLS_') || /GCM|CCM|CHACHA20|POLY1305/.test(cipher);
}

/** Forward secrecy: an ephemeral (EC)DHE key exchange (every TLS 1.3 suite has it). */
export function hasForwardSecrecy(cipher: string): boolean {
  return cipher.startsWith('TLS_') || /^(ECDHE|DHE)-/.test(cipher);
}

/** What DermaShield concludes about a policy name. */
export type TlsPolicyVerdict =
  | { readonly kind: 'allowed'; readonly policy: ElbTlsPolicy }
  | { readonly kind: 'weak'; readonly policy: ElbTlsPolicy; readonly problems: readonly string[] }
  | { readonly kind: 'unknown'; readonly name: string };

/** Judge a policy by its properties: TLS 1.2 minimum, AEAD-only, forward secrecy on every suite. */
export function judgeTlsPolicy(name: string): TlsPolicyVerdict {
  const policy = ELB_TLS_POLICIES.get(name);
  if (!policy) return { kind: 'unknown', name };
  const problems: string[] = [];
  const min = minimumProtocol(policy);
  if (PROTOCOL_ORDER.indexOf(min) < PROTOCOL_ORDER.indexOf('TLSv1.2')) problems.push(`it accepts ${min}`);
  const notAead = policy.ciphers.filter((c) => !isAeadCipher(c));
  if (notAead.length) problems.push(`it allows non-AEAD (CBC/3DES) ciphers such as ${notAead.slice(0, 2).join(', ')}`);
  const noFs = policy.ciphers.filter((c) => !hasForwardSecrecy(c));
  if (noFs.length) problems.push(`it allows ciphers without forward secrecy such as ${noFs.slice(0, 2).join(', ')}`);
  return problems.length ? { kind: 'weak', policy, problems } : { kind: 'allowed', policy };
}

/** Every allowed policy name, strongest-first as listed in the table. */
export const ALLOWED_TLS_POLICIES: readonly string[] = Object.freeze(
  [...ELB_TLS_POLICIES.keys()].filter((n) => judgeTlsPolicy(n).kind === 'allowed'),
);
