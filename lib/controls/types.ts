/**
 * A HIPAA Security Rule citation, written as in 45 CFR Part 164 (e.g. `164.312(a)(2)(iv)`).
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
  readonly parameters?: Readonly<Record<string, string>>;
  /**
   * The AWS resource types the rule evaluates (Config's scope), when it is scoped by type.
   * @default - the managed rule's own default scope
   */
  readonly resourceTypes?: readonly string[];
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

/** One encryption control: written once here, implemented by constructs, enforced by rules, evidenced by Config. */
export interface Control {
  /** Stable id, `DS-<SERVICE>-<n>`. Never reused or renumbered. */
  readonly id: string;
  /** Short title, as shown in reports and the README table. */
  readonly title: string;
  /** HIPAA Security Rule citations the control implements. */
  readonly citations: readonly HipaaCitation[];
  /** The guidance the control implements, in one sentence. */
  readonly guidance: string;
  /** Ids of the `DermaShieldChecks` rules that enforce it at synth, e.g. `DermaShield-KmsKeyRotation`. */
  readonly ruleIds: readonly string[];
  /** AWS Config managed rules that evidence it after deployment; empty when none exists. */
  readonly configRules: readonly ConfigRuleRef[];
}

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
