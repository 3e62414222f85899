import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, readList, readObject, readString } from '../../values';
import { Behavior, cacheBehaviors, HTTPS_VIEWER_POLICIES } from './behaviors';

/** DS-CLOUDFRONT-3: CloudFront reaches every origin over HTTPS with TLS 1.2 only. */
export const CloudFrontOriginTls = defineRule({
  name: 'CloudFrontOriginTls',
  controlId: 'DS-CLOUDFRONT-3',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  requirement: "Custom and VPC origins must set OriginProtocolPolicy 'https-only' with OriginSSLProtocols ['TLSv1.2']; an S3 "
    + 'origin is reached with the viewer protocol, so every behavior routed to it must require HTTPS.',
  explanation: "'http-only' and 'match-viewer' send ePHI to the origin unencrypted or depending on the viewer, and an omitted "
    + "OriginSSLProtocols lets CloudFront negotiate older protocols. Use HttpOrigin with protocolPolicy: "
    + 'OriginProtocolPolicy.HTTPS_ONLY and originSslProtocols: [OriginSslPolicy.TLS_V1_2].',
  evaluate(resource) {
    const origins = readList(resource.properties, 'DistributionConfig.Origins');
    if (origins.state === 'unverifiable') return unverifiable(`Origins is ${origins.why}`);
    if (origins.state === 'absent' || origins.value.length === 0) return fail('the distribution has no Origins');
    const behaviors = cacheBehaviors(resource.properties);
    return worst(origins.value.map((_, i) => judgeOrigin(resource, origins.value, i, behaviors.state === 'known' ? behaviors.value : undefined)));
  },
});

function judgeOrigin(resource: EffectiveResource, origins: readonly unknown[], i: number, behaviors: Behavior[] | undefined): RuleOutcome {
  const origin = readObject(origins, String(i));
  if (origin.state !== 'known') return unverifiable(`Origins.${i} is ${origin.state === 'unverifiable' ? origin.why : 'empty'}`);
  const id = typeof origin.value.Id === 'string' ? origin.value.Id : `Origins.${i}`;
  if (origin.value.CustomOriginConfig !== undefined) {
    const config = readObject(origin.value, 'CustomOriginConfig');
    if (config.state !== 'known') return unverifiable(`origin ${id} CustomOriginConfig is ${config.state === 'unverifiable' ? config.why : 'empty'}`);
    return judgeHttpsConfig(`origin ${id}`, config.value);
  }
  if (origin.value.VpcOriginConfig !== undefined) {
    const target = resource.stack.resolve(getPath(origin.value, 'VpcOriginConfig.VpcOriginId'));
    if (target.kind !== 'resource' || target.resource.type !== 'AWS::CloudFront::VpcOrigin') {
      return unverifiable(`origin ${id} VpcOriginConfig.VpcOriginId does not name an AWS::CloudFront::VpcOrigin in this template`);
    }
    const config = readObject(target.resource.properties, 'VpcOriginEndpointConfig');
    if (config.state !== 'known') return unverifiable(`VPC origin ${target.resource.logicalId} VpcOriginEndpointConfig is ${config.state === 'unverifiable' ? config.why : 'not set'}`);
    return judgeHttpsConfig(`VPC origin ${target.resource.logicalId}`, config.value);
  }
  if (origin.value.S3OriginConfig !== undefined) {
    // CloudFront reaches an S3 REST endpoint with the protocol the viewer used.
    if (!behaviors) return unverifiable(`origin ${id} is an S3 origin and the cache behaviors routed to it cannot be read`);
    const routed = behaviors.filter((b) => b.value.TargetOriginId === id);
    return worst(routed.map((b) => {
      const policy = readString(b.value, 'ViewerProtocolPolicy');
      if (policy.state === 'unverifiable') return unverifiable(`${b.where}.ViewerProtocolPolicy is ${policy.why}`);
      if (policy.state === 'known' && HTTPS_VIEWER_POLICIES.has(policy.value)) return pass();
      return fail(`S3 origin ${id} is reached with the viewer protocol and ${b.where} allows HTTP`);
    }));
  }
  return unverifiable(`origin ${id} has no CustomOriginConfig, S3OriginConfig or VpcOriginConfig DermaShield can read`);
}

function judgeHttpsConfig(what: string, config: Record<string, unknown>): RuleOutcome {
  const outcomes: RuleOutcome[] = [];
  const policy = readString(config, 'OriginProtocolPolicy');
  if (policy.state === 'unverifiable') outcomes.push(unverifiable(`${what} OriginProtocolPolicy is ${policy.why}`));
  else if (policy.state === 'absent' || policy.value !== 'https-only') {
    outcomes.push(fail(`${what} OriginProtocolPolicy is ${policy.state === 'absent' ? 'not set' : `'${policy.value}'`}, not 'https-only'`));
  }
  const protocols = readList(config, 'OriginSSLProtocols');
  if (protocols.state === 'unverifiable') outcomes.push(unverifiable(`${what} OriginSSLProtocols is ${protocols.why}`));
  else if (protocols.state === 'absent') {
    outcomes.push(fail(`${what} OriginSSLProtocols is not set; CloudFormation does not document a TLS 1.2-only default, so set ['TLSv1.2']`));
  } else {
    const weak = protocols.value.filter((p) => p !== 'TLSv1.2');
    if (weak.some((p) => typeof p !== 'string')) outcomes.push(unverifiable(`${what} OriginSSLProtocols has entries decided at deploy time`));
    else if (weak.length) outcomes.push(fail(`${what} OriginSSLProtocols includes ${weak.join(', ')}`));
    else if (protocols.value.length === 0) outcomes.push(fail(`${what} OriginSSLProtocols is empty`));
  }
  return worst(outcomes);
}
