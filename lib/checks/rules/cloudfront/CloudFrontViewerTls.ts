import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readBoolean, readObject, readString } from '../../values';

/** Viewer security policies that accept only TLS 1.2+ with the 2021 (AEAD, no SHA-1) cipher set or newer. */
export const CLOUDFRONT_ALLOWED_VIEWER_POLICIES: ReadonlySet<string> = new Set(['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025']);

/** Known viewer security policies that are too weak, with why. */
export const CLOUDFRONT_WEAK_VIEWER_POLICIES: Readonly<Record<string, string>> = Object.freeze({
  'SSLv3': 'accepts SSLv3',
  'TLSv1': 'accepts TLS 1.0',
  'TLSv1_2016': 'accepts TLS 1.0',
  'TLSv1.1_2016': 'accepts TLS 1.1',
  'TLSv1.2_2018': 'accepts CBC and SHA-1 cipher suites',
  'TLSv1.2_2019': 'accepts CBC cipher suites',
});

/** DS-CLOUDFRONT-1: viewers connect with TLS 1.2 and modern ciphers only. */
export const CloudFrontViewerTls = defineRule({
  name: 'CloudFrontViewerTls',
  controlId: 'DS-CLOUDFRONT-1',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  requirement: 'CloudFront distributions must use a custom certificate with ViewerCertificate.MinimumProtocolVersion '
    + 'TLSv1.2_2021 or newer (TLSv1.2_2025, TLSv1.3_2025); the default *.cloudfront.net certificate always allows TLSv1.',
  explanation: 'With the default CloudFront certificate (or no ViewerCertificate) CloudFront fixes the security policy at '
    + 'TLSv1. Use cloudfront.Distribution with domainNames, certificate and minimumProtocolVersion: '
    + 'SecurityPolicyProtocol.TLS_V1_2_2021 or newer.',
  evaluate(resource) {
    const cert = readObject(resource.properties, 'DistributionConfig.ViewerCertificate');
    if (cert.state === 'unverifiable') return unverifiable(`ViewerCertificate is ${cert.why}`);
    if (cert.state === 'absent') return fail('ViewerCertificate is not set, so the default certificate and its TLSv1 policy apply');
    const defaultCert = readBoolean(cert.value, 'CloudFrontDefaultCertificate');
    if (defaultCert.state === 'unverifiable') return unverifiable(`ViewerCertificate.CloudFrontDefaultCertificate is ${defaultCert.why}`);
    if (defaultCert.state === 'known' && defaultCert.value) {
      return fail('ViewerCertificate.CloudFrontDefaultCertificate is true, so CloudFront uses the TLSv1 policy whatever MinimumProtocolVersion says');
    }
    const version = readString(cert.value, 'MinimumProtocolVersion');
    if (version.state === 'unverifiable') return unverifiable(`ViewerCertificate.MinimumProtocolVersion is ${version.why}`);
    if (version.state === 'absent') return fail('ViewerCertificate.MinimumProtocolVersion is not set (the default is TLSv1)');
    if (CLOUDFRONT_ALLOWED_VIEWER_POLICIES.has(version.value)) return pass();
    const weak = CLOUDFRONT_WEAK_VIEWER_POLICIES[version.value];
    if (weak) return fail(`ViewerCertificate.MinimumProtocolVersion is ${version.value}, which ${weak}`);
    return unverifiable(`ViewerCertificate.MinimumProtocolVersion ${version.value} is not a policy DermaShield knows`);
  },
});
