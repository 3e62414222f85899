import { defineRule, requireTrue } from '../../rule';
import { readBoolean } from '../../values';

/** DS-RDS-5: RDS Proxy accepts only TLS connections. */
export const RdsProxyRequireTls = defineRule({
  name: 'RdsProxyRequireTls',
  controlId: 'DS-RDS-5',
  resourceTypes: ['AWS::RDS::DBProxy'],
  requirement: 'RDS Proxy must require TLS for client connections (RequireTLS: true).',
  explanation: 'RequireTLS defaults to false, so a proxy in front of a TLS-only database still accepts plaintext client '
    + 'connections. Set requireTLS: true on DatabaseProxy (aws-cdk-lib defaults it to true; do not override it).',
  evaluate(resource) {
    return requireTrue(readBoolean(resource.properties, 'RequireTLS'), 'RequireTLS');
  },
});
