import { barOf, byAttention, coverage, displayName, evidencedByLabel, guardLines, reasons, recorderLine, ruleLines, sentence, Standing, STANDING_LABEL, standingOf, verdictLabel } from './render-model';
import { ControlResult, EvidenceReport, ResourceResult } from './types';

export { pct, verdictLabel } from './render-model';

/** Escape text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

/**
 * Okabe-Ito colours (distinguishable with every common colour-vision deficiency), each with a pattern and a text
 * label so that nothing is told by colour alone, in print either.
 */
export const COLORS = { compliant: '#0072B2', excepted: '#E69F00', failing: '#D55E00', undetermined: '#999999' } as const;
const MARK: Record<Standing, string> = { 'failing': '✗', 'excepted': '!', 'undetermined': '?', 'compliant': '✓', 'not-applicable': '-' };

/** A horizontal bar of applicable resources: compliant, excepted, failing (hatched), not determinable (dotted). */
function bar(c: ControlResult): string {
  const b = barOf(c);
  if (b.applicable === 0) return `<span class="bartext">${esc(b.notApplicable ? `${b.notApplicable} not applicable` : 'no resources')}</span>`;
  const seg = (cls: keyof typeof COLORS, n: number): string =>
    n > 0 ? `<span class="seg seg-${cls}" style="width:${((n / b.applicable) * 100).toFixed(2)}%" title="${esc(`${n} ${cls}`)}"></span>` : '';
  return `<span class="bar" role="img" aria-label="${esc(b.text)}">${seg('compliant', b.compliant)}${seg('excepted', b.excepted)}${seg('failing', b.failing)}${seg('undetermined', b.undetermined)}</span><span class="bartext">${esc(b.text)}</span>`;
}

function verdictBadge(c: ControlResult): string {
  return `<span class="verdict v-${esc(c.verdict)}">${esc(verdictLabel(c.verdict))}</span>`;
}

function resourceRows(list: readonly ResourceResult[]): string {
  return list.map((r) => {
    const s = standingOf(r);
    return `<tr class="res res-${esc(r.status)}"><td class="st st-${s}">${MARK[s]} ${esc(STANDING_LABEL[s])}</td><td class="name">${esc(displayName(r))}</td><td>${esc(r.resourceType)}</td>` +
      `<td>${reasons(r).map(esc).join('<br>')}</td>${r.accountId ? `<td>${esc(r.accountId)} ${esc(r.region)}</td>` : '<td></td>'}</tr>`;
  }).join('');
}

function resourceTable(list: readonly ResourceResult[], id?: string): string {
  if (list.length === 0) return '';
  return `<table class="resources"${id ? ` id="${esc(id)}"` : ''}><thead><tr><th>Standing</th><th>Resource</th><th>Type</th><th>Why</th><th>Account / Region</th></tr></thead><tbody>${resourceRows(list)}</tbody></table>`;
}

function table(headers: string[], rows: string[][], id?: string): string {
  if (rows.length === 0) return '<p class="empty">None in scope.</p>';
  return `<table${id ? ` id="${esc(id)}"` : ''}><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** One control: failing and undetermined resources shown, the rest folded away. */
function controlSection(c: ControlResult, open: boolean, recorder: string): string {
  const attention = c.resources.filter((r) => ['failing', 'undetermined', 'excepted'].includes(standingOf(r)));
  const rest = c.resources.filter((r) => !attention.includes(r));
  const b = barOf(c);
  return `<details class="control" id="${esc(c.id)}"${open ? ' open' : ''}><summary><b>${esc(c.id)}</b> ${esc(c.title)} ${verdictBadge(c)} <small>${esc(b.text)}</small></summary>
<p class="cite">HIPAA ${esc(c.citations.join(', '))}. ${esc(c.guidance)}</p>
<p class="rules">Evidenced by: <span class="kind k-${esc(c.evidencedBy)}">${esc(evidencedByLabel(c))}</span>. Rules: ${ruleLines(c).map(esc).join('; ') || 'none'}. ${esc(sentence(recorder))}.</p>
${guardLines(c).map((g) => `<p class="note guard">${esc(g)}</p>`).join('')}
${c.configRules.filter((r) => r.decidedByRecord).map((r) => `<p class="note">${esc(r.identifier)} cannot tell who manages the key: decided from the recorded ${esc(r.decidedByRecord!.resourceType)} attribute <code>${esc(r.decidedByRecord!.attribute)}</code>.</p>`).join('')}
${c.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('')}
${resourceTable(attention)}
${rest.length ? `<details class="rest"><summary>${esc(restSummary(rest))}</summary>${resourceTable(rest)}</details>` : ''}</details>`;
}

function restSummary(rest: readonly ResourceResult[]): string {
  const ok = rest.filter((r) => r.status === 'COMPLIANT').length;
  const na = rest.length - ok;
  return [ok ? `${ok} compliant` : '', na ? `${na} not applicable` : ''].filter(Boolean).join(', ');
}

/** The oldest last evaluation of a control's rules, in words (the detail per rule is in the control's section). */
function lastEvaluated(c: ControlResult): string {
  const rules = [...c.configRules.flatMap((r) => r.rules), ...(c.guardPolicy?.rules ?? [])];
  if (rules.length === 0) return c.configRules.length || c.guardPolicy ? 'no deployed rule' : '-';
  if (rules.some((r) => !r.lastSuccessfulEvaluation)) return 'never (or unknown)';
  const oldest = rules.map((r) => r.lastSuccessfulEvaluation!).sort()[0];
  return `${oldest.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC')}${rules.some((r) => r.stale) ? ' STALE' : ''}`;
}

/** The self-contained HTML report: no scripts, no external resources (a strict CSP says so). */
export function renderHtml(report: EvidenceReport): string {
  const p = report.provenance;
  const m = report.metrics;
  const { failing, incomplete, healthy } = byAttention(report);
  const unresolved = report.exceptions.filter((e) => e.status === 'unresolved');

  const cards = coverage(report).map((c) => {
    const w = c.ratio.percent ?? 0;
    return `<div class="card" id="card-${esc(c.id)}"><div class="label">${esc(c.title)}</div><div class="value">${esc(c.sentence)}</div>` +
      (c.ratio.denominator ? `<span class="bar small" role="img" aria-label="${esc(c.sentence)}"><span class="seg seg-compliant" style="width:${w}%"></span><span class="seg seg-failing" style="width:${100 - w}%"></span></span>` : '') +
      `<div class="src">${esc(c.source)}</div>${c.complete ? '' : '<div class="warn">incomplete: a lower bound</div>'}</div>`;
  }).join('');

  const failingBlock = failing.length
    ? failing.map((c) => {
      const bad = c.resources.filter((r) => standingOf(r) === 'failing');
      return `<section class="failing-control"><h3><a href="#${esc(c.id)}">${esc(c.id)}</a> ${esc(c.title)} ${verdictBadge(c)}</h3><p class="barline">${bar(c)}</p>${resourceTable(bad, `failing-${c.id}`)}</section>`;
    }).join('')
    : '<p class="empty">No control is non-compliant.</p>';

  const incompleteBlock = incomplete.length
    ? `<ul id="incomplete">${incomplete.map((c) => `<li><a href="#${esc(c.id)}">${esc(c.id)}</a> ${esc(c.title)}: ${verdictBadge(c)} ${esc(c.notes.filter((n) => !n.startsWith('Collection for this control is incomplete')).join(' ') || barOf(c).text)}</li>`).join('')}</ul>`
    : '';

  const causes = report.causes.length
    ? `<h2>Why the collection is incomplete</h2><ul id="problems">${report.causes.map((x) =>
      `<li><b>${esc(x.kind)}</b>${x.operation ? ` (${esc(x.operation)})` : ''}: ${esc(x.cause)}` +
      `${x.subjects.length > 1 || x.subjects[0] !== x.cause ? `<br><small>${esc(`${x.subjects.length} affected: ${x.subjects.slice(0, 12).join('; ')}${x.subjects.length > 12 ? `; and ${x.subjects.length - 12} more` : ''}`)}</small>` : ''}` +
      `${x.controls.length ? `<br><small>Controls: ${esc(x.controls.join(', '))}</small>` : ''}</li>`).join('')}</ul>`
    : '';

  const listed = report.controls.filter((c) => c.verdict !== 'NO_RESOURCES' && c.verdict !== 'NO_CONFIG_RULE');
  const folded = (verdict: 'NO_RESOURCES' | 'NO_CONFIG_RULE', words: string): string => {
    const list = report.controls.filter((c) => c.verdict === verdict);
    return list.length ? `<details class="folded" id="controls-${verdict}"><summary>${list.length} ${esc(words)}</summary><ul>${list.map((c) => `<li${verdict === 'NO_CONFIG_RULE' ? ` id="${esc(c.id)}"` : ''}>${esc(c.id)} ${esc(c.title)}${verdict === 'NO_CONFIG_RULE' ? `: <span class="kind k-not-evidenced">${esc(evidencedByLabel(c))}</span>. <small class="reason">${esc(c.notEvidencedReason ?? '')}</small>` : ` <small>(${esc(evidencedByLabel(c))}; ${esc(lastEvaluated(c))})</small>`}</li>`).join('')}</ul></details>` : '';
  };
  const controlRows = listed.map((c) => [
    `<a href="#${esc(c.id)}">${esc(c.id)}</a>`, esc(c.title), esc(c.citations.join(', ')), verdictBadge(c),
    `<span class="kind k-${esc(c.evidencedBy)}">${esc(evidencedByLabel(c))}</span>`,
    c.verdict === 'NO_CONFIG_RULE' ? `<span class="bartext">${esc(c.notEvidencedReason ?? '')}</span>` : bar(c),
    esc(lastEvaluated(c)),
  ]);

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DermaShield encryption evidence - ${esc(p.finishedAt)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1f2328;max-width:1200px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:22px;margin:0 0 8px} h2{font-size:18px;margin-top:24px;border-bottom:1px solid #d0d7de} h3{font-size:15px;margin:12px 0 4px}
.banner{padding:10px 14px;border-radius:6px;font-weight:600;margin:12px 0 4px;border:2px solid}
.b-COMPLIANT{background:#e8f1f8;border-color:#0072B2}.b-NON_COMPLIANT{background:#fbeee6;border-color:#D55E00}.b-INCOMPLETE{background:#f2f2f2;border-color:#666;border-style:dashed}
#collection{margin:0 0 12px;color:#444}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:8px}.card{border:1px solid #d0d7de;border-radius:6px;padding:6px 10px}
.card .label{color:#57606a;font-size:12px}.card .value{font-size:16px;font-weight:600}.card .src{color:#57606a;font-size:11px}.warn{color:#7a4a00;font-size:12px;font-weight:600}
.bar{display:inline-flex;width:180px;height:12px;border:1px solid #444;vertical-align:middle;margin-right:6px;background:#fff}.bar.small{width:100%;height:8px}
.seg{display:block;height:100%}
.seg-compliant{background:${COLORS.compliant}}
.seg-excepted{background:repeating-linear-gradient(90deg,${COLORS.excepted} 0 5px,#fff 5px 7px)}
.seg-failing{background:repeating-linear-gradient(45deg,${COLORS.failing} 0 6px,#fff 6px 8px)}
.seg-undetermined{background:radial-gradient(${COLORS.undetermined} 35%,#fff 40%) 0 0/5px 5px}
.bartext{font-size:12px}td .bar{width:100%;display:flex}td .bartext{display:block}
.verdict{font-size:12px;padding:1px 6px;border-radius:10px;border:1px solid #888;white-space:nowrap}
.v-COMPLIANT,.v-COMPLIANT_WITH_EXCEPTIONS{border-color:${COLORS.compliant}}.v-NON_COMPLIANT{border-color:${COLORS.failing};font-weight:600}.v-INCOMPLETE,.v-NOT_EVALUATED{border-style:dashed}
.st{white-space:nowrap}.st-failing{color:#b34700;font-weight:600}.st-compliant{color:#005a8c}.st-excepted{color:#7a4a00}.st-undetermined{color:#555;font-style:italic}
.kind{font-size:12px;white-space:nowrap}.k-custom-guard,.k-managed-and-custom-guard{font-style:italic}.k-not-evidenced{text-decoration:underline dotted}
.cite,.rules{color:#57606a;margin:2px 0}.note{background:#f6f8fa;padding:3px 8px;border-left:3px solid #999;margin:4px 0}.empty{color:#57606a}
details.control{border-top:1px solid #eee;padding:4px 0}details.control>summary{cursor:pointer}details.rest>summary{color:#57606a;cursor:pointer}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{color:#57606a}
@media print{body{margin:0}.failing-control{break-inside:avoid}}
</style></head><body>
<h1>DermaShield encryption evidence</h1>
<p class="banner b-${esc(report.overallVerdict)}" id="verdict">${esc(report.summary.headline)}. Exit code ${report.exitCode}.</p>
<p id="collection">${esc(sentence(report.summary.collection))}. Collected ${esc(p.startedAt)} to ${esc(p.finishedAt)}; ${esc(p.mode)}${p.scopeName ? ` ${esc(p.scopeName)}` : ''}, ${esc(p.accounts.join(', ') || 'account unknown')}, ${esc(p.regions.join(', '))}; ${esc(recorderLine(report))}.</p>
<h2>Coverage</h2>
<div class="cards" id="metrics">${cards}<div class="card"><div class="label">Unresolved exceptions</div><div class="value">${unresolved.length}</div></div></div>
<h2 id="failing">Failing controls</h2>
${failingBlock}
${incomplete.length ? `<h2>Incomplete controls</h2>${incompleteBlock}` : ''}
${causes}
<h2>All controls</h2>
${table(['Control', 'Title', 'HIPAA', 'Verdict', 'Evidenced by', 'Applicable resources', 'Rules last evaluated'], controlRows, 'controls')}
${folded('NO_RESOURCES', 'controls with no resources in scope (their rules ran and found nothing to judge)')}
${folded('NO_CONFIG_RULE', 'controls not evidenced after deployment (no AWS Config rule, managed or custom Guard, can evidence them; enforced at synth by the rule pack), each with the reason')}
<details id="healthy-rules"><summary>${p.healthyRules.length} healthy rules${p.unhealthyRules.length ? `, ${p.unhealthyRules.length} unhealthy` : ''}</summary><p>${esc(p.healthyRules.join(', ') || 'none reported')}</p>${p.unhealthyRules.length ? `<p>Unhealthy: ${esc(p.unhealthyRules.join(', '))}</p>` : ''}</details>
<h2>Resources by control</h2>
${failing.map((c) => controlSection(c, false, recorderLine(report))).join('\n')}
${incomplete.map((c) => controlSection(c, true, recorderLine(report))).join('\n')}
${healthy.filter((c) => c.verdict !== 'NO_CONFIG_RULE').map((c) => controlSection(c, false, recorderLine(report))).join('\n')}
<h2>Exceptions register</h2>
${table(
  ['Status', 'Control', 'Resource', 'Reason', 'Compensating control', 'Owner', 'Expiry', 'Days open'],
  report.exceptions.map((e) => [
    esc(e.status) + (e.daysExpired !== undefined ? ` (expired ${e.daysExpired} d)` : ''),
    esc(e.control), esc(e.resource), esc(e.reason), esc(e.compensatingControl), esc(e.owner), esc(e.expiry),
    e.daysOpen === undefined ? 'unknown' : String(e.daysOpen),
  ]),
  'exceptions',
)}
<h2>Recorded configuration</h2>
<details><summary>PHI data stores (${m.phiDataStores.resources.length})</summary>${table(['Key', 'Resource', 'Type', 'Account', 'Region', 'Detail'], m.phiDataStores.resources.map((d) => [esc(d.keyClass), esc(displayName(d)), esc(d.resourceType), esc(d.accountId), esc(d.region), esc(d.detail)]), 'data-stores')}</details>
<details><summary>Load balancer listeners (${m.loadBalancerListeners.listeners.length})</summary>${table(['Grade', 'Protocol', 'Port', 'Policy', 'Listener', 'Account', 'Region'], m.loadBalancerListeners.listeners.map((l) => [esc(l.grade), esc(l.protocol), esc(l.port ?? ''), esc(l.sslPolicy ?? '-'), esc(l.resourceId), esc(l.accountId), esc(l.region)]), 'listeners')}</details>
<details><summary>KMS keys judged for rotation (${m.kmsKeyRotation.keys.length})</summary>${table(['Verdict', 'Recorded rotation', 'Key', 'Account', 'Region'], m.kmsKeyRotation.keys.map((k) => [esc(k.status), k.rotation === null ? 'not recorded' : k.rotation ? 'enabled' : 'DISABLED', esc(displayName({ resourceId: k.keyId, ...(k.name ? { resourceName: k.name } : {}) })), esc(k.accountId), esc(k.region)]), 'keys')}</details>
<details><summary>Backup vaults (${m.backupVaults.vaults.length})</summary>${table(['Vault', 'Key', 'Locked', 'Account', 'Region'], m.backupVaults.vaults.map((v) => [esc(v.name), esc(v.keyClass), v.locked === null ? 'not recorded' : v.locked ? 'yes' : 'NO', esc(v.accountId), esc(v.region)]), 'vaults')}</details>
<details><summary>Client VPN endpoints (${m.clientVpnLogging.endpoints.length})</summary>${table(['Endpoint', 'Connection logging', 'Account', 'Region'], m.clientVpnLogging.endpoints.map((e) => [esc(e.id), e.logging === null ? 'not recorded' : e.logging ? 'enabled' : 'DISABLED', esc(e.accountId), esc(e.region)]), 'vpn')}</details>
<h2>Provenance</h2>
<dl id="provenance">
<dt>Collected</dt><dd>${esc(p.startedAt)} to ${esc(p.finishedAt)}</dd>
<dt>Scope</dt><dd>${esc(p.mode)}${p.scopeName ? ` ${esc(p.scopeName)}` : ''}; client Region ${esc(p.clientRegion)}</dd>
<dt>Accounts</dt><dd>${esc(p.accounts.join(', ') || 'unknown')}</dd>
<dt>Regions</dt><dd>${esc(p.regions.join(', '))}</dd>
<dt>API calls</dt><dd>${p.apiCalls} calls, ${p.retriedCalls} retried (${p.retryAttempts} retry attempts)</dd>
<dt>Stale after</dt><dd>a rule's frequency (24 h if none) plus ${p.staleAfterHours} h</dd>
<dt>Tool</dt><dd>${esc(p.tool)} ${esc(p.toolVersion)}, ${esc(p.sdk)}, report schema ${esc(report.schemaVersion)}</dd>
${p.exceptionsRegister ? `<dt>Exceptions register</dt><dd>${esc(p.exceptionsRegister)}</dd>` : ''}
</dl>
<footer><p>Raw AWS Config responses are in <code>raw/</code> beside this file; <code>MANIFEST.sha256</code> lists the SHA-256 of every file produced (<code>sha256sum -c MANIFEST.sha256</code>). Keep this evidence for six years (45 CFR 164.316(b)(2)(i)).</p></footer>
</body></html>
`;
}
