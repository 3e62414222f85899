import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readBoolean } from '../../values';

/** DS-VPN-6: all client traffic goes through the tunnel unless split tunnel is acknowledged. */
export const ClientVpnSplitTunnel = defineRule({
  name: 'ClientVpnSplitTunnel',
  controlId: 'DS-VPN-6',
  resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
  requirement: 'Client VPN endpoints must not enable SplitTunnel unless the finding is acknowledged with a written reason.',
  explanation: 'With split tunnel on, a clinician\'s laptop talks to the internet and the EHR at the same time, outside the '
    + 'practice\'s network controls. Leave splitTunnel off; if the practice accepts it (e.g. for video visits), use '
    + 'ClinicVpnEndpoint splitTunnelReason, which records the acknowledgement.',
  evaluate(resource) {
    const split = readBoolean(resource.properties, 'SplitTunnel');
    if (split.state === 'unverifiable') return unverifiable(`SplitTunnel is ${split.why}`);
    // Absent: Client VPN's default is split tunnel off.
    if (split.state === 'known' && split.value) return fail('SplitTunnel is true: client traffic to other networks bypasses the VPN');
    return pass();
  },
});
