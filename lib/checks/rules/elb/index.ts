import { DermaShieldRule } from '../../rule';
import { ElbAcmCertificate } from './ElbAcmCertificate';
import { ElbClassicAcmCertificate } from './ElbClassicAcmCertificate';
import { ElbClassicHttpsListeners } from './ElbClassicHttpsListeners';
import { ElbClassicTlsPolicy } from './ElbClassicTlsPolicy';
import { ElbDropInvalidHeaders } from './ElbDropInvalidHeaders';
import { ElbHstsHeader } from './ElbHstsHeader';
import { ElbHttpRedirect } from './ElbHttpRedirect';
import { ElbTargetGroupHttps } from './ElbTargetGroupHttps';
import { ElbTlsPolicy } from './ElbTlsPolicy';

export {
  ElbAcmCertificate, ElbClassicAcmCertificate, ElbClassicHttpsListeners, ElbClassicTlsPolicy, ElbDropInvalidHeaders, ElbHstsHeader, ElbHttpRedirect, ElbTargetGroupHttps, ElbTlsPolicy,
};

/** Rules for Elastic Load Balancing (ELBv2: ALB and NLB; Classic Load Balancers), one file each. */
export const ELB_RULES: readonly DermaShieldRule[] = [
  ElbTlsPolicy, ElbHttpRedirect, ElbAcmCertificate, ElbDropInvalidHeaders, ElbHstsHeader, ElbTargetGroupHttps,
  ElbClassicHttpsListeners, ElbClassicAcmCertificate, ElbClassicTlsPolicy,
];
