import { CfnResource, IPolicyValidationContext, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagPackProps, NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { controlById } from '../controls';
import { DermaShieldError } from '../errors';
import { DEFAULT_MAX_ROTATION_PERIOD_DAYS, MIN_ROTATION_PERIOD_DAYS, PACK_NAME, UNVERIFIABLE_SUFFIX } from '../controls/parameters';
import { carelessAcknowledgements, CARELESS_ACKNOWLEDGEMENT_RULE_ID } from './acknowledge';
import { EffectiveApp } from './effective';
import { DermaShieldRule, makeRuleContext, RuleContext, RuleOutcome, unverifiable } from './rule';
import { ALL_RULES } from './rules';
import { isCustomResourceType, isKnownResourceType, UnknownResourceType } from './rules/pack';


/** Options of the DermaShield rule pack. */
export interface DermaShieldChecksProps extends NagPackProps {
  /**
   * ARNs of KMS keys defined outside this app (another stack, account or tool) that the practice attests are
   * customer-managed. Any other key named by a literal ARN cannot be verified and is reported as such.
   * @default - no external keys; only keys defined in the app count as customer-managed
   */
  readonly externalCustomerManagedKeyArns?: string[];
  /**
   * The longest automatic key-rotation period allowed, in days (KMS allows 90 to 2560; the pack allows at most 365).
   * @default 365
   */
  readonly maxRotationPeriodDays?: number;
}

/**
 * The DermaShield rule pack: every HIPAA encryption control of the catalog, as cdk-nag v3 rules at level ERROR.
 *
 * Rules judge the effective template (overrides applied, tokens resolved), matched on the CloudFormation type,
 * so raw `CfnResource`s, escape hatches and `CfnInclude`d templates are checked too. A value decided only at
 * deploy time is reported as `DermaShield-<Rule>[Unverifiable]`, never passed.
 *
 * @example
 * Validations.of(app).addPlugins(new DermaShieldChecks(app));
 */
export class DermaShieldChecks extends NagPack {
  /** Plugin name shown in the validation report; also the acknowledgement namespace. */
  public readonly name = PACK_NAME;
  /**
   * Every rule id the pack can report (without the `[Unverifiable]` variants). Always set; optional in the type only
   * because `NagPack` declares it so and jsii forbids an override to make a property required.
   */
  public override readonly ruleIds?: string[];
  private readonly context: RuleContext;
  private readonly rulesByType: ReadonlyMap<string, readonly DermaShieldRule[]>;
  private templateFiles: string[] = [];
  private effective?: EffectiveApp;
  private readonly details = new Map<string, string>();
  private readonly fixes = new Map<string, string>();

  constructor(scope?: IConstruct, props: DermaShieldChecksProps = {}) {
    super(scope, props);
    this.packName = PACK_NAME;
    const ceiling = props.maxRotationPeriodDays ?? DEFAULT_MAX_ROTATION_PERIOD_DAYS;
    if (!Number.isInteger(ceiling) || ceiling < MIN_ROTATION_PERIOD_DAYS || ceiling > DEFAULT_MAX_ROTATION_PERIOD_DAYS) {
      throw DermaShieldError.forSubject('DermaShieldChecksRotationCeiling', 'DermaShieldChecks', `maxRotationPeriodDays ${ceiling} is not allowed; use a whole number of days `
        + `from ${MIN_ROTATION_PERIOD_DAYS} (the KMS minimum) to ${DEFAULT_MAX_ROTATION_PERIOD_DAYS}.`);
    }
    for (const arn of props.externalCustomerManagedKeyArns ?? []) {
      if (!/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(arn)) {
        throw DermaShieldError.forSubject('DermaShieldChecksExternalKeyArn', 'DermaShieldChecks', `externalCustomerManagedKeyArns entry '${arn}' is not a KMS key ARN `
          + '(arn:<partition>:kms:<region>:<account>:key/<key-id>). Aliases and AWS-managed keys cannot be declared.');
      }
    }
    this.context = makeRuleContext({
      externalCmkArns: new Set(props.externalCustomerManagedKeyArns ?? []),
      maxRotationPeriodDays: ceiling,
    });
    const byType = new Map<string, DermaShieldRule[]>();
    for (const rule of ALL_RULES) {
      for (const type of rule.resourceTypes) byType.set(type, [...(byType.get(type) ?? []), rule]);
    }
    this.rulesByType = byType;
    this.ruleIds = [...ALL_RULES.map((r) => `${PACK_NAME}-${r.name}`), CARELESS_ACKNOWLEDGEMENT_RULE_ID];
  }

  /** Called by the CDK at synth: reads the synthesized templates named by the context. */
  public override validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    this.templateFiles = (context.stackTemplates ?? []).map((s) => s.templatePath);
    try {
      return super.validate(context);
    } finally {
      this.templateFiles = [];
    }
  }

  /**
   * Validate a construct tree directly (tests, or tools that do not synthesize).
   *
   * One violation per resource, so that each finding the CLI prints (and each acknowledgement the CDK records) names
   * one resource with what that resource had, and an acknowledged resource never appears in another one's finding.
   * Careless DermaShield acknowledgements anywhere in the tree are reported too, at severity `fatal`: they cannot
   * themselves be acknowledged.
   */
  public override validateScope(scope: IConstruct): PolicyValidationPluginReport {
    this.effective = new EffectiveApp(scope, this.templateFiles);
    this.details.clear();
    this.fixes.clear();
    try {
      const report = super.validateScope(scope);
      const violations: PolicyViolation[] = report.violations.flatMap((v) => v.violatingResources.map((r) => ({
        ruleName: v.ruleName,
        description: this.describe(v.ruleName, v.description, r.constructPath),
        fix: this.fixes.get(v.ruleName),
        severity: v.severity,
        violatingResources: [r],
      })));
      for (const careless of carelessAcknowledgements(scope, new Set(this.ruleIds))) {
        violations.push({
          ruleName: CARELESS_ACKNOWLEDGEMENT_RULE_ID,
          description: `${CARELESS_ACKNOWLEDGEMENT_RULE_ID} ${careless.problems.join('; ')}.\n  - ${careless.path || '(the App)'}: '${careless.id}' with reason ${JSON.stringify(careless.reason)}`,
          fix: 'Acknowledge on the one resource (or construct) that needs the exception, with acknowledgeRule and a reason of 20+ characters naming the compensating control or AWS limit.',
          severity: 'fatal',
          violatingResources: [{ constructPath: careless.path, locations: [] }],
        });
      }
      return { ...report, success: violations.length === 0, violations };
    } finally {
      this.effective = undefined;
    }
  }

  protected checkResource(node: CfnResource): void {
    const resource = this.effective?.resourceFor(node);
    // The CDK's own version-reporting resource is excluded with the custom resources (isCustomResourceType): no rule names it.
    if (!resource) return;
    const known = isKnownResourceType(resource.type) || isCustomResourceType(resource.type);
    for (const rule of known ? this.rulesByType.get(resource.type) ?? [] : [UnknownResourceType]) {
      let outcome: RuleOutcome;
      try {
        outcome = rule.evaluate(resource, this.context);
      } catch (e) {
        outcome = unverifiable(`the rule could not evaluate the resource: ${(e as Error).message}`);
      }
      if (outcome.kind !== 'fail' && outcome.kind !== 'unverifiable') continue;
      const control = controlById(rule.controlId);
      const suffix = outcome.kind === 'fail' ? rule.name : `${rule.name}${UNVERIFIABLE_SUFFIX}`;
      const citations = `HIPAA ${control.citations.join(', ')}`;
      const ruleId = `${PACK_NAME}-${suffix}`;
      this.details.set(`${ruleId}|${node.node.path}`, outcome.reason);
      if (!this.fixes.has(ruleId)) this.fixes.set(ruleId, fixHint(rule.explanation, control.guidance));
      this.applyRule({
        ruleSuffixOverride: suffix,
        info: outcome.kind === 'fail'
          ? `${ruleId} [${control.id}] ${rule.requirement} (${citations})`
          : `${ruleId} [${control.id}] Cannot be verified at synth: ${rule.requirement} Acknowledge it with the reason it holds, or use a literal value. (${citations})`,
        explanation: rule.explanation,
        level: NagMessageLevel.ERROR,
        node,
        rule: () => NagRuleCompliance.NON_COMPLIANT,
      });
    }
  }

  /** The rule's message and what this one resource actually had, so the finding says what to fix where. */
  private describe(ruleName: string, description: string, constructPath: string | undefined): string {
    const detail = this.details.get(`${ruleName}|${constructPath}`);
    return detail ? `${description}\n  - ${constructPath}: ${detail}` : description;
  }
}

/** Verbs a fix sentence of a rule's explanation starts with ("Use TlsLoadBalancer, or ..."). */
const FIX_VERBS = /^(Use|Set|Pass|Give|Create|Add|Enable|Turn|Request|Name|Declare|Attach|Configure|Put|Keep|Replace|Remove|Choose|Specify|Grant|Point|Move|Write|Let|Encrypt|Acknowledge|Require|Define|Deploy|Store|Associate|Call|Send|Select|Register|Provide|Make|Apply|Restrict|Limit|Switch|Include|Lower|Leave|Omit|Upgrade|Finish)\b/;

/**
 * The one-line fix hint printed under every finding: the first imperative sentence of the rule's explanation (the
 * explanations are written "why. How to fix."), or the control's guidance when no sentence is imperative.
 * @internal
 */
export function fixHint(explanation: string, guidance: string): string {
  const sentences = explanation.match(/(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)/g)?.map((x) => x.trim()).filter(Boolean) ?? [];
  const at = sentences.findIndex((x) => FIX_VERBS.test(x));
  return at >= 0 ? sentences[at] : guidance;
}
