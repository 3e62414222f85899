import { defineRule, fail, pass, unverifiable } from '../../rule';

const SECURITY_CONFIGURATION = 'AWS::EMR::SecurityConfiguration';

/**
 * DS-EMR-4: an EMR cluster applies a security configuration, whose encryption settings
 * DermaShield-EmrSecurityConfigurationAtRest and -InTransit judge.
 */
export const EmrClusterSecurityConfiguration = defineRule({
  name: 'EmrClusterSecurityConfiguration',
  controlId: 'DS-EMR-4',
  resourceTypes: ['AWS::EMR::Cluster'],
  requirement: 'EMR clusters must apply a security configuration defined in the app (SecurityConfiguration).',
  explanation: 'Without a security configuration EMR turns on neither local-disk nor in-transit encryption: HDFS, spill and '
    + 'shuffle data and node-to-node traffic carry ePHI unencrypted. Define an AWS::EMR::SecurityConfiguration with '
    + 'at-rest and in-transit encryption under a PhiKey and name it in the cluster\'s SecurityConfiguration.',
  evaluate(resource) {
    const target = resource.stack.resolve(resource.properties.SecurityConfiguration);
    switch (target.kind) {
      case 'absent':
        return fail('SecurityConfiguration is not set, so the cluster has no at-rest or in-transit encryption');
      case 'unverifiable':
        return unverifiable(`SecurityConfiguration is ${target.why}`);
      case 'resource':
        if (target.resource.type === SECURITY_CONFIGURATION) return pass();
        return unverifiable(`SecurityConfiguration refers to ${target.resource.logicalId} (${target.resource.type})`);
      case 'literal': {
        const defined = resource.stack.app.ofType(SECURITY_CONFIGURATION).some((c) => c.properties.Name === target.value);
        return defined ? pass()
          : unverifiable(`SecurityConfiguration ${target.value} is not defined in this app, so its encryption settings cannot be verified`);
      }
    }
  },
});
