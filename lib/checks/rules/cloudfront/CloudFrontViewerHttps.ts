import { defineRule, fail, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { readString } from '../../values';
import { cacheBehaviors, HTTPS_VIEWER_POLICIES } from './behaviors';

/** DS-CLOUDFRONT-2: every cache behavior requires HTTPS from viewers. */
export const CloudFrontViewerHttps = defineRule({
  name: 'CloudFrontViewerHttps',
  controlId: 'DS-CLOUDFRONT-2',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  requirement: "Every CloudFront cache behavior (default and ordered) must set ViewerProtocolPolicy to 'redirect-to-https' "
    + "or 'https-only'.",
  explanation: "'allow-all' serves ePHI over plain HTTP. Use viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS "
    + '(or HTTPS_ONLY) on the default behavior and on every additional behavior.',
  evaluate(resource) {
    const behaviors = cacheBehaviors(resource.properties);
    if (behaviors.state === 'unverifiable') return unverifiable(behaviors.why);
    if (behaviors.state === 'absent' || behaviors.value.length === 0) return fail('the distribution has no DefaultCacheBehavior');
    return worst(behaviors.value.map((b): RuleOutcome => {
      const policy = readString(b.value, 'ViewerProtocolPolicy');
      if (policy.state === 'unverifiable') return unverifiable(`${b.where}.ViewerProtocolPolicy is ${policy.why}`);
      if (policy.state === 'known' && HTTPS_VIEWER_POLICIES.has(policy.value)) return pass();
      return fail(`${b.where}.ViewerProtocolPolicy is ${policy.state === 'known' ? `'${policy.value}'` : 'not set'}, which allows HTTP`);
    }));
  },
});
