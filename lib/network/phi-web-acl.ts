import { ArnFormat, Names, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { DermaShieldError } from '../errors';
import { allowCloudWatchLogs } from '../keys/key-policy';
import { requireCustomerManagedKey, requireLogRetention } from '../validation';
import { newWafLogKey, validateRuleGroupNames } from './web-acl-shared';

/** An AWS managed rule group of a {@link PhiWebAcl}. */
export interface PhiWebAclManagedRuleGroup {
  /** The rule group name, e.g. `AWSManagedRulesCommonRuleSet`. Unique within the web ACL. */
  readonly name: string;
  /**
   * Rules of the group to run in COUNT mode instead of their own action (e.g. `SizeRestrictions_BODY` when patients
   * upload photos through the protected resource rather than to S3 with presigned URLs).
   * @default - every rule uses the action AWS gives it
   */
  readonly countOnlyRules?: string[];
}

/** The AWS managed rule groups a {@link PhiWebAcl} (and so a `TlsLoadBalancer`) uses unless told otherwise. */
export const DEFAULT_WAF_MANAGED_RULE_GROUPS: readonly PhiWebAclManagedRuleGroup[] = Object.freeze([
  { name: 'AWSManagedRulesAmazonIpReputationList' },
  { name: 'AWSManagedRulesCommonRuleSet' },
  { name: 'AWSManagedRulesKnownBadInputsRuleSet' },
  { name: 'AWSManagedRulesSQLiRuleSet' },
]);

/** Props of {@link PhiWebAcl}. */
export interface PhiWebAclProps {
  /**
   * AWS managed rule groups of the web ACL, evaluated in this order. At least one; each name once.
   * @default DEFAULT_WAF_MANAGED_RULE_GROUPS (IP reputation, core rule set, known bad inputs, SQL injection)
   */
  readonly managedRuleGroups?: PhiWebAclManagedRuleGroup[];
  /**
   * The customer-managed key of the WAF log group (WAF logs carry URLs and headers, which may hold ePHI). Any
   * `kms.IKey`, a `PhiKey` included; AWS-managed keys (`alias/aws/logs`) are rejected. The construct lets CloudWatch
   * Logs of the stack's account and Region use it (an imported key's policy must already allow that).
   * @default - a new PhiKey for the `waf-logs` domain, alias `alias/dermashield/waf-logs-<unique name>`
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * How long WAF logs are kept: at least one year (`RetentionDays.ONE_YEAR`); longer, or `INFINITE`, is allowed.
   * @default logs.RetentionDays.SIX_YEARS
   */
  readonly logRetention?: logs.RetentionDays;
}

/** What a regional web ACL can protect, by ARN (`arn:<partition>:<service>:<region>:<account>:<resource>`). */
const REGIONAL_RESOURCES: ReadonlyArray<{ readonly what: string; readonly service: string; readonly resource: RegExp }> = [
  { what: 'an Application Load Balancer', service: 'elasticloadbalancing', resource: /^loadbalancer\/app\// },
  { what: 'an API Gateway REST API stage', service: 'apigateway', resource: /^\/restapis\/[^/]+\/stages\/[^/]+$/ },
  { what: 'an AppSync API', service: 'appsync', resource: /^apis\// },
  { what: 'a Cognito user pool', service: 'cognito-idp', resource: /^userpool\// },
  { what: 'an App Runner service', service: 'apprunner', resource: /^service\// },
  { what: 'a Verified Access instance', service: 'ec2', resource: /^verified-access-instance\// },
  { what: 'an Amplify app', service: 'amplify', resource: /^apps\// },
];

/**
 * A regional AWS WAF web ACL for resources in front of ePHI (the patient portal's load balancer, an API Gateway stage
 * of a partner API), with AWS managed rule groups and logging to an encrypted, retained CloudWatch Logs group.
 *
 * Default settings: scope `REGIONAL`; default action allow; the AWS managed rule groups of
 * {@link DEFAULT_WAF_MANAGED_RULE_GROUPS}, each with its own actions (none overridden unless listed in
 * `countOnlyRules`); CloudWatch metrics and sampled requests on for the web ACL and every rule; logging to a log group
 * named `aws-waf-logs-<unique name>` (the prefix WAF requires), encrypted with a PhiKey for the `waf-logs` domain, kept
 * six years, retained on stack deletion; the `authorization` and `cookie` headers redacted from the logs.
 *
 * What you cannot change: logging, the log group's customer-managed key (you choose which key, not whether), a web ACL
 * without managed rules, retention under a year, header redaction.
 *
 * Protect a resource with {@link PhiWebAcl.associate}; `TlsLoadBalancer` creates one and associates its load balancer.
 *
 * @see https://docs.aws.amazon.com/waf/latest/developerguide/logging-cw-logs.html
 */
export class PhiWebAcl extends Construct {
  /** The web ACL (L1: aws-cdk-lib has no L2 for WAFv2). */
  public readonly webAcl: wafv2.CfnWebACL;
  /** The ARN of the web ACL. */
  public readonly webAclArn: string;
  /** The log group WAF writes to (`aws-waf-logs-*`), encrypted with {@link PhiWebAcl.encryptionKey}. */
  public readonly logGroup: logs.LogGroup;
  /** The customer-managed key of the log group (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** The logging configuration that sends the web ACL's logs to {@link PhiWebAcl.logGroup}. */
  public readonly loggingConfiguration: wafv2.CfnLoggingConfiguration;

  constructor(scope: Construct, id: string, props: PhiWebAclProps = {}) {
    super(scope, id);
    // Validate everything before creating children.
    const ruleGroups = props.managedRuleGroups ?? [...DEFAULT_WAF_MANAGED_RULE_GROUPS];
    if (ruleGroups.length === 0) {
      throw new DermaShieldError('PhiWebAclNoRuleGroups', this,
        'managedRuleGroups [] is not allowed: the web ACL needs at least one AWS managed rule group '
        + `(e.g. ${DEFAULT_WAF_MANAGED_RULE_GROUPS.map((g) => g.name).join(', ')}).`);
    }
    validateRuleGroupNames(this, ruleGroups);
    requireCustomerManagedKey(this, 'PhiWebAclAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-LOGS-1');
    requireLogRetention(this, 'PhiWebAclLogRetention', 'logRetention', props.logRetention, { hint: '(WAF logs may hold ePHI)' });
    const stack = Stack.of(this);

    // The names below come from this construct's path. A TlsLoadBalancer creates it with the id `Default`, which
    // aws-cdk-lib leaves out of logical ids and of Names.uniqueResourceName, so they are the ones the load balancer
    // gave these resources when it created them itself: deployed log groups and web ACLs are kept.
    this.encryptionKey = props.encryptionKey ?? newWafLogKey(this);
    allowCloudWatchLogs(this.encryptionKey);
    this.logGroup = new logs.LogGroup(this, 'WafLogs', {
      // WAF only logs to CloudWatch Logs groups whose name starts with `aws-waf-logs-`.
      logGroupName: `aws-waf-logs-${Names.uniqueResourceName(this, { maxLength: 200, separator: '-' }).toLowerCase()}`,
      encryptionKey: this.encryptionKey,
      retention: props.logRetention ?? logs.RetentionDays.SIX_YEARS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const metricPrefix = Names.uniqueResourceName(this, { maxLength: 60 });
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: metricPrefix },
      rules: ruleGroups.map((group, priority) => ({
        name: group.name,
        priority,
        overrideAction: { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name: group.name,
            ruleActionOverrides: group.countOnlyRules?.length
              ? group.countOnlyRules.map((name) => ({ name, actionToUse: { count: {} } }))
              : undefined,
          },
        },
        visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `${metricPrefix}-${group.name}` },
      })),
    });
    this.webAclArn = this.webAcl.attrArn;
    this.loggingConfiguration = new wafv2.CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group ARN without the trailing `:*` that LogGroup.logGroupArn carries.
      logDestinationConfigs: [stack.formatArn({
        service: 'logs',
        resource: 'log-group',
        resourceName: this.logGroup.logGroupName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      })],
      // Session tokens and credentials never land in the logs.
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }],
    });
  }

  /**
   * Protect a regional resource with this web ACL: an Application Load Balancer, an API Gateway REST API stage
   * (`arn:<partition>:apigateway:<region>::/restapis/<api-id>/stages/<stage>`), an AppSync API, a Cognito user pool, an
   * App Runner service, a Verified Access instance or an Amplify app, in the stack's Region. A resource has at most one
   * web ACL. CloudFront distributions need a global (`CLOUDFRONT`) web ACL in us-east-1, which this is not.
   *
   * @param id the construct id of the association (a child of this construct)
   * @param resourceArn the resource's ARN; a token (e.g. `stage.stageArn`) is not checked here
   */
  public associate(id: string, resourceArn: string): wafv2.CfnWebACLAssociation {
    validateResourceArn(this, resourceArn);
    return new wafv2.CfnWebACLAssociation(this, id, { resourceArn, webAclArn: this.webAcl.attrArn });
  }
}

function validateResourceArn(scope: PhiWebAcl, arn: string): void {
  if (Token.isUnresolved(arn)) return;
  const parts = /^arn:[^:]+:([^:]+):([^:]*):([^:]*):(.+)$/.exec(arn);
  const kind = parts && REGIONAL_RESOURCES.find((r) => r.service === parts[1] && r.resource.test(parts[4]));
  if (!parts || !kind || parts[2] === '') {
    throw new DermaShieldError('PhiWebAclUnsupportedResource', scope,
      `resourceArn ${arn} is not allowed: a regional web ACL protects only ${REGIONAL_RESOURCES.map((r) => r.what).join(', ')} `
      + '(CloudFront distributions need a CLOUDFRONT-scope web ACL in us-east-1).');
  }
  const region = Stack.of(scope).region;
  if (!Token.isUnresolved(region) && parts[2] !== region) {
    throw new DermaShieldError('PhiWebAclRegionMismatch', scope,
      `resourceArn ${arn} is not allowed: it is ${kind.what} in ${parts[2]}, and a regional web ACL only protects `
      + `resources in its own Region (${region}). Create a PhiWebAcl in a stack in ${parts[2]}.`);
  }
}
