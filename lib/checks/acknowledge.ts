import { App, Stack, Stage, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { CONTROLS } from '../controls';
import { MIN_REASON_LENGTH, PACK_NAME, UNVERIFIABLE_SUFFIX } from '../controls/parameters';
import { DermaShieldError } from '../errors';
import { requireReason } from '../validation';

/** The pack's own finding for an acknowledgement that is too broad, unexplained or names no rule. */
export const CARELESS_ACKNOWLEDGEMENT_RULE_ID = `${PACK_NAME}-CarelessAcknowledgement`;

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
 * Throws on a rule the pack does not have (naming the closest ones) and on a reason under 20 characters. Put it on
 * the resource or construct that needs the exception: on the App, a Stage or a Stack the pack reports it as
 * `DermaShield-CarelessAcknowledgement`.
 *
 * @param rule the rule name (`S3CustomerManagedKey`) or id (`DermaShield-S3CustomerManagedKey`)
 * @param reason the compensating control or AWS limit that makes the exception acceptable
 */
export function acknowledgeRule(scope: IConstruct, rule: string, reason: string, options: AcknowledgeRuleOptions = {}): void {
  const base = rule.startsWith(`${PACK_NAME}-`) ? rule : `${PACK_NAME}-${rule}`;
  const known = catalogRuleIds();
  if (!known.includes(base)) {
    const close = closestMatches(base, known);
    throw new DermaShieldError('AcknowledgementUnknownRule', scope, `rule ${JSON.stringify(rule)} is not a DermaShield rule`
      + `${close.length ? `; did you mean ${close.map((c) => `'${c.slice(PACK_NAME.length + 1)}'`).join(', ')}?` : '.'}`
      + ' Rule names are listed in the README control table.');
  }
  const trimmed = requireReason(scope, 'AcknowledgementWithoutReason', `the reason for acknowledging ${rule}`, reason,
    'naming the compensating control or AWS limit');
  const id = `${PACK_NAME}::${base}${options.unverifiable ? UNVERIFIABLE_SUFFIX : ''}`;
  Validations.of(scope).acknowledge({ id, reason: trimmed });
}

/** Every rule id of the catalog (the rules users acknowledge). */
function catalogRuleIds(): string[] {
  return CONTROLS.flatMap((c) => c.ruleIds);
}

/** Up to three known ids closest to `id` (edit distance of the rule names, case-insensitive), best first. */
function closestMatches(id: string, known: readonly string[]): string[] {
  const name = (x: string) => x.slice(PACK_NAME.length + 1).toLowerCase();
  const want = name(id);
  return known
    .map((k) => ({ k, d: editDistance(want, name(k)) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(name(k).length / 6)))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map(({ k }) => k);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** A DermaShield acknowledgement that should not have been written as it was. */
export interface CarelessAcknowledgement {
  /** Construct path it was placed on (`''` for the App). */
  readonly path: string;
  /** The acknowledged id, e.g. `DermaShield::DermaShield-S3CustomerManagedKey`. */
  readonly id: string;
  readonly reason: string;
  /** What is wrong with it, one phrase each. */
  readonly problems: string[];
}

/**
 * Every DermaShield acknowledgement in the tree (written with {@link acknowledgeRule} or `Validations.acknowledge`)
 * that is placed on the App, a Stage or a Stack, has a reason under 20 characters, or names a rule not in `ruleIds`.
 * @internal
 */
export function carelessAcknowledgements(scope: IConstruct, ruleIds: ReadonlySet<string>): CarelessAcknowledgement[] {
  const out: CarelessAcknowledgement[] = [];
  for (const c of scope.node.findAll()) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, unknown>)) {
        if (!id.startsWith(`${PACK_NAME}::`)) continue;
        const problems: string[] = [];
        const base = id.slice(PACK_NAME.length + 2).replace(UNVERIFIABLE_SUFFIX, '');
        const where = App.isApp(c) ? 'the App' : Stage.isStage(c) ? 'a Stage' : Stack.isStack(c) ? 'a Stack' : undefined;
        if (where) problems.push(`an acknowledgement on ${where} switches ${base} off for every resource below it`);
        const text = typeof reason === 'string' ? reason.trim() : '';
        if (text.length < MIN_REASON_LENGTH) problems.push(`its reason has ${text.length} characters, fewer than ${MIN_REASON_LENGTH}`);
        if (!ruleIds.has(base)) problems.push(`${base} is not a DermaShield rule`);
        if (problems.length) out.push({ path: c.node.path, id, reason: typeof reason === 'string' ? reason : String(reason), problems });
      }
    }
  }
  return out;
}
