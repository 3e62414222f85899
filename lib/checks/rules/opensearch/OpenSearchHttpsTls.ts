import { defineRule, fail, pass, requireTrue, RuleOutcome, unverifiable, worst } from '../../rule';
import { readBoolean, readString } from '../../values';
import { OPENSEARCH_DOMAIN_TYPES } from './OpenSearchCustomerManagedKey';

/**
 * OpenSearch TLS security policies by the lowest protocol they accept (from the OpenSearch Service API
 * `TLSSecurityPolicy` enum). A name not in the table cannot be verified.
 */
export const OPENSEARCH_TLS_POLICIES: Readonly<Record<string, string>> = Object.freeze({
  'Policy-Min-TLS-1-0-2019-07': '1.0',
  'Policy-Min-TLS-1-2-2019-07': '1.2',
  'Policy-Min-TLS-1-2-PFS-2023-10': '1.2',
  'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08': '1.2',
});

/** What the service uses when `TLSSecurityPolicy` is omitted. */
const DEFAULT_POLICY = 'Policy-Min-TLS-1-0-2019-07';

/** DS-OPENSEARCH-3: the domain endpoint accepts HTTPS only, with TLS 1.2 or later. */
export const OpenSearchHttpsTls = defineRule({
  name: 'OpenSearchHttpsTls',
  controlId: 'DS-OPENSEARCH-3',
  resourceTypes: OPENSEARCH_DOMAIN_TYPES,
  requirement: 'OpenSearch domains must set DomainEndpointOptions.EnforceHTTPS: true and a TLSSecurityPolicy whose minimum '
    + 'is TLS 1.2 (Policy-Min-TLS-1-2-2019-07, Policy-Min-TLS-1-2-PFS-2023-10 or Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08).',
  explanation: `EnforceHTTPS defaults to false, and an omitted TLSSecurityPolicy means ${DEFAULT_POLICY}, which accepts TLS 1.0. `
    + 'Use opensearch.Domain with enforceHttps: true and tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2_PFS.',
  evaluate(resource) {
    const p = resource.properties;
    const https = requireTrue(readBoolean(p, 'DomainEndpointOptions.EnforceHTTPS'), 'DomainEndpointOptions.EnforceHTTPS');
    return worst([https, judgePolicy(readString(p, 'DomainEndpointOptions.TLSSecurityPolicy'))]);
  },
});

function judgePolicy(policy: ReturnType<typeof readString>): RuleOutcome {
  if (policy.state === 'unverifiable') return unverifiable(`DomainEndpointOptions.TLSSecurityPolicy is ${policy.why}`);
  const name = policy.state === 'absent' ? DEFAULT_POLICY : policy.value;
  const minimum = OPENSEARCH_TLS_POLICIES[name];
  if (minimum === undefined) {
    return unverifiable(`DomainEndpointOptions.TLSSecurityPolicy ${name} is not a policy DermaShield knows; its minimum TLS version cannot be verified`);
  }
  if (minimum === '1.0') {
    return fail(`DomainEndpointOptions.TLSSecurityPolicy is ${policy.state === 'absent' ? `not set (the default is ${name})` : name}, which accepts TLS 1.0`);
  }
  return pass();
}
