import { defineRule, notApplicable, unverifiable } from '../../rule';
import { judgeCertificateList, LISTENER, LISTENER_CERTIFICATE, readProtocol, TLS_LISTENER_PROTOCOLS } from './elb-support';

/** DS-ELB-3: TLS is terminated with ACM certificates, never IAM server certificates. */
export const ElbAcmCertificate = defineRule({
  name: 'ElbAcmCertificate',
  controlId: 'DS-ELB-3',
  resourceTypes: [LISTENER, LISTENER_CERTIFICATE],
  requirement: 'HTTPS and TLS listeners (and listener certificates) must use AWS Certificate Manager certificates, not IAM server certificates.',
  explanation: 'ACM renews and rotates certificates and keeps the private key out of people\'s hands; an IAM server '
    + 'certificate expires silently and its key was handled by whoever uploaded it. Request or import the certificate '
    + 'in ACM and pass the acm.ICertificate.',
  evaluate(resource) {
    if (resource.type === LISTENER_CERTIFICATE) return judgeCertificateList(resource, true);
    const protocol = readProtocol(resource);
    if (protocol.state === 'unverifiable') return unverifiable(`Protocol is ${protocol.why}`);
    // HTTP listeners (e.g. the port-80 redirect) carry no certificate and are not judged here.
    if (protocol.state === 'absent' || !TLS_LISTENER_PROTOCOLS.has(protocol.value)) return notApplicable();
    return judgeCertificateList(resource, true);
  },
});
