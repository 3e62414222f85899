import { defineRule } from '../../rule';
import { CLASSIC_LOAD_BALANCER, eachListener } from './elb-classic-support';
import { judgeCertificateArn } from './elb-support';

/** DS-ELB-3: the HTTPS and SSL listeners of a Classic Load Balancer present ACM certificates. */
export const ElbClassicAcmCertificate = defineRule({
  name: 'ElbClassicAcmCertificate',
  controlId: 'DS-ELB-3',
  resourceTypes: [CLASSIC_LOAD_BALANCER],
  requirement: 'HTTPS and SSL listeners of Classic Load Balancers must use AWS Certificate Manager certificates (SSLCertificateId), not IAM server certificates.',
  explanation: 'ACM renews and rotates certificates and keeps the private key out of people\'s hands; an IAM server '
    + 'certificate expires silently and its key was handled by whoever uploaded it. Use an ACM certificate ARN.',
  evaluate(resource) {
    return eachListener(resource, true, (l) => judgeCertificateArn(resource, l.props.SSLCertificateId, `${l.where}.SSLCertificateId`));
  },
});
