/**
 * The one place that decides a resource's standing for a control. Counts, control verdicts, metrics, tables, charts
 * and the exit code are all computed from what {@link judgeResource} returns, so they cannot disagree.
 */
import { ConfigRuleRef, Control, RuleBlindSpot } from '../controls/types';
import { exceptionMatches, isExpired } from './exceptions';
import { GUARD_KEY_JOINS, guardIdentifier } from './guard';
import { factKey, KeyClassifier, nameOf, read, RecordedFacts } from './metrics';
import { CollectedRule, Collection, ComplianceState, ExceptionEntry, RecordedResource, ResourceFinding, ResourceResult, RuleEvaluation } from './types';

/** Identity of a judged resource. */
export interface Subject {
  readonly accountId: string;
  readonly region: string;
  readonly resourceType: string;
  readonly resourceId: string;
}

/** Everything a judgement may look at, indexed once per report. */
export interface Evidence {
  readonly collection: Collection;
  readonly facts: RecordedFacts;
  readonly exceptions: readonly ExceptionEntry[];
  readonly now: Date;
  /** Classifies a key reference by the recorded KMS keys (for custom policy rules that cannot see the key manager). */
  readonly classifyKey?: KeyClassifier;
  /** The key that joins evaluations to recorded resources (account and Region only across an aggregator). */
  keyOf(r: Subject): string;
  recorded(r: Subject): RecordedResource | undefined;
  evaluations(r: Subject): readonly RuleEvaluation[];
  /** Was every recorded configuration item of this type read? */
  typeComplete(type: string): boolean;
}

export const SEVERITY: Record<ComplianceState, number> = { NOT_APPLICABLE: 0, COMPLIANT: 1, INSUFFICIENT_DATA: 2, NON_COMPLIANT: 3 };

/** Index a collection for judging. */
export function evidenceOf(c: Collection, facts: RecordedFacts, exceptions: readonly ExceptionEntry[], now: Date, classifyKey?: KeyClassifier): Evidence {
  const multiScope = c.mode === 'aggregator';
  const keyOf = (r: Subject): string => (multiScope ? factKey(r) : `${r.resourceType}|${r.resourceId}`);
  const recordedByKey = new Map(c.resources.map((r) => [keyOf(r), r]));
  const evaluationsByKey = new Map<string, RuleEvaluation[]>();
  for (const e of c.evaluations) {
    const list = evaluationsByKey.get(keyOf(e)) ?? [];
    list.push(e);
    evaluationsByKey.set(keyOf(e), list);
  }
  const complete = new Set(c.completeResourceTypes);
  return {
    collection: c, facts, exceptions, now, keyOf,
    ...(classifyKey ? { classifyKey } : {}),
    recorded: (r) => recordedByKey.get(keyOf(r)),
    evaluations: (r) => evaluationsByKey.get(keyOf(r)) ?? [],
    typeComplete: (t) => complete.has(t),
  };
}

/** The deployed rules of a catalog reference that can evaluate this resource (same account and Region). */
export function rulesFor(ev: Evidence, ref: Pick<ConfigRuleRef, 'identifier'>, subject?: Subject): CollectedRule[] {
  return ev.collection.rules.filter((r) =>
    r.identifier === ref.identifier &&
    (!subject || ((r.accountId === undefined || r.accountId === subject.accountId) && (r.region === undefined || r.region === subject.region))));
}

/** Is a recorded resource inside a rule's deployed scope? undefined when the record cannot say (no tags read). */
export function inRuleScope(rule: CollectedRule, resource: RecordedResource | undefined, subject: Subject): boolean | undefined {
  const s = rule.scope;
  if (!s) return true;
  if (s.resourceTypes && !s.resourceTypes.includes(subject.resourceType)) return false;
  if (s.resourceId && s.resourceId !== subject.resourceId) return false;
  if (s.tagKey) {
    if (!resource) return undefined;
    const value = resource.tags[s.tagKey];
    if (value === undefined) return false;
    if (s.tagValue !== undefined && value !== s.tagValue) return false;
  }
  return true;
}

function describeScope(rule: CollectedRule): string {
  const s = rule.scope ?? {};
  return [
    s.resourceTypes ? `types ${s.resourceTypes.join(', ')}` : '',
    s.tagKey ? `tag ${s.tagKey}${s.tagValue !== undefined ? `=${s.tagValue}` : ''}` : '',
    s.resourceId ? `resource ${s.resourceId}` : '',
  ].filter(Boolean).join('; ');
}

/** What a rule says about a resource it served no result for. */
function unservedFinding(ev: Evidence, rule: CollectedRule, subject: Subject, recorded: RecordedResource | undefined): ResourceFinding {
  const scoped = inRuleScope(rule, recorded, subject);
  if (scoped === false) {
    return { ruleName: rule.name, compliance: 'NOT_APPLICABLE', source: 'scope', annotation: `Outside the rule's scope (${describeScope(rule)})` };
  }
  // The conformance-pack API never serves NOT_APPLICABLE: a healthy rule whose results were all read and that last
  // evaluated after the resource was recorded judged it and found nothing to check.
  const last = rule.lastSuccessfulEvaluation;
  if (
    scoped === true && ev.collection.mode === 'conformance-pack' && rule.complete && rule.healthy === true && last !== undefined &&
    recorded?.capturedAt !== undefined && Date.parse(recorded.capturedAt) <= Date.parse(last)
  ) {
    return {
      ruleName: rule.name, compliance: 'NOT_APPLICABLE', source: 'scope',
      annotation: `Not listed by the conformance pack, which omits NOT_APPLICABLE results; the rule last evaluated at ${last}, after this resource was recorded`,
    };
  }
  return {
    ruleName: rule.name, compliance: 'INSUFFICIENT_DATA', source: 'scope',
    annotation: scoped === undefined ? 'Not determinable: the rule is scoped by tag and the resource\'s tags were not read' : 'No evaluation recorded for this resource',
  };
}

/** The recorded key decides where the managed rule cannot tell a customer-managed key from an AWS-managed one. */
function keyFinding(ev: Evidence, subject: Subject): { finding: ResourceFinding; keyClass?: ResourceResult['keyClass']; note?: string } {
  const ruleName = 'recorded configuration';
  if (!ev.typeComplete(subject.resourceType)) {
    return { finding: { ruleName, source: 'record', compliance: 'INSUFFICIENT_DATA', annotation: `Not determinable: the recorded configuration of ${subject.resourceType} could not be read` } };
  }
  const fact = ev.facts.keys.get(factKey(ev.recorded(subject) ?? subject));
  if (!fact) {
    return { finding: { ruleName, source: 'record', compliance: 'INSUFFICIENT_DATA', annotation: 'Not determinable: no configuration item is recorded for this resource' } };
  }
  if (fact.keyClass === 'customer-managed') {
    return { keyClass: fact.keyClass, finding: { ruleName, source: 'record', compliance: 'COMPLIANT', annotation: `Recorded key: ${fact.detail}` } };
  }
  if (fact.keyClass === 'unknown') {
    const why = ev.typeComplete('AWS::KMS::Key') ? fact.detail : 'the recorded KMS keys could not be read';
    return { keyClass: fact.keyClass, finding: { ruleName, source: 'record', compliance: 'INSUFFICIENT_DATA', annotation: `Not determinable: ${why}` } };
  }
  return {
    keyClass: fact.keyClass,
    finding: { ruleName, source: 'record', compliance: 'NON_COMPLIANT', annotation: `Recorded key is ${fact.keyClass}: ${fact.detail}` },
    note: `The recorded key is ${fact.keyClass} (${fact.detail}); a customer-managed key is required.`,
  };
}

/**
 * Where a custom policy rule cannot tell an AWS-managed key's ARN from a customer-managed one, the key ARN it judged
 * (read at `attribute`) is joined to the recorded AWS::KMS::Key item's keyManager. No key recorded: no finding (the
 * policy judges that itself); a key that cannot be joined is "not determinable".
 */
function joinedKeyFinding(ev: Evidence, subject: Subject, attribute: string): { finding: ResourceFinding; keyClass: ResourceResult['keyClass']; note?: string } | undefined {
  const ruleName = 'recorded configuration';
  if (!ev.typeComplete(subject.resourceType)) {
    return { keyClass: 'unknown', finding: { ruleName, source: 'record', compliance: 'INSUFFICIENT_DATA', annotation: `Not determinable: the recorded configuration of ${subject.resourceType} could not be read` } };
  }
  const recorded = ev.recorded(subject);
  if (!recorded) return undefined;
  const ref = read(recorded, attribute);
  if (typeof ref !== 'string' || ref.trim() === '' || !ev.classifyKey) return undefined;
  const k = ev.classifyKey(ref, 'unknown', '');
  if (k.keyClass === 'customer-managed') return { keyClass: k.keyClass, finding: { ruleName, source: 'record', compliance: 'COMPLIANT', annotation: `Recorded key (${attribute}): ${k.detail}` } };
  if (k.keyClass === 'unknown') {
    const why = ev.typeComplete('AWS::KMS::Key') ? k.detail : 'the recorded KMS keys could not be read';
    return { keyClass: k.keyClass, finding: { ruleName, source: 'record', compliance: 'INSUFFICIENT_DATA', annotation: `Not determinable who manages the key: ${why}` } };
  }
  return {
    keyClass: k.keyClass,
    finding: { ruleName, source: 'record', compliance: 'NON_COMPLIANT', annotation: `Recorded key (${attribute}) is ${k.keyClass}: ${k.detail}` },
    note: `The recorded key is ${k.keyClass} (${k.detail}); a customer-managed key is required.`,
  };
}

/** A custom policy rule's findings about a resource, and whether it decided the managed rules' caveat question. */
function guardFindings(control: Control, subject: Subject, ev: Evidence, served: readonly RuleEvaluation[], recorded: RecordedResource | undefined): { own: ResourceFinding[]; decided: boolean; keyClass?: ResourceResult['keyClass']; note?: string } | undefined {
  const gp = control.guardPolicy;
  if (!gp) return undefined;
  const identifier = guardIdentifier(control.id);
  const rules = rulesFor(ev, { identifier }, subject);
  const own: ResourceFinding[] = [];
  for (const e of served) {
    if (e.identifier === identifier && rules.some((r) => r.name === e.ruleName)) {
      own.push({ ruleName: e.ruleName, compliance: e.compliance, source: 'rule', ruleKind: 'custom-guard', ...(e.annotation ? { annotation: e.annotation } : {}) });
    }
  }
  const inTypes = gp.resourceTypes.includes(subject.resourceType);
  if (own.length === 0 && inTypes) for (const rule of rules) own.push({ ...unservedFinding(ev, rule, subject, recorded), ruleKind: 'custom-guard' });
  if (rules.length === 0 && inTypes) {
    own.push({ ruleName: `(no custom policy rule for ${control.id})`, compliance: 'INSUFFICIENT_DATA', source: 'scope', ruleKind: 'custom-guard', annotation: 'No deployed custom policy (Guard) rule evaluates this resource' });
  }
  const decided = gp.decidesManagedRuleCaveat === true && own.some((f) => f.source === 'rule' && (f.compliance === 'COMPLIANT' || f.compliance === 'NON_COMPLIANT'));
  let keyClass: ResourceResult['keyClass'];
  let note: string | undefined;
  const join = GUARD_KEY_JOINS[control.id]?.[subject.resourceType];
  const outOfScope = own.length > 0 && own.every((f) => f.compliance === 'NOT_APPLICABLE');
  if (join && !outOfScope) {
    const k = joinedKeyFinding(ev, subject, join);
    if (k) {
      own.push(k.finding);
      keyClass = k.keyClass;
      if (k.note && own.some((f) => f.ruleKind === 'custom-guard' && f.source === 'rule' && f.compliance === 'COMPLIANT')) {
        note = `The custom policy rule passes it (the key ARN looks the same for an AWS-managed key), but ${k.note.charAt(0).toLowerCase()}${k.note.slice(1)}`;
      } else note = k.note;
    }
  }
  return { own, decided, ...(keyClass ? { keyClass } : {}), ...(note ? { note } : {}) };
}

/**
 * A resource's standing for a control: the worst of the control's findings about it. Each rule's served result is
 * a finding; a rule that served none gives NOT_APPLICABLE when the resource is outside the rule's scope, otherwise
 * "not evaluated"; where a rule cannot see the key (`decidedByRecord`), the recorded key is a finding too, and
 * missing data is "not determinable", never compliant. A control's custom policy (Guard) rule is a rule like the others;
 * where it decides the managed rules' caveat question (`decidesManagedRuleCaveat`) and served a verdict, its verdict
 * settles that question: a recorded key that could not be classified no longer makes the resource "not determinable"
 * (a recorded AWS-managed key still fails it), and its failure overrules a managed rule that passes what it cannot see.
 * An in-date register entry marks a failure as excepted.
 */
export function judgeResource(control: Control, subject: Subject, ev: Evidence): ResourceResult {
  const recorded = ev.recorded(subject);
  const served = ev.evaluations(subject);
  const findings: ResourceFinding[] = [];
  let keyClass: ResourceResult['keyClass'];
  let note: string | undefined;
  for (const ref of control.configRules) {
    const own: ResourceFinding[] = [];
    const rules = rulesFor(ev, ref, subject);
    // Several deployed copies of one managed rule (a pack's and a standalone one) may split the resources between
    // them: what any copy served decides; only a resource none of them served is inferred from their scopes.
    for (const e of served) {
      if (e.identifier === ref.identifier && rules.some((r) => r.name === e.ruleName)) {
        own.push({ ruleName: e.ruleName, compliance: e.compliance, source: 'rule', ruleKind: 'managed', ...(e.annotation ? { annotation: e.annotation } : {}) });
      }
    }
    if (own.length === 0 && ref.resourceTypes?.includes(subject.resourceType)) {
      for (const rule of rules) own.push({ ...unservedFinding(ev, rule, subject, recorded), ruleKind: 'managed' });
    }
    if (rules.length === 0 && ref.resourceTypes?.includes(subject.resourceType)) {
      own.push({ ruleName: `(no ${ref.identifier} rule)`, compliance: 'INSUFFICIENT_DATA', source: 'scope', ruleKind: 'managed', annotation: 'No deployed rule evaluates this resource' });
    }
    const decider = ref.decidedByRecord;
    const ruleSaysOutOfScope = own.length > 0 && own.every((f) => f.compliance === 'NOT_APPLICABLE');
    if (decider?.blindTo === RuleBlindSpot.KEY_MANAGER && decider.resourceType === subject.resourceType && !ruleSaysOutOfScope) {
      const k = keyFinding(ev, subject);
      own.push(k.finding);
      keyClass = k.keyClass ?? keyClass;
      if (k.note && own.some((f) => f.source === 'rule' && f.compliance === 'COMPLIANT')) note = `The managed rule passes it (it cannot see who manages the key), but ${k.note.charAt(0).toLowerCase()}${k.note.slice(1)}`;
      else note = k.note ?? note;
    }
    findings.push(...own);
  }
  const guard = guardFindings(control, subject, ev, served, recorded);
  if (guard) {
    if (guard.decided) {
      const decider = guard.own.find((f) => f.source === 'rule' && f.compliance === 'NON_COMPLIANT') ?? guard.own.find((f) => f.source === 'rule')!;
      for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        if (f.source === 'record' && f.compliance === 'INSUFFICIENT_DATA') {
          findings[i] = { ...f, compliance: 'NOT_APPLICABLE', annotation: `Superseded: the custom policy rule ${decider.ruleName} decides the key question (${f.annotation ?? 'not determinable from the record'})` };
        }
      }
      if (decider.compliance === 'NON_COMPLIANT' && findings.some((f) => f.source === 'rule' && f.ruleKind !== 'custom-guard' && f.compliance === 'COMPLIANT')) {
        note = `The managed rule passes it (see its caveat), but the custom policy rule ${decider.ruleName}, which decides that question, finds it non-compliant${decider.annotation ? `: ${decider.annotation}` : ''}.`;
      }
    }
    findings.push(...guard.own);
    keyClass = guard.keyClass ?? keyClass;
    note = guard.note ?? note;
  }
  const status = findings.reduce<ComplianceState>((worst, f) => (SEVERITY[f.compliance] > SEVERITY[worst] ? f.compliance : worst), 'NOT_APPLICABLE');
  // Exceptions match the recorded name; the name shown may be a key's aliases (presentation only).
  const name = recorded?.resourceName;
  const shown = nameOf(recorded);
  let exception: ResourceResult['exception'];
  if (status === 'NON_COMPLIANT') {
    const entry = ev.exceptions.find((e) => e.control === control.id && exceptionMatches(e, { ...subject, ...(name ? { resourceName: name } : {}), ...(recorded?.arn ? { arn: recorded.arn } : {}) }));
    if (entry) exception = { reason: entry.reason, owner: entry.owner, expiry: entry.expiry, status: isExpired(entry, ev.now) ? 'unresolved' : 'accepted' };
  }
  return {
    accountId: subject.accountId, region: subject.region, resourceType: subject.resourceType, resourceId: subject.resourceId,
    ...(shown ? { resourceName: shown } : {}),
    status,
    rules: findings,
    ...(keyClass ? { keyClass } : {}),
    ...(note && status === 'NON_COMPLIANT' ? { note } : {}),
    ...(exception ? { exception } : {}),
  };
}

/** The resources a control judges: every one its rules served a result for, and every recorded one of its types. */
export function subjectsOf(control: Control, ev: Evidence): Subject[] {
  const ids = new Set([...control.configRules.map((r) => r.identifier), ...(control.guardPolicy ? [guardIdentifier(control.id)] : [])]);
  const types = new Set([
    ...control.configRules.flatMap((r) => [...(r.resourceTypes ?? []), ...(r.decidedByRecord ? [r.decidedByRecord.resourceType] : [])]),
    ...(control.guardPolicy?.resourceTypes ?? []),
  ]);
  const out = new Map<string, Subject>();
  for (const e of ev.collection.evaluations) if (ids.has(e.identifier)) out.set(ev.keyOf(e), e);
  for (const r of ev.collection.resources) if (types.has(r.resourceType) && !out.has(ev.keyOf(r))) out.set(ev.keyOf(r), r);
  return [...out.values()].map((s) => ({ accountId: s.accountId, region: s.region, resourceType: s.resourceType, resourceId: s.resourceId }));
}
