import { HIPAA } from './citations';
import { defineControls } from './types';

/** AWS Client VPN: remote access to the practice network for clinicians and billing staff. */
export const CLIENTVPN_CONTROLS = defineControls([
  {
    id: 'DS-VPN-1',
    title: 'Client VPN connection logging to a CMK-encrypted log group',
    citations: [HIPAA.AUDIT_CONTROLS, HIPAA.LOGIN_MONITORING, HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Every Client VPN endpoint logs connection attempts, results and terminations to a CloudWatch Logs log group '
      + 'encrypted with a customer-managed KMS key.',
    ruleIds: ['DermaShield-ClientVpnConnectionLogging'],
    configRules: [{
      identifier: 'EC2_CLIENT_VPN_CONNECTION_LOG_ENABLED',
      resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
      caveat: 'The managed rule only checks ConnectionLogOptions.Enabled; it does not check that the log group is '
        + 'encrypted with a customer-managed key.',
    }],
  },
  {
    id: 'DS-VPN-2',
    title: 'Client VPN users authenticate through a federated (SAML) identity provider',
    citations: [HIPAA.AUTHENTICATION, HIPAA.UNIQUE_USER, HIPAA.ACCESS_CONTROL],
    guidance: 'Client VPN endpoints authenticate each user through SAML federation with an identity provider that enforces '
      + 'MFA; mutual-certificate authentication is used only alongside it, or as a written, acknowledged exception.',
    ruleIds: ['DermaShield-ClientVpnFederatedAuth'],
    configRules: [],
    guardPolicy: { resourceTypes: ['AWS::EC2::ClientVpnEndpoint'] },
  },
  {
    id: 'DS-VPN-3',
    title: 'Client VPN sessions end after at most 12 hours',
    citations: [HIPAA.AUTOMATIC_LOGOFF, HIPAA.AUTHENTICATION],
    guidance: 'Client VPN sessions time out after at most 12 hours (8 by default) and are disconnected, not silently '
      + 're-established, when they do.',
    ruleIds: ['DermaShield-ClientVpnSessionTimeout'],
    configRules: [],
    guardPolicy: {
      resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
      caveat: 'The documented configuration item records SessionTimeoutHours but not DisconnectOnSessionTimeout, so the policy cannot prove the client is disconnected (not silently reconnected) at timeout.',
    },
  },
  {
    id: 'DS-VPN-4',
    title: 'Client VPN shows a use-notice login banner',
    citations: [HIPAA.ACCESS_CONTROL, HIPAA.LOGIN_MONITORING],
    guidance: 'Client VPN endpoints show a login banner telling users the network carries ePHI, is for authorized use only '
      + 'and is monitored.',
    ruleIds: ['DermaShield-ClientVpnLoginBanner'],
    configRules: [],
    guardPolicy: {
      resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
      caveat: 'The documented configuration item lists ClientLoginBannerOptions.Enabled only; the banner text is judged (non-empty) only when the item carries BannerText.',
    },
  },
  {
    id: 'DS-VPN-5',
    title: 'Client VPN authorization is per identity-provider group',
    citations: [HIPAA.ACCESS_CONTROL],
    guidance: 'Client VPN authorization rules grant one identity-provider group access to one destination network; no rule '
      + 'authorizes all groups.',
    ruleIds: ['DermaShield-ClientVpnNoAuthorizeAll'],
    configRules: [{ identifier: 'EC2_CLIENT_VPN_NOT_AUTHORIZE_ALL', resourceTypes: ['AWS::EC2::ClientVpnEndpoint'] }],
  },
  {
    id: 'DS-VPN-6',
    title: 'Client VPN split tunnel off unless acknowledged',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ACCESS_CONTROL],
    guidance: 'Client VPN endpoints send all client traffic through the tunnel; split tunnel is a written, acknowledged '
      + 'exception.',
    ruleIds: ['DermaShield-ClientVpnSplitTunnel'],
    configRules: [],
    guardPolicy: { resourceTypes: ['AWS::EC2::ClientVpnEndpoint'] },
  },
]);
