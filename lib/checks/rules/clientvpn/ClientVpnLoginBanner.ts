import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readBoolean, readString } from '../../values';

/** DS-VPN-4: a login banner (use notice) is shown when a session is established. */
export const ClientVpnLoginBanner = defineRule({
  name: 'ClientVpnLoginBanner',
  controlId: 'DS-VPN-4',
  resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
  requirement: 'Client VPN endpoints must set ClientLoginBannerOptions.Enabled true with a non-empty BannerText.',
  explanation: 'The banner tells every user, at every sign-in, that the network carries ePHI, is for authorized use only and '
    + 'is monitored. Client VPN shows no banner by default. Use ClinicVpnEndpoint (a default HIPAA notice) or '
    + 'clientLoginBanner: \'<your notice>\'.',
  evaluate(resource) {
    const enabled = readBoolean(resource.properties, 'ClientLoginBannerOptions.Enabled');
    if (enabled.state === 'unverifiable') return unverifiable(`ClientLoginBannerOptions.Enabled is ${enabled.why}`);
    if (enabled.state === 'absent') return fail('ClientLoginBannerOptions is not set (the default is no banner)');
    if (!enabled.value) return fail('ClientLoginBannerOptions.Enabled is false');
    const text = readString(resource.properties, 'ClientLoginBannerOptions.BannerText');
    if (text.state === 'unverifiable') return unverifiable(`ClientLoginBannerOptions.BannerText is ${text.why}`);
    if (text.state === 'absent' || text.value.trim() === '') return fail('ClientLoginBannerOptions.BannerText is empty');
    return pass();
  },
});
