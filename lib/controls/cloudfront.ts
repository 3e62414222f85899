import { HIPAA } from './citations';
import { defineControls } from './types';

/** CloudFront: the patient portal and image delivery edge. */
export const CLOUDFRONT_CONTROLS = defineControls([
  {
    id: 'DS-CLOUDFRONT-1',
    title: 'CloudFront viewer TLS policy TLSv1.2_2021 or newer',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Distributions use a custom certificate with a viewer security policy of TLSv1.2_2021 or newer.',
    ruleIds: ['DermaShield-CloudFrontViewerTls'],
    configRules: [{
      identifier: 'CLOUDFRONT_SSL_POLICY_CHECK',
      resourceTypes: ['AWS::CloudFront::Distribution'],
      parameters: { securityPolicies: 'TLSv1.2_2021,TLSv1.2_2025,TLSv1.3_2025' },
      caveat: 'Available only in us-east-1, where CloudFront configuration items are recorded.',
    }],
  },
  {
    id: 'DS-CLOUDFRONT-2',
    title: 'CloudFront requires HTTPS from viewers',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every cache behavior redirects HTTP to HTTPS or accepts HTTPS only.',
    ruleIds: ['DermaShield-CloudFrontViewerHttps'],
    configRules: [{
      identifier: 'CLOUDFRONT_VIEWER_POLICY_HTTPS',
      resourceTypes: ['AWS::CloudFront::Distribution'],
      caveat: 'Available only in us-east-1, where CloudFront configuration items are recorded.',
    }],
  },
  {
    id: 'DS-CLOUDFRONT-3',
    title: 'CloudFront reaches origins over HTTPS with TLS 1.2',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Custom and VPC origins are reached over HTTPS only with TLS 1.2, and S3 origins only through HTTPS-only behaviors.',
    ruleIds: ['DermaShield-CloudFrontOriginTls'],
    configRules: [
      {
        identifier: 'CLOUDFRONT_TRAFFIC_TO_ORIGIN_ENCRYPTED',
        resourceTypes: ['AWS::CloudFront::Distribution'],
        caveat: 'Available only in us-east-1; it does not check the origin SSL protocols.',
      },
      {
        identifier: 'CLOUDFRONT_NO_DEPRECATED_SSL_PROTOCOLS',
        resourceTypes: ['AWS::CloudFront::Distribution'],
        caveat: 'Available only in us-east-1; it flags SSLv3 but not TLSv1 or TLSv1.1 origin protocols.',
      },
    ],
    guardPolicy: {
      resourceTypes: ['AWS::CloudFront::Distribution'],
      decidesManagedRuleCaveat: true,
      caveat: 'Config records distributions in us-east-1 only; VPC origins (separate AWS::CloudFront::VpcOrigin resources) are not judged.',
    },
  },
]);
