import { defineRule, fail, pass, unverifiable, worst } from '../../rule';
import { readBoolean, readNumber } from '../../values';

/** The longest session allowed, in hours. */
export const MAX_SESSION_TIMEOUT_HOURS = 12;

/** What Client VPN uses when SessionTimeoutHours is omitted. */
const AWS_DEFAULT_SESSION_TIMEOUT_HOURS = 24;

/** DS-VPN-3: sessions end after at most 12 hours, and end for real (the client is disconnected). */
export const ClientVpnSessionTimeout = defineRule({
  name: 'ClientVpnSessionTimeout',
  controlId: 'DS-VPN-3',
  resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
  requirement: `Client VPN endpoints must set SessionTimeoutHours to ${MAX_SESSION_TIMEOUT_HOURS} or less (8, 10 or 12; the `
    + `default is ${AWS_DEFAULT_SESSION_TIMEOUT_HOURS}) and must not set DisconnectOnSessionTimeout to false.`,
  explanation: 'An ePHI session that lasts a day outlives the shift and the person at the keyboard (automatic logoff). '
    + 'aws-cdk-lib and CloudFormation default to 24 hours. Use ClinicVpnEndpoint (8 hours) or sessionTimeout: '
    + 'ClientVpnSessionTimeout.EIGHT_HOURS; leave disconnectOnSessionTimeout at its default (true) so the user must sign in again.',
  evaluate(resource) {
    const hours = readNumber(resource.properties, 'SessionTimeoutHours');
    let timeout;
    if (hours.state === 'unverifiable') timeout = unverifiable(`SessionTimeoutHours is ${hours.why}`);
    else if (hours.state === 'absent') {
      timeout = fail(`SessionTimeoutHours is not set (the default is ${AWS_DEFAULT_SESSION_TIMEOUT_HOURS} hours)`);
    } else if (hours.value > MAX_SESSION_TIMEOUT_HOURS) {
      timeout = fail(`SessionTimeoutHours is ${hours.value}, above ${MAX_SESSION_TIMEOUT_HOURS}`);
    } else timeout = pass();

    const disconnect = readBoolean(resource.properties, 'DisconnectOnSessionTimeout');
    let reconnect;
    if (disconnect.state === 'unverifiable') reconnect = unverifiable(`DisconnectOnSessionTimeout is ${disconnect.why}`);
    else if (disconnect.state === 'known' && !disconnect.value) {
      reconnect = fail('DisconnectOnSessionTimeout is false, so the client reconnects automatically when the session times out');
    } else reconnect = pass(); // absent: Client VPN disconnects by default
    return worst([timeout, reconnect]);
  },
});
