import { TableEntry } from './entry';

/** Integrity algorithms AWS Site-to-Site VPN offers that are not SHA-1. */
const SHA2 = ['SHA2-256', 'SHA2-384', 'SHA2-512'];
/** Diffie-Hellman groups of at least 2048-bit MODP or 256-bit ECP, without the RFC 5114 groups 22-24 (RFC 8247). */
const STRONG_DH = ['14', '15', '16', '17', '18', '19', '20', '21'];

/** AWS Site-to-Site VPN connections (control DS-SITEVPN-1). */
export const SITE_VPN_ENTRIES: readonly TableEntry[] = [
  {
    name: 'VpnTunnelCrypto',
    controlId: 'DS-SITEVPN-1',
    resourceTypes: ['AWS::EC2::VPNConnection'],
    requirement: 'Every Site-to-Site VPN tunnel must restrict IKEVersions to ikev2, phase 1 and 2 integrity to SHA2-256/384/512 '
      + 'and phase 1 and 2 Diffie-Hellman groups to 14-21.',
    fix: 'Tunnel options left out (or a connection without VpnTunnelOptionsSpecifications) accept every value AWS offers: '
      + 'IKEv1, SHA1 and DH group 2 (1024-bit) and 5, so a misconfigured or downgraded peer negotiates weak cryptography. '
      + 'Give both tunnels explicit IKEVersions [ikev2], Phase1/Phase2IntegrityAlgorithms [SHA2-256, SHA2-384, SHA2-512] '
      + 'and Phase1/Phase2DHGroupNumbers [14..21] (all encryption algorithms AWS offers are AES).',
    checks: [
      { kind: 'one-of', path: 'VpnTunnelOptionsSpecifications[].IKEVersions[].Value', allowed: ['ikev2'] },
      { kind: 'one-of', path: 'VpnTunnelOptionsSpecifications[].Phase1IntegrityAlgorithms[].Value', allowed: SHA2 },
      { kind: 'one-of', path: 'VpnTunnelOptionsSpecifications[].Phase2IntegrityAlgorithms[].Value', allowed: SHA2 },
      { kind: 'one-of', path: 'VpnTunnelOptionsSpecifications[].Phase1DHGroupNumbers[].Value', allowed: STRONG_DH },
      { kind: 'one-of', path: 'VpnTunnelOptionsSpecifications[].Phase2DHGroupNumbers[].Value', allowed: STRONG_DH },
    ],
  },
];
