import { DermaShieldRule } from '../../rule';
import { ClientVpnConnectionLogging } from './ClientVpnConnectionLogging';
import { ClientVpnFederatedAuth } from './ClientVpnFederatedAuth';
import { ClientVpnLoginBanner } from './ClientVpnLoginBanner';
import { ClientVpnNoAuthorizeAll } from './ClientVpnNoAuthorizeAll';
import { ClientVpnSessionTimeout } from './ClientVpnSessionTimeout';
import { ClientVpnSplitTunnel } from './ClientVpnSplitTunnel';

export {
  ClientVpnConnectionLogging, ClientVpnFederatedAuth, ClientVpnLoginBanner, ClientVpnNoAuthorizeAll,
  ClientVpnSessionTimeout, ClientVpnSplitTunnel,
};

/** Rules for AWS Client VPN (DS-VPN-1 to DS-VPN-6), one file each. */
export const CLIENTVPN_RULES: readonly DermaShieldRule[] = [
  ClientVpnConnectionLogging, ClientVpnFederatedAuth, ClientVpnSessionTimeout, ClientVpnLoginBanner,
  ClientVpnNoAuthorizeAll, ClientVpnSplitTunnel,
];
