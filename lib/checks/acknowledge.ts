import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { PACK_NAME, UNVERIFIABLE_SUFFIX } from '../controls/parameters';
import { requireReason } from '../validation';

/** Options for {@link acknowledgeRule}. */
export interface AcknowledgeRuleOptions {
  /**
   * Acknowledge the `[Unverifiable]` finding (a value decided only at deploy time) instead of a failure.
   * @default false
   */
  readonly unverifiable?: boolean;
}

/**
 * Acknowledge a DermaShield finding on a construct and everything below it, with a written reason.
 *
 * Uses the namespaced form `DermaShield::DermaShield-<Rule>`, which the CDK records in `validation-report.json`
 * with the reason, where it was acknowledged and the call site: an audit trail, not a silent suppression.
 *
 * @param rule the rule name (`S3CustomerManagedKey`) or id (`DermaShield-S3CustomerManagedKey`)
 * @param reason the compensating control or AWS limit that makes the exception acceptable
 */
export function acknowledgeRule(scope: IConstruct, rule: string, reason: string, options: AcknowledgeRuleOptions = {}): void {
  const trimmed = requireReason(scope, 'AcknowledgementWithoutReason', `the reason for acknowledging ${rule}`, reason,
    'naming the compensating control or AWS limit');
  const base = rule.startsWith(`${PACK_NAME}-`) ? rule : `${PACK_NAME}-${rule}`;
  const id = `${PACK_NAME}::${base}${options.unverifiable ? UNVERIFIABLE_SUFFIX : ''}`;
  Validations.of(scope).acknowledge({ id, reason: trimmed });
}
