import { TableEntry } from './entry';

/** Amazon Lightsail load balancers (controls DS-LIGHTSAIL-*). */
export const LIGHTSAIL_ENTRIES: readonly TableEntry[] = [
  {
    name: 'LightsailLoadBalancerTlsPolicy',
    controlId: 'DS-LIGHTSAIL-1',
    resourceTypes: ['AWS::Lightsail::LoadBalancer'],
    requirement: 'Lightsail load balancers must use the TLS 1.2, forward-secret policy TLS-FS-Res-1-2-2019-08 (TlsPolicyName).',
    fix: 'The default TLS-2016-08 accepts TLS 1.0 and 1.1 and non-forward-secret ciphers, and TLS-FS-1-1-2019-08 accepts '
      + 'TLS 1.1. Set TlsPolicyName to TLS-FS-Res-1-2-2019-08.',
    checks: [{ kind: 'one-of', path: 'TlsPolicyName', allowed: ['TLS-FS-Res-1-2-2019-08'], absentMeans: 'TLS-2016-08' }],
  },
  {
    name: 'LightsailHttpsRedirect',
    controlId: 'DS-LIGHTSAIL-2',
    resourceTypes: ['AWS::Lightsail::LoadBalancerTlsCertificate'],
    requirement: 'Lightsail load balancer TLS certificates must turn on HTTPS redirection (HttpsRedirectionEnabled: true).',
    fix: 'Without it (the default is off) the load balancer keeps answering plain HTTP on port 80. Set HttpsRedirectionEnabled: true.',
    checks: [{ kind: 'true', path: 'HttpsRedirectionEnabled', absentMeans: false }],
  },
];
