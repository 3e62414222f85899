import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Site-to-Site VPN: the IPsec link between the clinic network and the VPC. */
export const SITE_VPN_CONTROLS = defineControls([
  {
    id: 'DS-SITEVPN-1',
    title: 'Site-to-Site VPN tunnels negotiate only strong IKE parameters',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Both tunnels of every Site-to-Site VPN connection allow only IKEv2, SHA-2 integrity and Diffie-Hellman groups 14 to 21.',
    ruleIds: ['DermaShield-VpnTunnelCrypto'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
