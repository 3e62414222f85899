/**
 * Judge a collection against the catalog. Every resource verdict comes from `judgeResource` (verdict.ts); control
 * verdicts, counts, metrics, the verdict line and the exit code are computed here from those verdicts only.
 */
import { Control } from '../controls/types';
import { isExpired, wholeDays } from './exceptions';
import { GUARD_KEY_JOINS, guardIdentifier, isGuardIdentifier, guardControlId, guardRuleName } from './guard';
import { DATA_STORE_TYPES, factKey, keyClassifier, ratio, RecordedFacts, recordedFacts } from './metrics';
import { LISTENER_POLICIES } from './tls-policies';
import {
  CollectedRule,
  Collection,
  CollectionProblem,
  ComputedMetrics,
  ControlResult,
  ControlVerdict,
  Counts,
  DataStoreResult,
  EvidenceReport,
  ExceptionEntry,
  ExceptionResult,
  KeyClass,
  ProblemCause,
  ReportSummary,
  ResourceResult,
  RuleStatus,
} from './types';
import { Evidence, evidenceOf, judgeResource, rulesFor, SEVERITY, subjectsOf } from './verdict';

/** Version of the `evidence-report.json` shape. Bump major on a breaking change. */
export const EVIDENCE_SCHEMA_VERSION = '2.1.0';

/** Hours past a rule's maximum frequency after which its last evaluation is stale. */
export const DEFAULT_STALE_AFTER_HOURS = 24;

/** Hours of Config's `MaximumExecutionFrequency` values; rules without one (change-triggered) count as 24 h. */
export const FREQUENCY_HOURS: Readonly<Record<string, number>> = Object.freeze({
  One_Hour: 1, Three_Hours: 3, Six_Hours: 6, Twelve_Hours: 12, TwentyFour_Hours: 24,
});

export interface BuildReportOptions {
  readonly controls: readonly Control[];
  readonly exceptions?: readonly ExceptionEntry[];
  /** Path or name of the register, recorded in provenance. */
  readonly exceptionsSource?: string;
  /** Accounts the caller states (`--account`), added to provenance. */
  readonly accounts?: readonly string[];
  readonly toolVersion: string;
  readonly sdkVersion: string;
  /** "Now" for exception expiry, days open and rule staleness. @default new Date() */
  readonly now?: Date;
  /** @default DEFAULT_STALE_AFTER_HOURS */
  readonly staleAfterHours?: number;
}

const VERDICTS: ControlVerdict[] = ['COMPLIANT', 'COMPLIANT_WITH_EXCEPTIONS', 'NON_COMPLIANT', 'NOT_EVALUATED', 'INCOMPLETE', 'NO_RESOURCES', 'NO_CONFIG_RULE'];

/** A rule's freshness: stale when its last success is older than its frequency plus `staleAfterHours`. */
export function ruleStatus(rule: CollectedRule, now: Date, staleAfterHours: number): RuleStatus {
  const last = rule.lastSuccessfulEvaluation;
  const limitHours = (FREQUENCY_HOURS[rule.maximumFrequency ?? ''] ?? 24) + staleAfterHours;
  return {
    name: rule.name,
    ...(rule.accountId ? { accountId: rule.accountId } : {}),
    ...(rule.region ? { region: rule.region } : {}),
    ...(last ? { lastSuccessfulEvaluation: last } : {}),
    ...(rule.maximumFrequency ? { maximumFrequency: rule.maximumFrequency } : {}),
    ...(rule.healthy !== undefined ? { healthy: rule.healthy } : {}),
    stale: last !== undefined && now.getTime() - Date.parse(last) > limitHours * 3_600_000,
  };
}

function zeroCounts(): Counts {
  return { total: 0, compliant: 0, nonCompliant: 0, notApplicable: 0, insufficientData: 0, excepted: 0 };
}

export function countOf(resources: readonly ResourceResult[]): Counts {
  const k = zeroCounts();
  for (const r of resources) {
    k.total++;
    if (r.status === 'COMPLIANT') k.compliant++;
    else if (r.status === 'NON_COMPLIANT') {
      k.nonCompliant++;
      if (r.exception?.status === 'accepted') k.excepted++;
    } else if (r.status === 'NOT_APPLICABLE') k.notApplicable++;
    else k.insufficientData++;
  }
  return k;
}

/** A control's verdict, counts and notes, from the verdicts of its resources. */
export function judgeControl(control: Control, ev: Evidence, staleAfterHours: number): ControlResult {
  const c = ev.collection;
  const multiScope = c.mode === 'aggregator';
  const notes: string[] = [];
  const configRules = control.configRules.map((ref) => {
    const deployed = rulesFor(ev, ref);
    return {
      identifier: ref.identifier,
      ruleNames: deployed.map((r) => (r.accountId && multiScope ? `${r.name} (${r.accountId} ${r.region ?? ''})`.trim() : r.name)),
      missing: c.missingIdentifiers.includes(ref.identifier),
      ...(ref.caveat ? { caveat: ref.caveat } : {}),
      ...(ref.decidedByRecord ? { decidedByRecord: { ...ref.decidedByRecord } } : {}),
      rules: deployed.map((r) => ruleStatus(r, ev.now, staleAfterHours)),
    };
  });
  const gp = control.guardPolicy;
  const guardRules = gp ? rulesFor(ev, { identifier: guardIdentifier(control.id) }) : [];
  const keyJoin = GUARD_KEY_JOINS[control.id];
  const guardPolicy = gp ? {
    expectedName: guardRuleName(control.id),
    ruleNames: guardRules.map((r) => (r.accountId && multiScope ? `${r.name} (${r.accountId} ${r.region ?? ''})`.trim() : r.name)),
    missing: c.missingIdentifiers.includes(guardIdentifier(control.id)),
    resourceTypes: [...gp.resourceTypes],
    decidesManagedRuleCaveat: gp.decidesManagedRuleCaveat === true,
    ...(gp.caveat ? { caveat: gp.caveat } : {}),
    ...(keyJoin ? { keyJoin: { ...keyJoin } } : {}),
    rules: guardRules.map((r) => ruleStatus(r, ev.now, staleAfterHours)),
  } : undefined;
  const evidencedBy: ControlResult['evidencedBy'] = control.configRules.length > 0
    ? (gp ? 'managed-and-custom-guard' : 'managed')
    : (gp ? 'custom-guard' : 'not-evidenced');
  const base = {
    id: control.id, title: control.title, citations: control.citations, guidance: control.guidance, configRules,
    ...(guardPolicy ? { guardPolicy } : {}), evidencedBy,
  };
  if (evidencedBy === 'not-evidenced') {
    const reason = control.notEvidencedAfterDeployment ?? 'No AWS Config managed rule and no DermaShield custom policy (Guard) rule evidences this control; it is enforced at synth by the DermaShield rule pack.';
    return { ...base, notEvidencedReason: reason, verdict: 'NO_CONFIG_RULE', complete: true, counts: zeroCounts(), resources: [], notes: [`Not evidenced after deployment: ${reason}`] };
  }
  const rules = [...control.configRules.flatMap((ref) => rulesFor(ev, ref)), ...guardRules];
  let complete = rules.every((r) => r.complete) && configRules.every((r) => !r.missing) && guardPolicy?.missing !== true;
  const types = [
    ...control.configRules.flatMap((r) => [...(r.resourceTypes ?? []), ...(r.decidedByRecord ? [r.decidedByRecord.resourceType] : [])]),
    ...(gp?.resourceTypes ?? []),
    ...(keyJoin && Object.keys(keyJoin).length ? ['AWS::KMS::Key'] : []),
  ];
  for (const type of new Set(types)) {
    if (!ev.typeComplete(type)) {
      complete = false;
      notes.push(`The recorded configuration of ${type} could not be read completely: its resources are not determinable.`);
    }
  }
  for (const s of [...configRules.flatMap((r) => r.rules), ...(guardPolicy?.rules ?? [])]) {
    if (s.stale) {
      complete = false;
      notes.push(`Config rule ${s.name} last evaluated successfully at ${s.lastSuccessfulEvaluation}, longer ago than its frequency plus ${staleAfterHours} h: its results are stale.`);
    }
  }
  const resources = subjectsOf(control, ev)
    .map((s) => judgeResource(control, s, ev))
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || a.resourceType.localeCompare(b.resourceType) || a.resourceId.localeCompare(b.resourceId));
  const counts = countOf(resources);
  const unevaluated = resources.filter((r) => r.status === 'INSUFFICIENT_DATA').length;
  if (unevaluated > 0) notes.push(`${unevaluated} resource(s) not evaluated or not determinable.`);
  const neverRan = rules.length > 0 && c.mode !== 'aggregator' && rules.every((r) => r.lastSuccessfulEvaluation === undefined);
  let verdict: ControlVerdict;
  if (counts.nonCompliant - counts.excepted > 0) verdict = 'NON_COMPLIANT';
  else if (!complete) verdict = 'INCOMPLETE';
  else if (counts.insufficientData > 0 || (counts.compliant === 0 && neverRan)) verdict = 'NOT_EVALUATED';
  else if (counts.compliant === 0 && counts.excepted === 0) verdict = 'NO_RESOURCES';
  else verdict = counts.excepted > 0 ? 'COMPLIANT_WITH_EXCEPTIONS' : 'COMPLIANT';
  if (!complete) notes.push('Collection for this control is incomplete: the counts are a lower bound and the control is not reported as compliant.');
  for (const r of configRules) if (r.missing) notes.push(`No deployed Config rule uses managed identifier ${r.identifier}.`);
  if (guardPolicy?.missing) notes.push(`No deployed custom policy (Guard) rule for ${control.id} (expected ${guardPolicy.expectedName}, or a rule described "DermaShield evidence for ${control.id}: ...").`);
  return { ...base, verdict, complete, counts, resources, notes };
}

/** Each resource once, at its worst standing over the given controls (an unexcepted failure beats an excepted one). */
function worstByResource(results: readonly ResourceResult[]): Map<string, ResourceResult> {
  const worst = new Map<string, ResourceResult>();
  const excepted = (x: ResourceResult): boolean => x.status === 'NON_COMPLIANT' && x.exception?.status === 'accepted';
  for (const r of results) {
    const key = factKey(r);
    const prev = worst.get(key);
    if (!prev || SEVERITY[r.status] > SEVERITY[prev.status] || (r.status === prev.status && excepted(prev) && !excepted(r))) worst.set(key, r);
  }
  return worst;
}

/** Share of applicable resources that are compliant: not-applicable ones are out of both numerator and denominator. */
function applicableRatio(results: Iterable<ResourceResult>, ok: (r: ResourceResult) => boolean = (r) => r.status === 'COMPLIANT'): ReturnType<typeof ratio> {
  const list = [...results].filter((r) => r.status !== 'NOT_APPLICABLE');
  return ratio(list.filter(ok).length, list.length);
}

/** Key-decided results (controls whose rule cannot see the key) of the given types, each resource once. */
function keyDecided(controls: readonly ControlResult[], types: readonly string[]): ControlResult[] {
  return controls.filter((c) => c.configRules.some((r) => r.decidedByRecord && types.includes(r.decidedByRecord.resourceType)));
}

/** PHI data stores on a customer-managed key: from the verdicts of the key controls (Aurora members count as their cluster). */
export function dataStoresOnCmk(controls: readonly ControlResult[], facts: RecordedFacts): ComputedMetrics['phiDataStores'] {
  const judged = keyDecided(controls, DATA_STORE_TYPES);
  const owners = new Set(facts.stores.map((s) => factKey(s)));
  const members = new Set([...facts.keys.keys()].filter((k) => k.includes('|AWS::RDS::DBInstance|') && !owners.has(k)));
  const results = [...worstByResource(judged.flatMap((c) => c.resources.filter((r) => DATA_STORE_TYPES.includes(r.resourceType) && r.rules.some((f) => f.source === 'record')))).values()]
    .filter((r) => !members.has(factKey(r)));
  const byClass: Record<KeyClass, number> = { 'customer-managed': 0, 'aws-managed': 0, 'sse-s3': 0, 'unencrypted': 0, 'unknown': 0 };
  const detailOf = new Map(facts.stores.map((s) => [factKey(s), s]));
  const resources: DataStoreResult[] = results.filter((r) => r.status !== 'NOT_APPLICABLE').map((r) => {
    const fact = detailOf.get(factKey(r));
    const keyClass = r.keyClass ?? 'unknown';
    byClass[keyClass]++;
    return {
      accountId: r.accountId, region: r.region, resourceType: r.resourceType, resourceId: r.resourceId,
      ...(r.resourceName ? { resourceName: r.resourceName } : {}),
      ...(fact?.keyId ? { keyId: fact.keyId } : {}),
      keyClass, detail: fact?.detail ?? r.rules.find((f) => f.source === 'record')?.annotation ?? 'not recorded',
    };
  });
  return {
    cmkEncrypted: ratio(byClass['customer-managed'], resources.length),
    byClass,
    complete: judged.every((c) => c.complete),
    resources,
  };
}

/** Backup vaults on a customer-managed key (from the vault verdicts) and locked (recorded Vault Lock). */
export function backupVaults(controls: readonly ControlResult[], facts: RecordedFacts, c: Collection): ComputedMetrics['backupVaults'] {
  const judged = keyDecided(controls, ['AWS::Backup::BackupVault']);
  const vaults = [...worstByResource(judged.flatMap((x) => x.resources.filter((r) => r.resourceType === 'AWS::Backup::BackupVault'))).values()];
  const lockOf = new Map(facts.vaults.map((v) => [factKey({ ...v, resourceType: 'AWS::Backup::BackupVault' }), v]));
  return {
    encryptedWithCmk: applicableRatio(vaults, (r) => r.keyClass === 'customer-managed'),
    locked: ratio(facts.vaults.filter((v) => v.locked === true).length, facts.vaults.length),
    complete: judged.every((x) => x.complete) && c.completeResourceTypes.includes('AWS::Backup::BackupVault'),
    vaults: facts.vaults.map((v) => {
      const verdict = vaults.find((r) => factKey(r) === factKey({ ...v, resourceType: 'AWS::Backup::BackupVault' }));
      return { accountId: v.accountId, region: v.region, name: v.name, keyClass: verdict?.keyClass ?? v.keyClass, locked: lockOf.get(factKey({ ...v, resourceType: 'AWS::Backup::BackupVault' }))?.locked ?? null };
    }),
  };
}

/** Customer-managed keys rotating: from the verdicts of the controls evidenced by the rotation rule. */
export function keysRotating(controls: readonly ControlResult[], facts: RecordedFacts, c: Collection): ComputedMetrics['kmsKeyRotation'] {
  const judged = controls.filter((x) => x.configRules.some((r) => r.identifier === 'CMK_BACKING_KEY_ROTATION_ENABLED'));
  const keys = [...worstByResource(judged.flatMap((x) => x.resources.filter((r) => r.resourceType === 'AWS::KMS::Key'))).values()];
  const recorded = new Map(facts.rotationKeys.map((k) => [k.keyId, k.rotation]));
  const applicable = keys.filter((k) => k.status !== 'NOT_APPLICABLE');
  return {
    rotationEnabled: applicableRatio(keys),
    complete: judged.every((x) => x.complete) && c.completeResourceTypes.includes('AWS::KMS::Key'),
    keys: applicable.map((k) => ({ accountId: k.accountId, region: k.region, keyId: k.resourceId, ...(k.resourceName ? { name: k.resourceName } : {}), status: k.status, rotation: recorded.get(k.resourceId) ?? null })),
  };
}

/** Listener TLS grades (recorded configuration: no catalog rule judges ELBv2 listener policies). */
export function listenerTls(facts: RecordedFacts, c: Collection): ComputedMetrics['loadBalancerListeners'] {
  const encrypted = facts.listeners.filter((l) => l.grade !== 'plaintext');
  return {
    tls12Plus: ratio(encrypted.filter((l) => l.grade === 'tls12' || l.grade === 'tls13').length, encrypted.length),
    tls13: ratio(encrypted.filter((l) => l.sslPolicy !== undefined && LISTENER_POLICIES[l.sslPolicy]?.tls13 === true).length, encrypted.length),
    plaintext: facts.listeners.length - encrypted.length,
    complete: c.completeResourceTypes.includes('AWS::ElasticLoadBalancingV2::Listener'),
    listeners: [...facts.listeners],
  };
}

/** Client VPN endpoints logging connections (recorded configuration). */
export function vpnLogging(facts: RecordedFacts, c: Collection): ComputedMetrics['clientVpnLogging'] {
  return {
    loggingEnabled: ratio(facts.endpoints.filter((e) => e.logging === true).length, facts.endpoints.length),
    complete: c.completeResourceTypes.includes('AWS::EC2::ClientVpnEndpoint'),
    endpoints: [...facts.endpoints],
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The collection's state in exact words. */
export function collectionLine(problems: readonly CollectionProblem[]): string {
  const parts: string[] = [];
  const count = (pred: (p: CollectionProblem) => boolean): number => problems.filter(pred).length;
  const never = count((p) => p.kind === 'rule-unhealthy' && p.cause === 'never evaluated successfully');
  const failing = count((p) => p.kind === 'rule-unhealthy' && p.cause !== 'never evaluated successfully');
  const stale = count((p) => p.kind === 'rule-stale');
  const missing = count((p) => p.kind === 'rule-missing' && p.identifier !== undefined);
  const deleted = count((p) => p.kind === 'rule-missing' && p.identifier === undefined);
  if (never) parts.push(`${plural(never, 'rule')} never evaluated`);
  if (failing) parts.push(`${plural(failing, 'rule')} failing since the last success`);
  if (stale) parts.push(`${plural(stale, 'rule')} stale`);
  if (missing) parts.push(`${plural(missing, 'catalog rule')} not deployed`);
  if (deleted) parts.push(`${plural(deleted, 'rule')} deleted during the collection`);
  const calls: Record<string, string> = { 'access-denied': 'access denied', 'throttled': 'throttled out', 'server-error': 'server errors', 'network': 'network errors', 'error': 'errors' };
  for (const [kind, words] of Object.entries(calls)) {
    const n = count((p) => p.kind === kind && p.operation !== undefined);
    if (n) parts.push(`${words} on ${plural(n, 'call')}`);
  }
  if (count((p) => p.kind === 'not-recording')) parts.push('configuration recorder stopped');
  const sources = count((p) => p.kind === 'source-failed');
  if (sources) parts.push(`${plural(sources, 'aggregator source')} failed`);
  return parts.length ? `collection finished; ${parts.join('; ')}` : 'collection finished and complete';
}

/** The line a reader sees first. */
export function summaryOf(controls: readonly ControlResult[], problems: readonly CollectionProblem[], overall: EvidenceReport['overallVerdict']): ReportSummary {
  const n = (...v: ControlVerdict[]): number => controls.filter((c) => v.includes(c.verdict)).length;
  const counts = {
    compliant: n('COMPLIANT', 'COMPLIANT_WITH_EXCEPTIONS'),
    nonCompliant: n('NON_COMPLIANT'),
    incomplete: n('INCOMPLETE', 'NOT_EVALUATED'),
    noResources: n('NO_RESOURCES'),
    notEvidenced: n('NO_CONFIG_RULE'),
  };
  const label = overall === 'COMPLIANT' ? 'Compliant' : overall === 'NON_COMPLIANT' ? 'Non-compliant' : 'Incomplete';
  const headline = `${label}: ${counts.compliant} controls compliant, ${counts.nonCompliant} non-compliant, ${counts.incomplete} incomplete, ` +
    `${counts.noResources} with no resources in scope, ${counts.notEvidenced} not evidenced after deployment (of ${controls.length})`;
  return { headline, collection: collectionLine(problems), controls: counts };
}

/** Problems with the same cause stated once, with the rules, types and controls they affected. */
export function causesOf(problems: readonly CollectionProblem[], controls: readonly Control[], rules: readonly CollectedRule[]): ProblemCause[] {
  const identifierOf = new Map(rules.map((r) => [r.name, r.identifier]));
  const affected = (p: CollectionProblem): string[] => {
    const id = p.identifier ?? (p.rule ? identifierOf.get(p.rule) : undefined);
    return controls.filter((c) => c.configRules.some((r) =>
      (id !== undefined && r.identifier === id) ||
      (p.resourceType !== undefined && (r.resourceTypes?.includes(p.resourceType) || r.decidedByRecord?.resourceType === p.resourceType)),
    ) || (c.guardPolicy !== undefined && (
      (id !== undefined && isGuardIdentifier(id) && guardControlId(id) === c.id) ||
      (p.resourceType !== undefined && c.guardPolicy.resourceTypes.includes(p.resourceType))
    ))).map((c) => c.id);
  };
  const groups = new Map<string, { kind: string; operation?: string; cause: string; subjects: string[]; controls: Set<string> }>();
  for (const p of problems) {
    const cause = p.cause ?? p.message;
    const key = `${p.kind}|${p.operation ?? ''}|${cause}`;
    const g = groups.get(key) ?? { kind: p.kind, ...(p.operation ? { operation: p.operation } : {}), cause, subjects: [], controls: new Set<string>() };
    g.subjects.push(p.subject ?? p.rule ?? p.identifier ?? p.message);
    for (const id of affected(p)) g.controls.add(id);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, controls: [...g.controls] }));
}

/** Judge a collection against the catalog: per-control verdicts, metrics from them, exceptions, exit code. */
export function buildReport(c: Collection, opts: BuildReportOptions): EvidenceReport {
  const now = opts.now ?? new Date();
  const staleAfterHours = opts.staleAfterHours ?? DEFAULT_STALE_AFTER_HOURS;
  const facts = recordedFacts(c);
  const ev = evidenceOf(c, facts, opts.exceptions ?? [], now, keyClassifier(c));
  const problems: CollectionProblem[] = [...c.problems];
  for (const rule of c.rules) {
    if (rule.healthy === false) {
      const never = rule.lastSuccessfulEvaluation === undefined;
      problems.push({
        kind: 'rule-unhealthy', operation: 'DescribeConfigRuleEvaluationStatus', rule: rule.name,
        cause: never ? 'never evaluated successfully' : 'no successful evaluation since its last failure',
        message: never
          ? `Config rule ${rule.name} has never been evaluated successfully${rule.lastError ? ` (${rule.lastError})` : ''}: it provides no evidence`
          : `Config rule ${rule.name} has no successful evaluation since its last failure${rule.lastError ? ` (${rule.lastError})` : ''}: its results may be stale`,
      });
    }
    const s = ruleStatus(rule, now, staleAfterHours);
    if (s.stale) {
      problems.push({
        kind: 'rule-stale', rule: rule.name, cause: `last successful evaluation older than the rule's frequency plus ${staleAfterHours} h`,
        message: `Config rule ${rule.name} last evaluated successfully at ${s.lastSuccessfulEvaluation}: older than its frequency (${rule.maximumFrequency ?? 'none; 24 h assumed'}) plus ${staleAfterHours} h, so its results are stale`,
      });
    }
  }

  const controls = opts.controls.map((control) => judgeControl(control, ev, staleAfterHours));
  const metrics: ComputedMetrics = {
    phiDataStores: dataStoresOnCmk(controls, facts),
    loadBalancerListeners: listenerTls(facts, c),
    kmsKeyRotation: keysRotating(controls, facts, c),
    backupVaults: backupVaults(controls, facts, c),
    clientVpnLogging: vpnLogging(facts, c),
  };

  const exceptionUse = new Map<string, string[]>();
  for (const ctl of controls) {
    for (const r of ctl.resources) {
      if (!r.exception) continue;
      const entry = (opts.exceptions ?? []).find((e) => e.control === ctl.id && e.reason === r.exception!.reason && e.owner === r.exception!.owner && e.expiry === r.exception!.expiry);
      if (!entry) continue;
      const k = JSON.stringify(entry);
      exceptionUse.set(k, [...(exceptionUse.get(k) ?? []), `${r.resourceType}/${r.resourceId}`]);
    }
  }
  const exceptions: ExceptionResult[] = (opts.exceptions ?? []).map((e) => {
    const expired = isExpired(e, now);
    const matched = exceptionUse.get(JSON.stringify(e)) ?? [];
    return {
      ...e,
      status: expired ? 'unresolved' : matched.length > 0 ? 'accepted' : 'unused',
      ...(e.opened ? { daysOpen: wholeDays(Date.parse(e.opened), now.getTime()) } : {}),
      ...(expired ? { daysExpired: wholeDays(Date.parse(e.expiry) + (/^\d{4}-\d{2}-\d{2}$/.test(e.expiry) ? 86_400_000 : 0), now.getTime()) } : {}),
      matchedResources: matched,
    };
  });

  const controlsByVerdict = Object.fromEntries(VERDICTS.map((v) => [v, controls.filter((x) => x.verdict === v).length])) as Record<ControlVerdict, number>;
  const incomplete = problems.length > 0 || controlsByVerdict.INCOMPLETE > 0 || controlsByVerdict.NOT_EVALUATED > 0;
  const nonCompliant = controlsByVerdict.NON_COMPLIANT > 0;
  const exitCode: 0 | 1 | 2 = incomplete ? 2 : nonCompliant ? 1 : 0;
  const overallVerdict = incomplete ? 'INCOMPLETE' : nonCompliant ? 'NON_COMPLIANT' : 'COMPLIANT';

  const accounts = new Set<string>(opts.accounts ?? []);
  const regions = new Set<string>();
  for (const r of c.resources) { if (r.accountId) accounts.add(r.accountId); if (r.region) regions.add(r.region); }
  for (const e of c.evaluations) { if (e.accountId) accounts.add(e.accountId); if (e.region) regions.add(e.region); }
  for (const s of c.sources) { if (s.accountId) accounts.add(s.accountId); if (s.region) regions.add(s.region); }
  if (c.mode !== 'aggregator') regions.add(c.region);

  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    collectionStatus: incomplete ? 'INCOMPLETE' : 'COMPLETE',
    overallVerdict,
    exitCode,
    provenance: {
      tool: 'dermashield-evidence',
      toolVersion: opts.toolVersion,
      sdk: `@aws-sdk/client-config-service ${opts.sdkVersion}`,
      startedAt: c.startedAt,
      finishedAt: c.finishedAt,
      mode: c.mode,
      ...(c.scopeName ? { scopeName: c.scopeName } : {}),
      clientRegion: c.region,
      accounts: [...accounts].sort(),
      regions: [...regions].sort(),
      healthyRules: c.rules.filter((r) => r.healthy === true).map((r) => r.name),
      unhealthyRules: c.rules.filter((r) => r.healthy === false).map((r) => r.name),
      sources: c.sources,
      apiCalls: c.calls,
      retriedCalls: c.retriedCalls,
      retryAttempts: c.retryAttempts,
      staleAfterHours,
      ...(opts.exceptionsSource ? { exceptionsRegister: opts.exceptionsSource } : {}),
    },
    problems,
    summary: summaryOf(controls, problems, overallVerdict),
    causes: causesOf(problems, opts.controls, c.rules),
    overall: { ...countOf([...worstByResource(controls.flatMap((x) => x.resources)).values()]), controlsByVerdict },
    controls,
    metrics,
    exceptions,
  };
}
