import { defineRule, fail, pass, unverifiable } from '../../rule';
import { isIntrinsic, readList, readString } from '../../values';

const FEDERATED = 'federated-authentication';

/** DS-VPN-2: users authenticate through SAML federation (where the identity provider enforces MFA). */
export const ClientVpnFederatedAuth = defineRule({
  name: 'ClientVpnFederatedAuth',
  controlId: 'DS-VPN-2',
  resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
  requirement: 'Client VPN endpoints must include a federated-authentication entry (SAML, with FederatedAuthentication.'
    + 'SAMLProviderArn) in AuthenticationOptions; certificate-only or directory-only authentication must be acknowledged.',
  explanation: 'A client certificate identifies a device, not a person, and cannot enforce MFA; SAML federation ties each '
    + 'session to one named user of the practice identity provider, which enforces MFA. Use ClinicVpnEndpoint with '
    + 'samlProviderArn, or aws-cdk-lib userBasedAuthentication: ClientVpnUserBasedAuthentication.federated(...). '
    + 'A deliberate certificate-only endpoint is acknowledged with a written reason.',
  evaluate(resource) {
    const options = readList(resource.properties, 'AuthenticationOptions');
    if (options.state === 'unverifiable') return unverifiable(`AuthenticationOptions is ${options.why}`);
    if (options.state === 'absent' || options.value.length === 0) {
      return fail('AuthenticationOptions is empty, so no federated (SAML) authentication is configured');
    }
    const types: string[] = [];
    const unknown: string[] = [];
    for (const [i, option] of options.value.entries()) {
      if (isIntrinsic(option)) {
        unknown.push(`AuthenticationOptions.${i} is decided at deploy time`);
        continue;
      }
      const type = readString(option, 'Type');
      if (type.state === 'unverifiable') {
        unknown.push(`AuthenticationOptions.${i}.Type is ${type.why}`);
        continue;
      }
      if (type.state === 'absent') continue;
      types.push(type.value);
      if (type.value === FEDERATED) {
        const arn = readString(option, 'FederatedAuthentication.SAMLProviderArn');
        if (arn.state === 'absent' || (arn.state === 'known' && arn.value.trim() === '')) {
          return fail(`AuthenticationOptions.${i} is ${FEDERATED} without FederatedAuthentication.SAMLProviderArn`);
        }
        // A provider ARN from a parameter or import is still SAML federation: the control is the method, not the IdP.
        return pass();
      }
    }
    if (unknown.length) return unverifiable(unknown.join('; '));
    return fail(`AuthenticationOptions uses ${types.length ? types.join(' + ') : 'no recognised type'}, with no ${FEDERATED} (SAML) entry`);
  },
});
