import { Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { createLogDeliveryBucket } from '../storage/log-delivery-bucket';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeRule } from '../checks/acknowledge';
import { HSTS_ATTRIBUTE, MIN_HSTS_MAX_AGE_SECONDS } from '../controls/parameters';
import { ALLOWED_TLS_POLICIES, judgeTlsPolicy } from '../controls/tls-policies';
import { DermaShieldError } from '../errors';
import { requireCustomerManagedKey, requireLogRetention, requireReason } from '../validation';
import { DEFAULT_WAF_MANAGED_RULE_GROUPS, PhiWebAcl, PhiWebAclManagedRuleGroup } from './phi-web-acl';
import { newWafLogKey, validateRuleGroupNames } from './web-acl-shared';

/**
 * An AWS managed WAF rule group for the load balancer's web ACL.
 * @deprecated use {@link PhiWebAclManagedRuleGroup}: the web ACL is a {@link PhiWebAcl} now, and this is the same shape
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- kept so that code naming this type still compiles
export interface TlsLoadBalancerManagedRuleGroup extends PhiWebAclManagedRuleGroup {}

/**
 * A written exception to HTTPS between the load balancer and its targets. It becomes an acknowledgement of
 * `DermaShield-ElbTargetGroupHttps` in the validation report.
 */
export interface PlaintextToTargets {
  /**
   * Why plaintext is acceptable here: the compensating control (e.g. "targets are a sidecar on the same task ENI").
   * At least 20 characters.
   */
  readonly reason: string;
}

/** Targets to put behind the HTTPS listener. */
export interface TlsLoadBalancerTargetProps {
  /**
   * The targets (instances, IPs, ECS services...).
   * @default - no targets; register them later on the returned target group
   */
  readonly targets?: elbv2.IApplicationLoadBalancerTarget[];
  /**
   * The kind of targets (needed when the group starts empty, e.g. IP targets registered by an ECS service later).
   * @default - derived from `targets`; required by aws-cdk-lib when `targets` is empty
   */
  readonly targetType?: elbv2.TargetType;
  /**
   * The port the targets listen on.
   * @default 443 (80 with `plaintext`)
   */
  readonly port?: number;
  /**
   * Health check settings. The check uses the target group's protocol (HTTPS) unless you set another.
   * @default - aws-cdk-lib's defaults over HTTPS
   */
  readonly healthCheck?: elbv2.HealthCheck;
  /**
   * Rule priority; set with `conditions` to route only matching requests to these targets.
   * @default - the targets become the listener's default action
   */
  readonly priority?: number;
  /**
   * Rule conditions (path, host...). Requires `priority`.
   * @default - none: the targets become the listener's default action
   */
  readonly conditions?: elbv2.ListenerCondition[];
  /**
   * Send plain HTTP to these targets. Only with a written reason, which is recorded as an acknowledgement.
   * @default - HTTPS to the targets
   */
  readonly plaintext?: PlaintextToTargets;
}

/** Mutual TLS for partner APIs (labs, pharmacies, billing). */
export interface TlsLoadBalancerMutualTls {
  /** The trust store holding the CA bundle partners' client certificates chain to. */
  readonly trustStore: elbv2.ITrustStore;
  /**
   * Advertise the trust store's CA subject names to clients during the handshake.
   * @default false
   */
  readonly advertiseTrustStoreCaNames?: boolean;
  /**
   * Accept expired client certificates. Passing `true` throws: an expired certificate is not an authenticated partner.
   * @default false
   */
  readonly ignoreClientCertificateExpiry?: boolean;
}

/** Props of {@link TlsLoadBalancer}. */
export interface TlsLoadBalancerProps {
  /** The VPC to place the load balancer in. */
  readonly vpc: ec2.IVpc;
  /**
   * ACM certificates for the HTTPS listener; the first is the default, the rest are served by SNI. At least one.
   * IAM server certificates (`arn:...:iam::...:server-certificate/...`) are rejected.
   */
  readonly certificates: acm.ICertificate[];
  /**
   * The TLS security policy. Only policies whose minimum protocol is TLS 1.2 and whose ciphers are all AEAD with
   * forward secrecy are accepted (TLS 1.3-only and FIPS variants are stricter and allowed); `SslPolicy.RECOMMENDED`,
   * `RECOMMENDED_TLS`, `LEGACY` and the other CBC or TLS 1.0/1.1 policies throw.
   * @default SslPolicy.TLS13_12_RES_PQ (ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09)
   * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
   */
  readonly sslPolicy?: elbv2.SslPolicy;
  /**
   * Whether the load balancer has a public DNS name (the patient portal) or is internal.
   * @default true
   */
  readonly internetFacing?: boolean;
  /**
   * Subnets for the load balancer.
   * @default - public subnets when internet-facing, private subnets otherwise
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * Security group for the load balancer.
   * @default - a new security group that allows 443 and 80 (redirect only) from anywhere when internet-facing
   */
  readonly securityGroup?: ec2.ISecurityGroup;
  /**
   * Idle timeout of client connections.
   * @default Duration.seconds(60)
   */
  readonly idleTimeout?: Duration;
  /**
   * `max-age` of the Strict-Transport-Security header the load balancer adds. At least one year; longer is allowed.
   * @default Duration.days(365)
   */
  readonly hstsMaxAge?: Duration;
  /**
   * Add `includeSubDomains` to the Strict-Transport-Security header.
   * @default true
   */
  readonly hstsIncludeSubDomains?: boolean;
  /**
   * Add `preload` to the Strict-Transport-Security header (only once the domain is ready for the preload list).
   * @default false
   */
  readonly hstsPreload?: boolean;
  /**
   * Default action of the HTTPS listener when no targets are added as the default. It is bound to the listener when the
   * load balancer is created (a forward action attaches its target groups then), and used unless `addTargets` adds
   * default targets.
   * @default - a fixed 404 response
   */
  readonly defaultAction?: elbv2.ListenerAction;
  /**
   * Mutual TLS: require and verify client certificates against a trust store.
   * @default - no client certificates are requested
   */
  readonly mutualTls?: TlsLoadBalancerMutualTls;
  /**
   * AWS managed rule groups of the WAF web ACL, evaluated in this order. At least one.
   * @default DEFAULT_WAF_MANAGED_RULE_GROUPS (IP reputation, core rule set, known bad inputs, SQL injection)
   */
  readonly managedRuleGroups?: PhiWebAclManagedRuleGroup[];
  /**
   * The customer-managed key that encrypts what the load balancer stores under a key: the WAF log group (WAF logs carry
   * URLs and headers, which may hold ePHI). Any `kms.IKey`, a `PhiKey` included; AWS-managed keys (`alias/aws/logs`)
   * are rejected. The construct lets CloudWatch Logs use it (an imported key's policy must already allow it). The
   * access-log bucket uses SSE-S3, the only encryption ELB log delivery supports.
   * @default - a new PhiKey for the `waf-logs` domain
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Retention of the WAF log group: at least one year (`RetentionDays.ONE_YEAR`); longer, or `INFINITE`, is allowed.
   * @default logs.RetentionDays.SIX_YEARS
   */
  readonly wafLogRetention?: logs.RetentionDays;
  /**
   * How long ELB access logs are kept in the access-log bucket.
   * @default Duration.days(2192) (six years)
   */
  readonly accessLogRetention?: Duration;
}

/** The reason the construct gives for the SSE-S3 access-log bucket. */
export const ELB_LOG_BUCKET_SSE_S3_REASON = 'Elastic Load Balancing access-log delivery supports only SSE-S3 (AES-256) '
  + 'encrypted buckets, not SSE-KMS; the bucket is still encrypted at rest, TLS-only (TLS 1.2+), versioned, '
  + 'private (Block Public Access) and written only by the ELB log-delivery principal.';

const HTTPS_PORT = 443;
const HTTP_PORT = 80;

/**
 * An Application Load Balancer that only speaks TLS 1.2+ with AEAD, forward-secret ciphers: the patient portal
 * and teledermatology front door.
 *
 * Default settings: an HTTPS listener on 443 with ACM certificates and ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09;
 * port 80 only redirects to HTTPS (301); Strict-Transport-Security (one year, includeSubDomains) added by the load
 * balancer; the Server header removed; invalid header fields dropped; desync mitigation `strictest`; deletion
 * protection; access logs to an SSE-S3, TLS-only, versioned, private bucket (retained); an AWS WAF web ACL with AWS
 * managed rule groups, logging to a `aws-waf-logs-*` log group encrypted with a PhiKey (a {@link PhiWebAcl},
 * `waf`); HTTPS to targets.
 *
 * What you cannot change: TLS below 1.2 or CBC/non-forward-secret ciphers, HTTP that does anything but redirect,
 * IAM server certificates, HSTS shorter than a year, invalid-header dropping, desync mitigation, deletion
 * protection, access logging, the WAF. Plaintext to targets needs a written reason (an acknowledgement).
 *
 * The stack must have an explicit Region (ELB access-log delivery is granted to a Region-specific principal).
 *
 * The web ACL's construct id is `Default`, so that its resources keep the logical ids and names they had when this
 * construct created them itself. A side effect: `node.defaultChild` of a TlsLoadBalancer is that PhiWebAcl (before,
 * it was undefined). aws-cdk-lib only uses a defaultChild that is a CfnResource, which this is not.
 */
export class TlsLoadBalancer extends Construct {
  /** The Application Load Balancer. */
  public readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  /** The HTTPS listener (port 443). */
  public readonly httpsListener: elbv2.ApplicationListener;
  /** The port-80 listener; it only redirects to HTTPS. */
  public readonly httpRedirectListener: elbv2.ApplicationListener;
  /** The bucket ELB access logs are delivered to (SSE-S3: the only encryption ELB log delivery supports). */
  public readonly accessLogBucket: s3.Bucket;
  /** The AWS WAF web ACL of the load balancer, its logging and the association (construct id `Default`). */
  public readonly waf: PhiWebAcl;
  /** The WAF web ACL associated with the load balancer (`waf.webAcl`). */
  public readonly webAcl: wafv2.CfnWebACL;
  /** The log group WAF writes to (`aws-waf-logs-*`; `waf.logGroup`). */
  public readonly wafLogGroup: logs.LogGroup;
  /** The customer-managed key of the WAF log group (a PhiKey unless you passed another key; `waf.encryptionKey`). */
  public readonly encryptionKey: kms.IKey;
  /** The TLS policy of the HTTPS listener. */
  public readonly sslPolicy: elbv2.SslPolicy;
  private readonly vpc: ec2.IVpc;
  /** The HTTPS listener's default action: the default targets, or the fallback while there are none. */
  private readonly defaultAction: DefaultTargetsOrFallback;

  constructor(scope: Construct, id: string, props: TlsLoadBalancerProps) {
    super(scope, id);
    // Validate everything before creating children.
    const stack = Stack.of(this);
    if (Token.isUnresolved(stack.region)) {
      throw new DermaShieldError('TlsLoadBalancerRegionRequired', this,
        'the stack has no explicit Region (env.region); ELB access logging, which cannot be turned off, needs one to '
        + 'grant the Region\'s log-delivery principal. Give the stack a Region, e.g. env: { region: "us-east-1" } (an account is not needed).');
    }
    const sslPolicy = props.sslPolicy ?? elbv2.SslPolicy.TLS13_12_RES_PQ;
    validateSslPolicy(this, sslPolicy);
    validateCertificates(this, props.certificates);
    const hstsValue = hstsHeaderValue(this, props);
    const ruleGroups = props.managedRuleGroups ?? [...DEFAULT_WAF_MANAGED_RULE_GROUPS];
    if (ruleGroups.length === 0) {
      throw new DermaShieldError('TlsLoadBalancerNoWafRules', this,
        'managedRuleGroups [] is not allowed: the web ACL needs at least one AWS managed rule group '
        + `(e.g. ${DEFAULT_WAF_MANAGED_RULE_GROUPS.map((g) => g.name).join(', ')}).`);
    }
    // The web ACL's own checks, here under this construct's prop names, so that nothing is created before they throw.
    validateRuleGroupNames(this, ruleGroups);
    requireCustomerManagedKey(this, 'TlsLoadBalancerAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-LOGS-1');
    requireLogRetention(this, 'TlsLoadBalancerWafLogRetention', 'wafLogRetention', props.wafLogRetention, { hint: '(WAF logs may hold ePHI)' });
    if (props.mutualTls?.ignoreClientCertificateExpiry === true) {
      throw new DermaShieldError('TlsLoadBalancerMtlsExpiredCertificates', this,
        'mutualTls.ignoreClientCertificateExpiry true is not allowed: an expired client certificate does not '
        + 'authenticate a partner. Remove the prop (false is the default).');
    }
    const internetFacing = props.internetFacing ?? true;

    this.sslPolicy = sslPolicy;
    this.vpc = props.vpc;

    // Access logs. ELB log delivery supports only SSE-S3, so this bucket cannot use a PhiKey (acknowledged below).
    this.accessLogBucket = createLogDeliveryBucket(this, 'AccessLogs', {
      sseS3Reason: ELB_LOG_BUCKET_SSE_S3_REASON,
      expiration: props.accessLogRetention ?? Duration.days(2192),
    });

    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'LoadBalancer', {
      vpc: props.vpc,
      internetFacing,
      vpcSubnets: props.vpcSubnets ?? { subnetType: internetFacing ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroup: props.securityGroup,
      idleTimeout: props.idleTimeout,
      // aws-cdk-lib defaults: invalid headers kept, desync mode defensive, no deletion protection. Overridden.
      dropInvalidHeaderFields: true,
      desyncMitigationMode: elbv2.DesyncMitigationMode.STRICTEST,
      deletionProtection: true,
    });
    this.loadBalancer.logAccessLogs(this.accessLogBucket, 'alb');

    // HTTPS listener. aws-cdk-lib's default policy would be ELBSecurityPolicy-2016-08 (TLS 1.0): always set.
    // Its one default action is decided when the template is rendered: see DefaultTargetsOrFallback.
    this.defaultAction = new DefaultTargetsOrFallback(
      props.defaultAction ?? elbv2.ListenerAction.fixedResponse(404, { contentType: 'text/plain', messageBody: 'Not Found' }));
    this.httpsListener = this.loadBalancer.addListener('Https', {
      port: HTTPS_PORT,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      sslPolicy,
      certificates: props.certificates.map((c) => elbv2.ListenerCertificate.fromCertificateManager(c)),
      open: internetFacing,
      defaultAction: this.defaultAction,
      mutualAuthentication: props.mutualTls ? {
        mutualAuthenticationMode: elbv2.MutualAuthenticationMode.VERIFY,
        trustStore: props.mutualTls.trustStore,
        ignoreClientCertificateExpiry: false,
        advertiseTrustStoreCaNames: props.mutualTls.advertiseTrustStoreCaNames ?? false,
      } : undefined,
    });
    this.httpsListener.setAttribute(HSTS_ATTRIBUTE, hstsValue);
    this.httpsListener.setAttribute('routing.http.response.server.enabled', 'false');

    // Port 80 only redirects, permanently, to HTTPS on 443.
    this.httpRedirectListener = this.loadBalancer.addListener('Http', {
      port: HTTP_PORT,
      protocol: elbv2.ApplicationProtocol.HTTP,
      open: internetFacing,
      defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: String(HTTPS_PORT), permanent: true }),
    });
    Validations.of(this.httpRedirectListener).acknowledge(...['HIPAA.Security::HIPAA.Security', 'NIST.800.53.R5::NIST.800.53.R5'].map((pack) => ({
      id: `${pack}-ELBv2ACMCertificateRequired`,
      reason: 'The port-80 listener only answers with a 301 redirect to HTTPS on 443 (enforced by DermaShield-ElbHttpRedirect); an HTTP '
        + 'listener cannot hold a certificate and carries no ePHI. The HTTPS listener uses ACM certificates only (DermaShield-ElbAcmCertificate).',
    })));
    if (internetFacing && !props.securityGroup) {
      // Only the security group this construct creates: a group you pass is yours to judge.
      Validations.of(this.loadBalancer.connections.securityGroups[0]).acknowledge({
        id: 'AwsSolutions::AwsSolutions-EC23',
        reason: 'An internet-facing load balancer (the patient portal / teledermatology front door) is public by design: only port 443 '
          + '(TLS 1.2+ AEAD policy, AWS WAF managed rules) and port 80 (a redirect to HTTPS, nothing else) are open to 0.0.0.0/0.',
      });
    }

    // WAF: AWS managed rule groups, logged to an encrypted aws-waf-logs-* log group. The id `Default` keeps the
    // logical ids and generated names of the log group, web ACL, logging and association this construct created
    // before the web ACL was a construct of its own (construct ids are a contract: see the class doc). The key is
    // this construct's `encryptionKey`, so a key made for it is this construct's child, where it always was.
    this.waf = new PhiWebAcl(this, 'Default', {
      managedRuleGroups: ruleGroups,
      encryptionKey: props.encryptionKey ?? newWafLogKey(this),
      logRetention: props.wafLogRetention,
    });
    this.waf.associate('WebAclAssociation', this.loadBalancer.loadBalancerArn);
    this.webAcl = this.waf.webAcl;
    this.wafLogGroup = this.waf.logGroup;
    this.encryptionKey = this.waf.encryptionKey;
  }

  /**
   * Put targets behind the HTTPS listener, in a target group that speaks HTTPS to them. Without `priority` and
   * `conditions` the targets become the listener's default action (once).
   */
  public addTargets(id: string, props: TlsLoadBalancerTargetProps = {}): elbv2.ApplicationTargetGroup {
    const plaintext = props.plaintext;
    if (plaintext) {
      requireReason(this, 'TlsLoadBalancerPlaintextWithoutReason', 'plaintext.reason', plaintext.reason,
        'naming the compensating control: plain HTTP to targets needs one (control DS-ELB-6)');
    }
    const isDefault = props.priority === undefined && (props.conditions?.length ?? 0) === 0;
    if (isDefault && this.defaultAction.hasTargets) {
      throw new DermaShieldError('TlsLoadBalancerDefaultTargetsTwice', this,
        `addTargets('${id}') without priority and conditions would replace the default targets added before; `
        + 'give it a priority and conditions.');
    }
    const group = new elbv2.ApplicationTargetGroup(this, `${id}Targets`, {
      vpc: this.vpc,
      protocol: plaintext ? elbv2.ApplicationProtocol.HTTP : elbv2.ApplicationProtocol.HTTPS,
      port: props.port ?? (plaintext ? HTTP_PORT : HTTPS_PORT),
      targets: props.targets,
      targetType: props.targetType,
      healthCheck: props.healthCheck,
    });
    if (plaintext) acknowledgeRule(group, 'ElbTargetGroupHttps', plaintext.reason);
    if (isDefault) this.defaultAction.forwardTo(this.httpsListener, group);
    else this.httpsListener.addTargetGroups(id, { targetGroups: [group], priority: props.priority, conditions: props.conditions });
    return group;
  }
}

/**
 * The HTTPS listener's default action: forward to the targets `addTargets` adds without priority and conditions, or
 * the fallback (404, or `defaultAction`) while there are none.
 *
 * An ApplicationListener renders its default actions when the template is rendered, so the choice needs no
 * prepare-phase Aspect; and the listener is given one default action, once, at creation, so it does not warn that a
 * default action was replaced. The fallback is bound at creation (its bind is a no-op for fixed responses and
 * redirects); the forward action is bound as `listener.addTargetGroups` would bind it.
 */
class DefaultTargetsOrFallback extends elbv2.ListenerAction {
  private targets?: elbv2.ListenerAction;

  constructor(private readonly fallback: elbv2.ListenerAction) {
    // Never rendered: both render methods are overridden.
    super({ type: 'fixed-response' });
  }

  /** Whether default targets were added. */
  public get hasTargets(): boolean {
    return this.targets !== undefined;
  }

  /** Make `group` the default: forward to it, registered with the listener. */
  public forwardTo(listener: elbv2.ApplicationListener, group: elbv2.IApplicationTargetGroup): void {
    const forward = elbv2.ListenerAction.forward([group]);
    forward.bind(listener, listener);
    this.targets = forward;
  }

  public override bind(scope: Construct, listener: elbv2.IApplicationListener, associatingConstruct?: IConstruct): void {
    this.fallback.bind(scope, listener, associatingConstruct);
  }

  public override renderActions(): elbv2.CfnListener.ActionProperty[] {
    return (this.targets ?? this.fallback).renderActions();
  }

  public override renderRuleActions(): elbv2.CfnListenerRule.ActionProperty[] {
    return (this.targets ?? this.fallback).renderRuleActions();
  }
}

function validateSslPolicy(scope: IConstruct, policy: string): void {
  if (Token.isUnresolved(policy)) return; // judged by DermaShield-ElbTlsPolicy at synth
  const verdict = judgeTlsPolicy(policy);
  if (verdict.kind === 'allowed') return;
  const why = verdict.kind === 'weak' ? verdict.problems.join('; ') : 'it is not a predefined ELB security policy DermaShield can verify';
  throw new DermaShieldError('TlsLoadBalancerWeakSslPolicy', scope,
    `sslPolicy ${policy} is not allowed: ${why}. It must allow only TLS 1.2+ with AEAD, forward-secret ciphers; use `
    + `SslPolicy.TLS13_12_RES_PQ (the default) or one of ${ALLOWED_TLS_POLICIES.join(', ')} (control DS-ELB-1).`);
}

function validateCertificates(scope: IConstruct, certificates: readonly acm.ICertificate[] | undefined): void {
  if (!certificates || certificates.length === 0) {
    throw new DermaShieldError('TlsLoadBalancerNoCertificate', scope,
      'certificates [] is not allowed: the HTTPS listener needs at least one ACM certificate (control DS-ELB-3).');
  }
  for (const cert of certificates) {
    const arn = cert.certificateArn;
    if (Token.isUnresolved(arn)) continue; // a certificate defined in the app, or judged at synth
    if (!/^arn:[^:]+:acm:[^:]*:[^:]*:certificate\/.+/.test(arn)) {
      throw new DermaShieldError('TlsLoadBalancerCertificateNotAcm', scope,
        `certificates entry ${arn} is not allowed: only AWS Certificate Manager certificates `
        + '(arn:<partition>:acm:<region>:<account>:certificate/<id>) are accepted, not IAM server certificates (control DS-ELB-3).');
    }
  }
}

function hstsHeaderValue(scope: IConstruct, props: TlsLoadBalancerProps): string {
  const maxAge = props.hstsMaxAge ?? Duration.days(365);
  const seconds = maxAge.toSeconds({ integral: false });
  if (!Token.isUnresolved(seconds) && (seconds < MIN_HSTS_MAX_AGE_SECONDS || !Number.isInteger(seconds))) {
    throw new DermaShieldError('TlsLoadBalancerHstsTooShort', scope,
      `hstsMaxAge ${seconds} seconds is not allowed: use a whole number of seconds of at least ${MIN_HSTS_MAX_AGE_SECONDS} `
      + '(one year) (control DS-ELB-5).');
  }
  const parts = [`max-age=${Token.isUnresolved(seconds) ? maxAge.toSeconds() : seconds}`];
  if (props.hstsIncludeSubDomains ?? true) parts.push('includeSubDomains');
  if (props.hstsPreload) parts.push('preload');
  return parts.join('; ');
}
