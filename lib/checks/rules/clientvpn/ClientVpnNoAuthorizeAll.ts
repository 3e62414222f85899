import { defineRule, fail, pass, unverifiable } from '../../rule';
import { read, readBoolean } from '../../values';

/** DS-VPN-5: authorization rules name an identity-provider group; none authorizes all groups. */
export const ClientVpnNoAuthorizeAll = defineRule({
  name: 'ClientVpnNoAuthorizeAll',
  controlId: 'DS-VPN-5',
  resourceTypes: ['AWS::EC2::ClientVpnAuthorizationRule'],
  requirement: 'Client VPN authorization rules must not set AuthorizeAllGroups: true and must name an AccessGroupId.',
  explanation: 'An authorize-all rule lets anyone who can connect reach the destination network, whatever their role. '
    + 'aws-cdk-lib ClientVpnEndpoint adds one for the whole VPC CIDR by default (authorizeAllUsersToVpcCidr) and '
    + 'addAuthorizationRule without groupId authorizes all. Set authorizeAllUsersToVpcCidr: false and give every rule a '
    + 'groupId, or use ClinicVpnEndpoint.authorize(groupId, cidr).',
  evaluate(resource) {
    const all = readBoolean(resource.properties, 'AuthorizeAllGroups');
    if (all.state === 'unverifiable') return unverifiable(`AuthorizeAllGroups is ${all.why}`);
    if (all.state === 'known' && all.value) return fail('AuthorizeAllGroups is true: every connected client is authorized');
    const group = read(resource.properties.AccessGroupId);
    if (group.state === 'absent' || (group.state === 'known' && String(group.value).trim() === '')) {
      return fail('AccessGroupId is not set, so the rule names no identity-provider group');
    }
    // A group id from a parameter or import is still one group: the rule is per group either way.
    return pass();
  },
});
