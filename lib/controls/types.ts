/**
 * A HIPAA Security Rule citation, written as in 45 CFR Part 164 (e.g. `164.312(a)(2)(iv)`).
 *
 * Kept for TypeScript users; public props and signatures use `string` (jsii has no type aliases).
 */
export type HipaaCitation = string;

/** An AWS Config managed rule that evidences a control after deployment. */
export interface ConfigRuleRef {
  /** The managed rule's source identifier, e.g. `CMK_BACKING_KEY_ROTATION_ENABLED`. */
  readonly identifier: string;
  /**
   * Input parameters, passed explicitly: AWS fills defaults only in the console.
   * @default - the rule takes no parameters
   */
  readonly parameters?: Record<string, string>;
  /**
   * The AWS resource types the rule evaluates (Config's scope), when it is scoped by type.
   * @default - the managed rule's own default scope
   */
  readonly resourceTypes?: string[];
  /**
   * A limit of the managed rule, in words, for readers of the catalog and the report. Prose only: nothing judges
   * from it (what the evidence CLI compensates for is {@link ConfigRuleRef.decidedByRecord}).
   * @default - no known limit
   */
  readonly caveat?: string;
  /**
   * What the managed rule cannot see, and which recorded configuration attribute decides it instead. The evidence
   * CLI judges resources of `resourceType` from that attribute (e.g. the key a bucket names, joined to the recorded
   * key's KeyManager), and reports them "not determinable" when it cannot be read.
   * @default - the rule's own results decide
   */
  readonly decidedByRecord?: RecordedDecision;
}

/** What a managed rule cannot see. */
export enum RuleBlindSpot {
  /** The rule passes any KMS key: it cannot tell a customer-managed key from an AWS-managed or AWS-owned one. */
  KEY_MANAGER = 'KEY_MANAGER',
}

/** A managed rule's blind spot and the recorded attribute that decides it. */
export interface RecordedDecision {
  /** What the managed rule cannot see. */
  readonly blindTo: RuleBlindSpot;
  /** The resource type whose AWS Config configuration item holds the deciding attribute, e.g. `AWS::S3::Bucket`. */
  readonly resourceType: string;
  /**
   * Path of the deciding attribute in the configuration item (`configuration.` or `supplementaryConfiguration.`,
   * case-insensitive as Config mixes cases; `[0]` indexes a list), e.g. `configuration.kmsKeyId`.
   */
  readonly attribute: string;
}

/**
 * An AWS Config custom policy rule (`Source.Owner: CUSTOM_POLICY`, runtime `guard-2.x.x`) that evidences a control
 * after deployment by evaluating the recorded configuration item with a CloudFormation Guard policy.
 *
 * The policy text lives in `lib/audit/guard-policies/<control id in lower case>.guard` (one file per control, named
 * after it); `PhiConfigRules` deploys it inline as the rule `<prefix><control id in lower case>`.
 */
export interface GuardPolicyRef {
  /** The resource types whose configuration items the policy judges (the rule's scope), e.g. `AWS::SQS::Queue`. */
  readonly resourceTypes: string[];
  /**
   * True when the policy judges exactly what the caveats of the control's managed rules say they cannot see (e.g.
   * whether the key is customer-managed): where both kinds of rule exist, the custom rule's verdict decides that
   * question.
   * @default false
   */
  readonly decidesManagedRuleCaveat?: boolean;
  /**
   * What the configuration item cannot show, so the policy cannot judge it (e.g. a key ARN that looks the same for
   * an AWS-managed key); the evidence CLI must settle it from other recorded items, or report it.
   * @default - the policy proves the control from the configuration item on its own
   */
  readonly caveat?: string;
}

/** One encryption control: written once here, implemented by constructs, enforced by rules, evidenced by Config. */
export interface Control {
  /** Stable id, `DS-<SERVICE>-<n>`. Never reused or renumbered. */
  readonly id: string;
  /** Short title, as shown in reports and the README table. */
  readonly title: string;
  /** HIPAA Security Rule citations the control implements. */
  readonly citations: string[];
  /** The guidance the control implements, in one sentence. */
  readonly guidance: string;
  /** Ids of the `DermaShieldChecks` rules that enforce it at synth, e.g. `DermaShield-KmsKeyRotation`. */
  readonly ruleIds: string[];
  /** AWS Config managed rules that evidence it after deployment; empty when none exists. */
  readonly configRules: ConfigRuleRef[];
  /**
   * The AWS Config custom policy (Guard) rule that evidences it after deployment, where no managed rule does or the
   * managed rules cannot see what the control needs.
   * @default - no custom policy rule
   */
  readonly guardPolicy?: GuardPolicyRef;
  /**
   * Why nothing in AWS Config can evidence this control after deployment (e.g. the configuration item does not
   * record the attribute): reports show the control as "not evidenced after deployment" with this reason. Set
   * only on controls with neither a managed rule nor a `guardPolicy`.
   * @default - the control is evidenced by `configRules` or `guardPolicy`
   */
  readonly notEvidencedAfterDeployment?: string;
}

/**
 * The `notEvidencedAfterDeployment` reason of a control that AWS Config has no managed rule for and that no DermaShield
 * Guard policy covers yet: it is enforced at synth, and the evidence report says so rather than claiming more.
 */
export const SYNTH_ONLY_NO_CONFIG_RULE = 'No AWS Config managed rule checks this setting and DermaShield ships no Guard policy '
  + 'for it yet, so it is enforced at synth (cdk synth fails) but not evidenced after deployment.';

/** Freeze a service's controls deeply so the catalog cannot be changed at run time. */
export function defineControls(controls: Control[]): readonly Control[] {
  return Object.freeze(controls.map((c) => deepFreeze(c)));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
