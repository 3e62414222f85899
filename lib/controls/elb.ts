import { ALLOWED_TLS_POLICIES } from './tls-policies';
import { HIPAA } from './citations';
import { defineControls } from './types';

/** Elastic Load Balancing (ALB/NLB): the patient portal and partner-API front door. */
export const ELB_CONTROLS = defineControls([
  {
    id: 'DS-ELB-1',
    title: 'HTTPS/TLS listeners use a TLS 1.2+ AEAD, forward-secret policy',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every HTTPS (ALB) and TLS (NLB) listener uses a predefined security policy whose minimum protocol is TLS 1.2 '
      + 'and whose cipher suites are all AEAD with forward secrecy, judged from the policy\'s published properties.',
    ruleIds: ['DermaShield-ElbTlsPolicy', 'DermaShield-ElbClassicTlsPolicy'],
    configRules: [{
      identifier: 'ELBV2_PREDEFINED_SECURITY_POLICY_SSL_CHECK',
      parameters: { sslPolicies: ALLOWED_TLS_POLICIES.join(',') },
      resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
      caveat: 'Not offered in every Region (e.g. Middle East (UAE), Asia Pacific (Hyderabad/Melbourne), Canada West, '
        + 'Europe (Spain/Zurich)); there the evidence CLI must read SslPolicy from DescribeListeners instead.',
    }],
    guardPolicy: {
      resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
      decidesManagedRuleCaveat: true,
    },
  },
  {
    id: 'DS-ELB-2',
    title: 'HTTP listeners only redirect to HTTPS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'A plain-HTTP listener, and every rule on it, only redirects to HTTPS; nothing is forwarded or answered in clear text.',
    ruleIds: ['DermaShield-ElbHttpRedirect'],
    configRules: [{ identifier: 'ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK', resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] }],
  },
  {
    id: 'DS-ELB-3',
    title: 'Load balancer certificates come from ACM',
    citations: [HIPAA.AUTHENTICATION, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'HTTPS and TLS listeners present AWS Certificate Manager certificates (renewed and rotated by AWS), never IAM server certificates.',
    ruleIds: ['DermaShield-ElbAcmCertificate', 'DermaShield-ElbClassicAcmCertificate'],
    configRules: [{
      identifier: 'ELBV2_ACM_CERTIFICATE_REQUIRED',
      resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
      caveat: 'Not offered in AWS GovCloud (US) and several newer Regions; there the evidence CLI must read listener '
        + 'certificates from DescribeListeners/DescribeListenerCertificates instead.',
    }],
    guardPolicy: {
      resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
      decidesManagedRuleCaveat: true,
      caveat: 'The listener configuration item records the default certificate; additional (SNI) certificates from DescribeListenerCertificates are not in it.',
    },
  },
  {
    id: 'DS-ELB-4',
    title: 'Application Load Balancers drop invalid header fields',
    citations: [HIPAA.INTEGRITY, HIPAA.TRANSMISSION_INTEGRITY],
    guidance: 'Application Load Balancers remove HTTP header fields that do not match the RFC grammar before requests reach ePHI-handling targets.',
    ruleIds: ['DermaShield-ElbDropInvalidHeaders'],
    configRules: [{ identifier: 'ALB_HTTP_DROP_INVALID_HEADER_ENABLED', resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] }],
  },
  {
    id: 'DS-ELB-5',
    title: 'HTTPS listeners send Strict-Transport-Security',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'HTTPS listeners add a Strict-Transport-Security response header with max-age of at least one year, so browsers never fall back to HTTP.',
    ruleIds: ['DermaShield-ElbHstsHeader'],
    configRules: [],
    notEvidencedAfterDeployment: 'HSTS is the listener attribute routing.http.response.strict_transport_security.header_value; the AWS::ElasticLoadBalancingV2::Listener configuration item records protocol, SSL policy, certificates and default actions but no listener attributes.',
  },
  {
    id: 'DS-ELB-6',
    title: 'Traffic to targets is re-encrypted',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Target groups use HTTPS or TLS to their targets; any plaintext hop is an acknowledged exception with a written reason.',
    ruleIds: ['DermaShield-ElbTargetGroupHttps'],
    configRules: [],
    notEvidencedAfterDeployment: 'The target-group protocol is not recorded: the Listener configuration item names target groups by ARN only, and AWS::ElasticLoadBalancingV2::TargetGroup is not a resource type in the AWS Config resource schema (awslabs/aws-config-resource-schema) or in aws-cdk-lib 2.276 config.ResourceType.',
  },
  {
    id: 'DS-ELB-20',
    title: 'Classic Load Balancers have only HTTPS and SSL listeners',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every listener of a Classic Load Balancer uses HTTPS or SSL; none serves HTTP or TCP in clear text.',
    ruleIds: ['DermaShield-ElbClassicHttpsListeners'],
    configRules: [{ identifier: 'ELB_TLS_HTTPS_LISTENERS_ONLY', resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'] }],
  },
]);
