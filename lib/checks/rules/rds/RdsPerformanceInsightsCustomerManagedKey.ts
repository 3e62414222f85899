import { defineRule, fail, notApplicable, requireCustomerManagedKey, RuleOutcome, unverifiable } from '../../rule';
import { readBoolean, readString } from '../../values';

/** Where Performance Insights is switched on and keyed, per resource type (the two types spell the key differently). */
const PROPS: Record<string, { readonly enabled: string; readonly key: string }> = {
  'AWS::RDS::DBInstance': { enabled: 'EnablePerformanceInsights', key: 'PerformanceInsightsKMSKeyId' },
  'AWS::RDS::DBCluster': { enabled: 'PerformanceInsightsEnabled', key: 'PerformanceInsightsKmsKeyId' },
};

/** DS-RDS-4: Performance Insights data (which holds SQL text, i.e. ePHI) is encrypted with a customer-managed key. */
export const RdsPerformanceInsightsCustomerManagedKey = defineRule({
  name: 'RdsPerformanceInsightsCustomerManagedKey',
  controlId: 'DS-RDS-4',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  requirement: 'When Performance Insights (or advanced Database Insights) is enabled, its data must be encrypted with a '
    + 'customer-managed KMS key (PerformanceInsightsKMSKeyId on instances, PerformanceInsightsKmsKeyId on clusters).',
  explanation: 'Performance Insights stores the text of the top SQL statements, including literal patient data. Without a '
    + 'key it uses aws/rds. Pass performanceInsightEncryptionKey: a PhiKey (EhrDatabase does). Performance Insights off '
    + '(the default) is not judged.',
  evaluate(resource, context): RuleOutcome {
    const spec = PROPS[resource.type];
    if (!spec) return notApplicable();
    const enabled = readBoolean(resource.properties, spec.enabled);
    const mode = readString(resource.properties, 'DatabaseInsightsMode');
    if (enabled.state === 'unverifiable') return unverifiable(`${spec.enabled} is ${enabled.why}`);
    if (mode.state === 'unverifiable') return unverifiable(`DatabaseInsightsMode is ${mode.why}`);
    const advanced = mode.state === 'known' && mode.value.toLowerCase() === 'advanced';
    if (!(enabled.state === 'known' && enabled.value) && !advanced) return notApplicable();
    const key = resource.properties[spec.key];
    if (key === undefined || key === null) {
      return fail(`Performance Insights is enabled but ${spec.key} is not set, so its data is encrypted with the AWS-managed aws/rds key`);
    }
    return requireCustomerManagedKey(resource, context, key, spec.key);
  },
});
