import { CfnResource, IPolicyValidationContext, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagPackProps, NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { controlById } from '../controls';
import { DermaShieldError } from '../errors';
import { DEFAULT_MAX_ROTATION_PERIOD_DAYS, MIN_ROTATION_PERIOD_DAYS, PACK_NAME, UNVERIFIABLE_SUFFIX } from '../controls/parameters';
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
    this.ruleIds = ALL_RULES.map((r) => `${PACK_NAME}-${r.name}`);
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

  /** Validate a construct tree directly (tests, or tools that do not synthesize). */
  public override validateScope(scope: IConstruct): PolicyValidationPluginReport {
    this.effective = new EffectiveApp(scope, this.templateFiles);
    this.details.clear();
    try {
      const report = super.validateScope(scope);
      return { ...report, violations: report.violations.map((v) => ({ ...v, description: this.describe(v.ruleName, v.description, v.violatingResources) })) };
    } finally {
      this.effective = undefined;
    }
  }

  protected checkResource(node: CfnResource): void {
    const resource = this.effective?.resourceFor(node);
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

  /** Append what each resource actually had, so a finding says what to fix. */
  private describe(ruleName: string, description: string, resources: readonly { constructPath?: string }[]): string {
    const lines = resources
      .map((r) => [r.constructPath, this.details.get(`${ruleName}|${r.constructPath}`)] as const)
      .filter(([, detail]) => detail)
      .map(([path, detail]) => `\n  - ${path}: ${detail}`);
    return description + lines.join('');
  }
}
