import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Lightsail load balancers in front of small practice sites. */
export const LIGHTSAIL_CONTROLS = defineControls([
  {
    id: 'DS-LIGHTSAIL-1',
    title: 'Lightsail load balancers use a TLS 1.2+ forward-secret policy',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Lightsail load balancers use TLS-FS-Res-1-2-2019-08.',
    ruleIds: ['DermaShield-LightsailLoadBalancerTlsPolicy'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-LIGHTSAIL-2',
    title: 'Lightsail load balancers redirect HTTP to HTTPS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Lightsail load balancer TLS certificates turn on HTTPS redirection.',
    ruleIds: ['DermaShield-LightsailHttpsRedirect'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
