/**
 * What the HTML and Markdown reports show, in the order they show it, computed once from the report: both
 * renderers only lay it out. Everything here is derived from control and resource verdicts already in the report.
 */
import { ControlResult, ControlVerdict, EvidenceReport, Ratio, ResourceResult } from './types';

export function pct(r: Ratio): string {
  return r.percent === null ? 'n/a (none in scope)' : `${r.percent}% (${r.numerator}/${r.denominator})`;
}

const VERDICT_LABEL: Record<ControlVerdict, string> = {
  COMPLIANT: 'Compliant',
  COMPLIANT_WITH_EXCEPTIONS: 'Compliant with accepted exceptions',
  NON_COMPLIANT: 'Non-compliant',
  NOT_EVALUATED: 'Not evaluated',
  INCOMPLETE: 'Incomplete',
  NO_RESOURCES: 'No resources in scope',
  NO_CONFIG_RULE: 'Not evidenced after deployment',
};

export function verdictLabel(v: ControlVerdict): string {
  return VERDICT_LABEL[v];
}

const EVIDENCED_BY_LABEL: Record<ControlResult['evidencedBy'], string> = {
  'managed': 'AWS managed rule',
  'custom-guard': 'custom Guard rule',
  'managed-and-custom-guard': 'AWS managed rule + custom Guard rule',
  'not-evidenced': 'not evidenced after deployment',
};

/** Which kind of Config rule evidences a control, in words. */
export function evidencedByLabel(c: ControlResult): string {
  return EVIDENCED_BY_LABEL[c.evidencedBy];
}

/** What a control's custom policy rule adds, in sentences (its role, its caveat, the key join), for the control's section. */
export function guardLines(c: ControlResult): string[] {
  const g = c.guardPolicy;
  if (!g) return [];
  const out: string[] = [];
  if (g.decidesManagedRuleCaveat && c.configRules.length) out.push(`The custom Guard rule decides what the managed rules' caveats say they cannot see${c.configRules.some((r) => r.caveat) ? ` (${c.configRules.filter((r) => r.caveat).map((r) => `${r.identifier}: ${r.caveat}`).join(' ')})` : ''}.`);
  if (g.caveat) out.push(`Custom Guard rule caveat: ${g.caveat}`);
  if (g.keyJoin) out.push(`Who manages the key is decided by joining ${Object.entries(g.keyJoin).map(([t, a]) => `${t} ${a}`).join(', ')} to the recorded AWS::KMS::Key keyManager.`);
  return out;
}

/** How a resource's standing reads: failing, excepted, not determinable, compliant, not applicable. */
export type Standing = 'failing' | 'excepted' | 'undetermined' | 'compliant' | 'not-applicable';

export function standingOf(r: ResourceResult): Standing {
  if (r.status === 'NON_COMPLIANT') return r.exception?.status === 'accepted' ? 'excepted' : 'failing';
  if (r.status === 'INSUFFICIENT_DATA') return 'undetermined';
  return r.status === 'COMPLIANT' ? 'compliant' : 'not-applicable';
}

export const STANDING_LABEL: Record<Standing, string> = {
  'failing': 'Non-compliant',
  'excepted': 'Excepted',
  'undetermined': 'Not determinable',
  'compliant': 'Compliant',
  'not-applicable': 'Not applicable',
};

/** A resource by its name where Config records one (or tag Name), its id beside it. */
export function displayName(r: { readonly resourceName?: string; readonly resourceId: string }): string {
  return r.resourceName && r.resourceName !== r.resourceId ? `${r.resourceName} (${r.resourceId})` : r.resourceId;
}

/** Why a resource stands where it does: the findings that made its status (never a passing one beside a failure). */
export function reasons(r: ResourceResult): string[] {
  const decisive = r.rules.filter((f) => f.compliance === r.status);
  const out = decisive.map((f) => (f.annotation ? `${f.ruleName}: ${f.annotation}` : f.ruleName));
  if (r.note && !decisive.some((f) => f.source === 'record')) out.push(r.note);
  if (r.exception) out.push(`Exception ${r.exception.status}: ${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expiry})`);
  return [...new Set(out)];
}

/** A control's bar: applicable resources only (not-applicable ones are left out of the fraction). */
export interface Bar {
  readonly compliant: number;
  readonly excepted: number;
  readonly failing: number;
  readonly undetermined: number;
  readonly applicable: number;
  readonly notApplicable: number;
  /** e.g. `4 of 5 compliant` (and `1 excepted`, `2 failing`, `1 not determinable`). */
  readonly text: string;
}

export function barOf(c: ControlResult): Bar {
  const k = c.counts;
  const failing = k.nonCompliant - k.excepted;
  const applicable = k.total - k.notApplicable;
  const parts = [`${k.compliant} of ${applicable} compliant`];
  if (k.excepted) parts.push(`${k.excepted} excepted`);
  if (failing) parts.push(`${failing} failing`);
  if (k.insufficientData) parts.push(`${k.insufficientData} not determinable`);
  if (k.notApplicable) parts.push(`${k.notApplicable} not applicable`);
  return { compliant: k.compliant, excepted: k.excepted, failing, undetermined: k.insufficientData, applicable, notApplicable: k.notApplicable, text: parts.join(', ') };
}

export interface CoverageItem {
  readonly id: string;
  readonly title: string;
  readonly ratio: Ratio;
  /** e.g. `4 of 5 keys rotate`. */
  readonly sentence: string;
  readonly complete: boolean;
  /** Where the figure comes from. */
  readonly source: 'control verdicts' | 'recorded configuration';
}

export function coverage(report: EvidenceReport): CoverageItem[] {
  const m = report.metrics;
  const item = (id: string, title: string, ratio: Ratio, what: string, complete: boolean, source: CoverageItem['source']): CoverageItem => ({
    id, title, ratio, complete, source,
    sentence: ratio.denominator === 0 ? 'none in scope' : `${ratio.numerator} of ${ratio.denominator} ${what}`,
  });
  return [
    item('data-stores', 'PHI data stores on a customer-managed key', m.phiDataStores.cmkEncrypted, 'data stores on a customer-managed key', m.phiDataStores.complete, 'control verdicts'),
    item('keys', 'Customer-managed keys rotating', m.kmsKeyRotation.rotationEnabled, 'keys rotate', m.kmsKeyRotation.complete, 'control verdicts'),
    item('vaults-cmk', 'Backup vaults on a customer-managed key', m.backupVaults.encryptedWithCmk, 'vaults on a customer-managed key', m.backupVaults.complete, 'control verdicts'),
    item('vaults-locked', 'Backup vaults locked', m.backupVaults.locked, 'vaults with a recorded Vault Lock', m.backupVaults.complete, 'recorded configuration'),
    item('tls12', 'Encrypted listeners TLS 1.2+ only', m.loadBalancerListeners.tls12Plus, 'encrypted listeners accept TLS 1.2+ only', m.loadBalancerListeners.complete, 'recorded configuration'),
    item('tls13', 'Encrypted listeners offering TLS 1.3', m.loadBalancerListeners.tls13, 'encrypted listeners offer TLS 1.3', m.loadBalancerListeners.complete, 'recorded configuration'),
    item('vpn', 'Client VPN endpoints logging', m.clientVpnLogging.loggingEnabled, 'endpoints log connections', m.clientVpnLogging.complete, 'recorded configuration'),
  ];
}

/** Controls in reading order: failing first, then incomplete, then the rest. */
export function byAttention(report: EvidenceReport): { failing: ControlResult[]; incomplete: ControlResult[]; healthy: ControlResult[] } {
  return {
    failing: report.controls.filter((c) => c.verdict === 'NON_COMPLIANT'),
    incomplete: report.controls.filter((c) => c.verdict === 'INCOMPLETE' || c.verdict === 'NOT_EVALUATED'),
    healthy: report.controls.filter((c) => !['NON_COMPLIANT', 'INCOMPLETE', 'NOT_EVALUATED'].includes(c.verdict)),
  };
}

/** A control's deployed rules with their last evaluation, e.g. `s3-rule (last evaluated 2025-06-01T11:00:00.000Z)`. */
export function ruleLines(c: ControlResult): string[] {
  const line = (kind: string) => (s: ControlResult['configRules'][number]['rules'][number]): string =>
    `${kind} ${s.name}${s.accountId ? ` (${s.accountId} ${s.region ?? ''})` : ''}: ${s.lastSuccessfulEvaluation ? `last evaluated ${s.lastSuccessfulEvaluation}` : 'never evaluated (or unknown through an aggregator)'}${s.stale ? ' - STALE' : ''}`;
  const managed = c.configRules.flatMap((r) => (r.missing ? [`managed ${r.identifier}: no deployed rule`] : r.rules.map(line('managed'))));
  const g = c.guardPolicy;
  const custom = g ? (g.missing ? [`custom Guard ${g.expectedName}: no deployed rule`] : g.rules.map(line('custom Guard'))) : [];
  return [...managed, ...custom];
}

/** The recorder (or aggregator sources) status in words. */
export function recorderLine(report: EvidenceReport): string {
  const s = report.provenance.sources;
  if (s.length === 0) return 'recorder status not read';
  if (report.provenance.mode === 'aggregator') {
    const failed = s.filter((x) => x.lastStatus === 'FAILED').length;
    return `${s.length} aggregator source(s), ${failed} failed`;
  }
  return s.map((x) => `recorder ${x.name} ${x.recording ? 'recording' : 'STOPPED'}${x.lastStatus ? ` (last status ${x.lastStatus})` : ''}`).join('; ');
}

/** A sentence from a phrase: `collection finished; ...` -> `Collection finished; ...`. */
export function sentence(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
