import { defineRule, fail, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { readList, readObject, readString } from '../../values';

/**
 * API Gateway custom-domain security policies by the lowest TLS version they accept (the legacy TLS_1_0 / TLS_1_2 policies
 * and the enhanced `SecurityPolicy_*` policies known to aws-cdk-lib 2.276). A name not in the table cannot be verified.
 */
export const APIGATEWAY_SECURITY_POLICIES: Readonly<Record<string, string>> = Object.freeze({
  TLS_1_0: '1.0',
  TLS_1_2: '1.2',
  SecurityPolicy_TLS13_1_3_2025_09: '1.3',
  SecurityPolicy_TLS13_1_3_FIPS_2025_09: '1.3',
  SecurityPolicy_TLS13_1_2_PQ_2025_09: '1.2',
  SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09: '1.2',
  SecurityPolicy_TLS13_2025_EDGE: '1.3',
  SecurityPolicy_TLS12_PFS_2025_EDGE: '1.2',
  SecurityPolicy_TLS12_2018_EDGE: '1.2',
});

/** DS-APIGW-1: API Gateway custom domains accept TLS 1.2 or later only. */
export const ApiGatewayDomainTls = defineRule({
  name: 'ApiGatewayDomainTls',
  controlId: 'DS-APIGW-1',
  resourceTypes: ['AWS::ApiGateway::DomainName', 'AWS::ApiGateway::DomainNameV2', 'AWS::ApiGatewayV2::DomainName'],
  requirement: 'API Gateway custom domain names must set SecurityPolicy to TLS_1_2 or an enhanced SecurityPolicy_TLS13_* / '
    + 'SecurityPolicy_TLS12_* policy; REST domains default to TLS_1_0.',
  explanation: 'An omitted SecurityPolicy on a REST custom domain means TLS_1_0, which accepts TLS 1.0 and 1.1. Set '
    + 'securityPolicy: SecurityPolicy.TLS_1_2 (or an enhanced TLS 1.3 policy) on apigateway.DomainName, and on every '
    + 'apigatewayv2.DomainName endpoint.',
  evaluate(resource) {
    if (resource.type !== 'AWS::ApiGatewayV2::DomainName') {
      return judgePolicy('SecurityPolicy', readString(resource.properties, 'SecurityPolicy'),
        resource.type === 'AWS::ApiGateway::DomainName' ? 'the default is TLS_1_0' : 'set TLS_1_2 or an enhanced policy explicitly');
    }
    const configs = readList(resource.properties, 'DomainNameConfigurations');
    if (configs.state === 'unverifiable') return unverifiable(`DomainNameConfigurations is ${configs.why}`);
    if (configs.state === 'absent') return pass(); // no endpoint, nothing is served
    return worst(configs.value.map((_, i) => {
      const config = readObject(configs.value, String(i));
      if (config.state === 'unverifiable') return unverifiable(`DomainNameConfigurations.${i} is ${config.why}`);
      if (config.state === 'absent') return pass();
      return judgePolicy(`DomainNameConfigurations.${i}.SecurityPolicy`, readString(config.value, 'SecurityPolicy'),
        'CloudFormation documents no default; set TLS_1_2 explicitly');
    }));
  },
});

/** Judge one SecurityPolicy value against {@link APIGATEWAY_SECURITY_POLICIES}; `absentNote` says what an omitted policy means. */
export function judgePolicy(what: string, policy: ReturnType<typeof readString>, absentNote: string): RuleOutcome {
  if (policy.state === 'unverifiable') return unverifiable(`${what} is ${policy.why}`);
  if (policy.state === 'absent') return fail(`${what} is not set (${absentNote})`);
  const minimum = APIGATEWAY_SECURITY_POLICIES[policy.value];
  if (minimum === undefined) return unverifiable(`${what} ${policy.value} is not a policy DermaShield knows; its minimum TLS version cannot be verified`);
  if (minimum === '1.0') return fail(`${what} is ${policy.value}, which accepts TLS 1.0 and 1.1`);
  return pass();
}
