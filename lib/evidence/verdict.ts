/**
 * The one place that decides a resource's standing for a control. Counts, control verdicts, metrics, tables, charts
 * and the exit code are all computed from what {@link judgeResource} returns, so they cannot disagree.
 */
import { ConfigRuleRef, Control, RuleBlindSpot } from '../controls/types';
import { exceptionMatches, isExpired } from './exceptions';
import { factKey, RecordedFacts } from './metrics';
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
  /** The key that joins evaluations to recorded resources (account and Region only across an aggregator). */
  keyOf(r: Subject): string;
  recorded(r: Subject): RecordedResource | undefined;
  evaluations(r: Subject): readonly RuleEvaluation[];
  /** Was every recorded configuration item of this type read? */
  typeComplete(type: string): boolean;
}

export const SEVERITY: Record<ComplianceState, number> = { NOT_APPLICABLE: 0, COMPLIANT: 1, INSUFFICIENT_DATA: 2, NON_COMPLIANT: 3 };

/** Index a collection for judging. */
export function evidenceOf(c: Collection, facts: RecordedFacts, exceptions: readonly ExceptionEntry[], now: Date): Evidence {
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
    recorded: (r) => recordedByKey.get(keyOf(r)),
    evaluations: (r) => evaluationsByKey.get(keyOf(r)) ?? [],
    typeComplete: (t) => complete.has(t),
  };
}

/** The deployed rules of a catalog reference that can evaluate this resource (same account and Region). */
export function rulesFor(ev: Evidence, ref: ConfigRuleRef, subject?: Subject): CollectedRule[] {
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
 * A resource's standing for a control: the worst of the control's findings about it. Each rule's served result is
 * a finding; a rule that served none gives NOT_APPLICABLE when the resource is outside the rule's scope, otherwise
 * "not evaluated"; where a rule cannot see the key (`decidedByRecord`), the recorded key is a finding too, and
 * missing data is "not determinable", never compliant. An in-date register entry marks a failure as excepted.
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
        own.push({ ruleName: e.ruleName, compliance: e.compliance, source: 'rule', ...(e.annotation ? { annotation: e.annotation } : {}) });
      }
    }
    if (own.length === 0 && ref.resourceTypes?.includes(subject.resourceType)) {
      for (const rule of rules) own.push(unservedFinding(ev, rule, subject, recorded));
    }
    if (rules.length === 0 && ref.resourceTypes?.includes(subject.resourceType)) {
      own.push({ ruleName: `(no ${ref.identifier} rule)`, compliance: 'INSUFFICIENT_DATA', source: 'scope', annotation: 'No deployed rule evaluates this resource' });
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
  const status = findings.reduce<ComplianceState>((worst, f) => (SEVERITY[f.compliance] > SEVERITY[worst] ? f.compliance : worst), 'NOT_APPLICABLE');
  const name = recorded?.resourceName;
  let exception: ResourceResult['exception'];
  if (status === 'NON_COMPLIANT') {
    const entry = ev.exceptions.find((e) => e.control === control.id && exceptionMatches(e, { ...subject, ...(name ? { resourceName: name } : {}), ...(recorded?.arn ? { arn: recorded.arn } : {}) }));
    if (entry) exception = { reason: entry.reason, owner: entry.owner, expiry: entry.expiry, status: isExpired(entry, ev.now) ? 'unresolved' : 'accepted' };
  }
  return {
    accountId: subject.accountId, region: subject.region, resourceType: subject.resourceType, resourceId: subject.resourceId,
    ...(name ? { resourceName: name } : {}),
    status,
    rules: findings,
    ...(keyClass ? { keyClass } : {}),
    ...(note && status === 'NON_COMPLIANT' ? { note } : {}),
    ...(exception ? { exception } : {}),
  };
}

/** The resources a control judges: every one its rules served a result for, and every recorded one of its types. */
export function subjectsOf(control: Control, ev: Evidence): Subject[] {
  const ids = new Set(control.configRules.map((r) => r.identifier));
  const types = new Set(control.configRules.flatMap((r) => [...(r.resourceTypes ?? []), ...(r.decidedByRecord ? [r.decidedByRecord.resourceType] : [])]));
  const out = new Map<string, Subject>();
  for (const e of ev.collection.evaluations) if (ids.has(e.identifier)) out.set(ev.keyOf(e), e);
  for (const r of ev.collection.resources) if (types.has(r.resourceType) && !out.has(ev.keyOf(r))) out.set(ev.keyOf(r), r);
  return [...out.values()].map((s) => ({ accountId: s.accountId, region: s.region, resourceType: s.resourceType, resourceId: s.resourceId }));
}
