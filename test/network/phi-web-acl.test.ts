import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { DEFAULT_WAF_MANAGED_RULE_GROUPS, PhiKey, PhiWebAcl, PhiWebAclProps } from '../../lib';
import { expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

const ENV = { account: '111122223333', region: 'us-east-1' };
/** A REST API stage in the stack's Region: what a partner API behind API Gateway would associate. */
const STAGE_ARN = 'arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod';
const ALB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/portal/50dc6c495c0c9188';

function build(props: PhiWebAclProps = {}, app: App = testApp()) {
  const stack = new Stack(app, 'S', { env: ENV });
  const acl = new PhiWebAcl(stack, 'Waf', props);
  return { app, stack, acl };
}

function keyPolicySids(stack: Stack, key: kms.Key): string[] {
  const resource = Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(key.node.defaultChild as kms.CfnKey)];
  return resource.Properties.KeyPolicy.Statement.map((s: { Sid?: string }) => s.Sid).filter(Boolean);
}

describe('PhiWebAcl', () => {
  describe('defaults', () => {
    test('a regional web ACL that allows by default and runs the AWS managed rule groups in order, with metrics', () => {
      const { stack } = build();
      const [acl] = Object.values(Template.fromStack(stack).findResources('AWS::WAFv2::WebACL'));
      expect(acl.Properties.Scope).toBe('REGIONAL');
      expect(acl.Properties.DefaultAction).toEqual({ Allow: {} });
      expect(acl.Properties.VisibilityConfig).toEqual({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: 'SWaf544B5DD6' });
      expect(acl.Properties.Rules.map((r: any) => [r.Priority, r.Statement.ManagedRuleGroupStatement, r.OverrideAction])).toEqual(
        DEFAULT_WAF_MANAGED_RULE_GROUPS.map((g, i) => [i, { VendorName: 'AWS', Name: g.name }, { None: {} }]));
      for (const rule of acl.Properties.Rules) {
        expect(rule.VisibilityConfig).toEqual({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: `SWaf544B5DD6-${rule.Name}` });
      }
    });

    test('logs to a retained aws-waf-logs-* group, six years, under a new PhiKey; authorization and cookie redacted', () => {
      const { stack, acl } = build();
      const t = Template.fromStack(stack);
      expect(acl.encryptionKey).toBeInstanceOf(PhiKey);
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/dermashield/waf-logs-s-waf-544b5dd6' });
      t.hasResource('AWS::Logs::LogGroup', {
        DeletionPolicy: 'Retain',
        Properties: { LogGroupName: 'aws-waf-logs-s-waf-544b5dd6', RetentionInDays: 2192, KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WafWafLogKey'), 'Arn'] } },
      });
      const [logging] = Object.values(t.findResources('AWS::WAFv2::LoggingConfiguration'));
      expect(logging.Properties.ResourceArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^WafWebAcl/), 'Arn'] });
      const destination = JSON.stringify(logging.Properties.LogDestinationConfigs);
      expect(destination).toMatch(/:log-group:",\{"Ref":"WafWafLogs[0-9A-F]{8}"\}/);
      expect(destination).not.toContain(':*');
      expect(logging.Properties.RedactedFields).toEqual([{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'cookie' } }]);
    });

    test('protects nothing until associate() is called', () => {
      const { stack } = build();
      Template.fromStack(stack).resourceCountIs('AWS::WAFv2::WebACLAssociation', 0);
    });

    test('countOnlyRules run in COUNT mode; the other rules keep their AWS actions', () => {
      const { stack } = build({ managedRuleGroups: [
        { name: 'AWSManagedRulesCommonRuleSet', countOnlyRules: ['SizeRestrictions_BODY'] },
        { name: 'AWSManagedRulesSQLiRuleSet', countOnlyRules: [] },
      ] });
      const [acl] = Object.values(Template.fromStack(stack).findResources('AWS::WAFv2::WebACL'));
      expect(acl.Properties.Rules.map((r: any) => r.Statement.ManagedRuleGroupStatement)).toEqual([
        { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet', RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }] },
        { VendorName: 'AWS', Name: 'AWSManagedRulesSQLiRuleSet' },
      ]);
    });

    test.each([
      ['one year', logs.RetentionDays.ONE_YEAR, 365],
      ['ten years', logs.RetentionDays.TEN_YEARS, 3653],
      ['forever', logs.RetentionDays.INFINITE, undefined],
    ])('logRetention of %s is accepted', (_label, logRetention, days) => {
      const { stack } = build({ logRetention });
      const [group] = Object.values(Template.fromStack(stack).findResources('AWS::Logs::LogGroup'));
      expect(group.Properties.RetentionInDays).toBe(days);
    });

    test('standalone, it protects an API Gateway stage by ARN', () => {
      const { stack, acl } = build();
      const association = acl.associate('PartnerApi', STAGE_ARN);
      expect(association.node.path).toBe('S/Waf/PartnerApi');
      Template.fromStack(stack).hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
        ResourceArn: STAGE_ARN,
        WebACLArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WafWebAcl'), 'Arn'] },
      });
    });

    test('it protects several resources, including another ALB by its (token) ARN', () => {
      const { stack, acl } = build();
      const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a', 'us-east-1b'], privateSubnetIds: ['s-1', 's-2'] });
      const alb = new elbv2.ApplicationLoadBalancer(stack, 'Intranet', { vpc });
      acl.associate('Intranet', alb.loadBalancerArn);
      acl.associate('Portal', ALB_ARN);
      acl.associate('Api', STAGE_ARN);
      const associations = Object.values(Template.fromStack(stack).findResources('AWS::WAFv2::WebACLAssociation'));
      expect(associations.map((a) => a.Properties.ResourceArn)).toEqual([{ Ref: expect.stringMatching(/^Intranet/) }, ALB_ARN, STAGE_ARN]);
    });

    test('in an environment-agnostic stack the ARNs use the deploy-time Region, and any regional ARN is accepted', () => {
      const app = testApp();
      const stack = new Stack(app, 'Agnostic');
      const acl = new PhiWebAcl(stack, 'Waf');
      expect(() => acl.associate('Api', 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5/stages/prod')).not.toThrow();
      const [logging] = Object.values(Template.fromStack(stack).findResources('AWS::WAFv2::LoggingConfiguration'));
      expect(JSON.stringify(logging.Properties.LogDestinationConfigs)).toContain('AWS::Region');
    });
  });

  describe('validation', () => {
    test('an empty rule group list throws before anything is created', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      const err = expectDermaShieldError(() => new PhiWebAcl(stack, 'Waf', { managedRuleGroups: [] }),
        'PhiWebAclNoRuleGroups', 'managedRuleGroups [] is not allowed', /AWSManagedRulesCommonRuleSet/);
      expect(err.constructPath).toBe('S/Waf');
      expect(stack.node.tryFindChild('Waf')?.node.children ?? []).toHaveLength(0);
    });

    test('a rule group listed twice throws (WAF rule names are unique in a web ACL)', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      expectDermaShieldError(() => new PhiWebAcl(stack, 'Waf', {
        managedRuleGroups: [{ name: 'AWSManagedRulesCommonRuleSet' }, { name: 'AWSManagedRulesSQLiRuleSet' }, { name: 'AWSManagedRulesCommonRuleSet', countOnlyRules: ['SizeRestrictions_BODY'] }],
      }), 'PhiWebAclDuplicateRuleGroup', 'managedRuleGroups lists AWSManagedRulesCommonRuleSet twice', /countOnlyRules/);
      expect(stack.node.tryFindChild('Waf')?.node.children ?? []).toHaveLength(0);
    });

    test.each([
      ['one month', logs.RetentionDays.ONE_MONTH, 30],
      ['six months', logs.RetentionDays.SIX_MONTHS, 180],
    ])('logRetention of %s throws', (_label, logRetention, days) => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      expectDermaShieldError(() => new PhiWebAcl(stack, 'Waf', { logRetention }),
        'PhiWebAclLogRetention', `logRetention ${days} days is below the allowed minimum of 365 days`, /ePHI/);
    });

    test.each([
      ['a CloudFront distribution (global)', 'arn:aws:cloudfront::111122223333:distribution/E2QWRUHEXAMPLE', /CLOUDFRONT-scope web ACL/],
      ['a Network Load Balancer', 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/partner/50dc6c495c0c9188', /Application Load Balancer/],
      ['an API Gateway HTTP API', 'arn:aws:apigateway:us-east-1::/apis/a1b2c3d4e5/stages/prod', /API Gateway REST API stage/],
      ['a bucket', 'arn:aws:s3:::clinical-images', /a regional web ACL protects only/],
      ['not an ARN', 'portal-alb', /a regional web ACL protects only/],
    ])('associating %s throws', (_label, arn, why) => {
      const { acl } = build();
      const err = expectDermaShieldError(() => acl.associate('X', arn), 'PhiWebAclUnsupportedResource', `resourceArn ${arn} is not allowed`, why);
      expect(err.constructPath).toBe('S/Waf');
      expect(acl.node.tryFindChild('X')).toBeUndefined();
    });

    test.each([
      ['an AWS-managed alias', (stack: Stack) => kms.Alias.fromAliasName(stack, 'Managed', 'alias/aws/logs'), 'alias/aws/logs'],
      ['an AWS-managed key by alias ARN', (stack: Stack) => kms.Key.fromKeyArn(stack, 'Managed', 'arn:aws:kms:us-east-1:111122223333:alias/aws/logs'), 'alias/aws/logs'],
    ])('%s as encryptionKey throws before anything is created', (_label, make, name) => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      expectDermaShieldError(() => new PhiWebAcl(stack, 'Waf', { encryptionKey: make(stack) }),
        'PhiWebAclAwsManagedKey', new RegExp(`encryptionKey \\S*${name.replace(/\//g, '\\/')} is an AWS-managed key`), /DS-LOGS-1/);
      expect(stack.node.tryFindChild('Waf')?.node.children ?? []).toHaveLength(0);
    });

    test('associating a resource in another Region throws', () => {
      const { acl } = build();
      expectDermaShieldError(() => acl.associate('X', ALB_ARN.replace('us-east-1', 'us-west-2')), 'PhiWebAclRegionMismatch',
        /it is an Application Load Balancer in us-west-2, and a regional web ACL only protects resources in its own Region \(us-east-1\)/);
    });
  });

  describe('grants', () => {
    test.each([
      ['a kms.Key', (stack: Stack) => new kms.Key(stack, 'Given', { enableKeyRotation: true }), (k: kms.IKey) => k as kms.Key],
      ['a PhiKey', (stack: Stack) => new PhiKey(stack, 'Given', { domain: 'given' }), (k: kms.IKey) => (k as PhiKey).key],
    ])('%s given as encryptionKey is used, exposed and lets CloudWatch Logs use it; no key of its own', (_label, make, l2) => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      const key = make(stack);
      const acl = new PhiWebAcl(stack, 'Waf', { encryptionKey: key });
      expect(acl.encryptionKey).toBe(key);
      expect(keyPolicySids(stack, l2(key))).toContain('AllowCloudWatchLogsInThisAccount');
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::KMS::Key', 1);
      t.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [stack.getLogicalId(l2(key).node.defaultChild as kms.CfnKey), 'Arn'] } });
    });
  });

  describe('nag', () => {
    test('standalone, protecting an API Gateway stage: zero open findings in all four packs and Control Tower, nothing acknowledged', () => {
      const { app, acl } = build();
      acl.associate('PartnerApi', STAGE_ARN);
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([]);
    });

    test('the template passes aws-cdk-lib\'s own CloudFormation validation', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        const { app, acl } = build();
        acl.associate('PartnerApi', STAGE_ARN);
        expectNoFindings(synthWithPack(app));
      } finally {
        if (previous === undefined) delete process.env.CDK_VALIDATION;
        else process.env.CDK_VALIDATION = previous;
      }
    });
  });
});
