import { CONTROLS } from '../controls';
import { GUARD_RULE_NAME_PREFIX, guardRuleName } from '../controls/markers';
import { DermaShieldError } from '../errors';
import { GUARD_POLICY_TEXT } from './guard-policies.generated';

/**
 * The CloudFormation Guard policies of the control catalog, as `PhiConfigRules` deploys them: one per control that has
 * a `guardPolicy`, named after the control. Use them to deploy the same rules another way (e.g. a conformance pack).
 */
export class GuardPolicies {
  /** The rule-name prefix `PhiConfigRules` uses by default. */
  public static readonly DEFAULT_RULE_NAME_PREFIX = GUARD_RULE_NAME_PREFIX;

  /** The ids of the controls that have a Guard policy, in catalog order. */
  public static controlIds(): string[] {
    return CONTROLS.filter((c) => c.guardPolicy).map((c) => c.id);
  }

  /**
   * The Guard (guard-2.x.x) policy text of a control, as deployed inline in its Config rule.
   * @param controlId a catalog control id with a `guardPolicy`, e.g. `DS-S3-3`
   */
  public static policyText(controlId: string): string {
    const text = GUARD_POLICY_TEXT[controlId];
    if (text === undefined) {
      throw DermaShieldError.forSubject('GuardPolicyNotFound', 'GuardPolicies', `no Guard policy for control '${controlId}'. Controls with one: ${GuardPolicies.controlIds().join(', ')}`);
    }
    return text;
  }

  /**
   * The Config rule name of a control's custom policy rule: the prefix plus the control id in lower case
   * (`dermashield-ds-s3-3`). Managed rules are named after their identifier, so the two never collide.
   * @param controlId a catalog control id
   * @param prefix the rule-name prefix
   * @default prefix 'dermashield-'
   */
  public static ruleName(controlId: string, prefix: string = GuardPolicies.DEFAULT_RULE_NAME_PREFIX): string {
    return guardRuleName(controlId, prefix);
  }
}
