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
   * A limit of the managed rule that the evidence CLI must compensate for (e.g. the rule cannot tell a CMK
   * from an AWS-managed key).
   * @default - the rule proves the control on its own
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
