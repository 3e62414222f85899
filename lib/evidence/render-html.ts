import { ControlResult, ControlVerdict, EvidenceReport, Ratio } from './types';

/** Escape text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

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
  NO_CONFIG_RULE: 'No Config rule (synth-time only)',
};

export function verdictLabel(v: ControlVerdict): string {
  return VERDICT_LABEL[v];
}

const COLORS = { compliant: '#1a7f37', excepted: '#bf8700', nonCompliant: '#cf222e', insufficientData: '#8c959f', notApplicable: '#d0d7de' };

/** Inline SVG: one stacked bar per control (compliant / excepted / non-compliant / not evaluated / not applicable). */
export function complianceChart(controls: readonly ControlResult[]): string {
  const rows = controls.filter((c) => c.verdict !== 'NO_CONFIG_RULE');
  const rowH = 22;
  const labelW = 130;
  const barW = 520;
  const height = rows.length * rowH + 40;
  const parts: string[] = [];
  rows.forEach((c, i) => {
    const y = i * rowH + 4;
    const k = c.counts;
    const segs: [keyof typeof COLORS, number][] = [
      ['compliant', k.compliant],
      ['excepted', k.excepted],
      ['nonCompliant', k.nonCompliant - k.excepted],
      ['insufficientData', k.insufficientData],
      ['notApplicable', k.notApplicable],
    ];
    parts.push(`<text x="0" y="${y + 14}" font-size="12">${esc(c.id)}</text>`);
    if (k.total === 0) {
      parts.push(`<rect x="${labelW}" y="${y}" width="${barW}" height="16" fill="none" stroke="#8c959f" stroke-dasharray="4 3"><title>${esc(c.id)}: ${esc(verdictLabel(c.verdict))}</title></rect>`);
      parts.push(`<text x="${labelW + 6}" y="${y + 12}" font-size="11" fill="#57606a">${esc(verdictLabel(c.verdict))}</text>`);
      return;
    }
    let x = labelW;
    for (const [name, n] of segs) {
      if (n <= 0) continue;
      const w = (n / k.total) * barW;
      parts.push(`<rect class="seg-${name}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="16" fill="${COLORS[name]}"><title>${esc(c.id)} ${name}: ${n}</title></rect>`);
      x += w;
    }
    parts.push(`<text x="${labelW + barW + 6}" y="${y + 13}" font-size="11">${k.compliant}/${k.total}${c.complete ? '' : ' (incomplete)'}</text>`);
  });
  const legendY = rows.length * rowH + 20;
  let lx = 0;
  for (const [name, label] of [['compliant', 'Compliant'], ['excepted', 'Accepted exception'], ['nonCompliant', 'Non-compliant'], ['insufficientData', 'Not evaluated'], ['notApplicable', 'Not applicable']] as const) {
    parts.push(`<rect x="${lx}" y="${legendY}" width="12" height="12" fill="${COLORS[name]}"/><text x="${lx + 16}" y="${legendY + 10}" font-size="11">${label}</text>`);
    lx += 130;
  }
  return `<svg id="compliance-chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Compliance by control" width="${labelW + barW + 110}" height="${height}" viewBox="0 0 ${labelW + barW + 110} ${height}">${parts.join('')}</svg>`;
}

function table(headers: string[], rows: string[][], id?: string): string {
  if (rows.length === 0) return '<p class="empty">None in scope.</p>';
  return `<table${id ? ` id="${esc(id)}"` : ''}><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The self-contained HTML report: no scripts, no external resources (a strict CSP says so). */
export function renderHtml(report: EvidenceReport): string {
  const p = report.provenance;
  const m = report.metrics;
  const unresolved = report.exceptions.filter((e) => e.status === 'unresolved');
  const banner =
    report.overallVerdict === 'COMPLIANT'
      ? 'All collected controls are compliant'
      : report.overallVerdict === 'NON_COMPLIANT'
        ? 'Some controls are non-compliant'
        : 'INCOMPLETE: the collection did not finish; nothing here may be read as compliant';
  const card = (title: string, value: string, complete: boolean): string =>
    `<div class="card"><div class="label">${esc(title)}</div><div class="value">${esc(value)}</div>${complete ? '' : '<div class="warn">incomplete</div>'}</div>`;

  const controlRows = report.controls.map((c) => [
    `<a href="#${esc(c.id)}">${esc(c.id)}</a>`,
    esc(c.title),
    esc(c.citations.join(', ')),
    `<span class="verdict v-${esc(c.verdict)}">${esc(verdictLabel(c.verdict))}</span>`,
    String(c.counts.compliant),
    String(c.counts.nonCompliant - c.counts.excepted),
    String(c.counts.excepted),
    String(c.counts.insufficientData),
    String(c.counts.notApplicable),
    esc(c.configRules.map((r) => (r.missing ? `${r.identifier} (MISSING)` : `${r.identifier}: ${r.ruleNames.join(', ')}`)).join('; ') || '-'),
  ]);

  const details = report.controls
    .filter((c) => c.verdict !== 'NO_CONFIG_RULE')
    .map(
      (c) => `<section class="control" id="${esc(c.id)}"><h3>${esc(c.id)} ${esc(c.title)} <span class="verdict v-${esc(c.verdict)}">${esc(verdictLabel(c.verdict))}</span></h3>
<p class="cite">HIPAA ${esc(c.citations.join(', '))}. ${esc(c.guidance)}</p>
${c.configRules.filter((r) => r.caveat).map((r) => `<p class="caveat">${esc(r.identifier)}: ${esc(r.caveat)}</p>`).join('')}
${c.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('')}
${table(
  ['Status', 'Type', 'Resource', 'Account', 'Region', 'Rules', 'Notes'],
  c.resources.map((r) => [
    `<span class="st-${esc(r.status)}">${esc(r.status)}</span>`,
    esc(r.resourceType),
    esc(r.resourceId) + (r.resourceName && r.resourceName !== r.resourceId ? `<br><small>${esc(r.resourceName)}</small>` : ''),
    esc(r.accountId),
    esc(r.region),
    r.rules.map((x) => `${esc(x.ruleName)}: ${esc(x.compliance)}${x.annotation ? ` <small>${esc(x.annotation)}</small>` : ''}`).join('<br>'),
    [r.note ? esc(r.note) : '', r.exception ? `Exception (${esc(r.exception.status)}): ${esc(r.exception.reason)}; owner ${esc(r.exception.owner)}; expires ${esc(r.exception.expiry)}` : '']
      .filter(Boolean).join('<br>'),
  ]),
)}</section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DermaShield encryption evidence - ${esc(p.finishedAt)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1f2328;max-width:1200px}
h1{font-size:22px;margin:0 0 8px} h2{font-size:18px;margin-top:28px;border-bottom:1px solid #d0d7de} h3{font-size:15px}
.banner{padding:10px 14px;border-radius:6px;font-weight:600;margin:12px 0}
.b-COMPLIANT{background:#dafbe1;color:#116329}.b-NON_COMPLIANT{background:#ffebe9;color:#a40e26}.b-INCOMPLETE{background:#fff8c5;color:#7d4e00}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:200px}
.card .label{color:#57606a;font-size:12px}.card .value{font-size:18px;font-weight:600}.warn{color:#9a6700;font-size:12px;font-weight:600}
.verdict{font-size:12px;padding:1px 6px;border-radius:10px;background:#eaeef2}
.v-COMPLIANT,.v-COMPLIANT_WITH_EXCEPTIONS{background:#dafbe1}.v-NON_COMPLIANT{background:#ffebe9}.v-INCOMPLETE,.v-NOT_EVALUATED{background:#fff8c5}
.st-NON_COMPLIANT{color:#cf222e;font-weight:600}.st-COMPLIANT{color:#1a7f37}.st-INSUFFICIENT_DATA{color:#9a6700}
.cite{color:#57606a}.caveat,.note{background:#f6f8fa;padding:4px 8px;border-left:3px solid #bf8700}.empty{color:#57606a}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{color:#57606a}
@media print{body{margin:0}.control{break-inside:avoid}}
</style></head><body>
<h1>DermaShield encryption evidence</h1>
<div class="banner b-${esc(report.overallVerdict)}" id="verdict">${esc(banner)} (exit code ${report.exitCode})</div>
<h2>Scope and time of collection</h2>
<dl id="provenance">
<dt>Collected</dt><dd>${esc(p.startedAt)} to ${esc(p.finishedAt)}</dd>
<dt>Scope</dt><dd>${esc(p.mode)}${p.scopeName ? ` ${esc(p.scopeName)}` : ''}</dd>
<dt>Accounts</dt><dd>${esc(p.accounts.join(', ') || 'unknown')}</dd>
<dt>Regions</dt><dd>${esc(p.regions.join(', '))}</dd>
<dt>Collection</dt><dd>${esc(report.collectionStatus)}; ${p.apiCalls} API calls, ${p.retriedCalls} retried</dd>
<dt>Healthy rules</dt><dd>${esc(p.healthyRules.join(', ') || 'none reported')}</dd>
${p.unhealthyRules.length ? `<dt>Unhealthy rules</dt><dd>${esc(p.unhealthyRules.join(', '))}</dd>` : ''}
<dt>Tool</dt><dd>${esc(p.tool)} ${esc(p.toolVersion)}, ${esc(p.sdk)}, report schema ${esc(report.schemaVersion)}</dd>
${p.exceptionsRegister ? `<dt>Exceptions register</dt><dd>${esc(p.exceptionsRegister)}</dd>` : ''}
</dl>
${report.problems.length ? `<h2>Why the collection is incomplete</h2><ul id="problems">${report.problems.map((x) => `<li><b>${esc(x.kind)}</b>${x.operation ? ` (${esc(x.operation)})` : ''}: ${esc(x.message)}</li>`).join('')}</ul>` : ''}
<h2>Coverage</h2>
<div class="cards" id="metrics">
${card('PHI data stores with a customer-managed key', pct(m.phiDataStores.cmkEncrypted), m.phiDataStores.complete)}
${card('Encrypted listeners TLS 1.2+ only', pct(m.loadBalancerListeners.tls12Plus), m.loadBalancerListeners.complete)}
${card('Encrypted listeners offering TLS 1.3', pct(m.loadBalancerListeners.tls13), m.loadBalancerListeners.complete)}
${card('Customer-managed keys rotating', pct(m.kmsKeyRotation.rotationEnabled), m.kmsKeyRotation.complete)}
${card('Backup vaults on a customer-managed key', pct(m.backupVaults.encryptedWithCmk), m.backupVaults.complete)}
${card('Backup vaults locked', pct(m.backupVaults.locked), m.backupVaults.complete)}
${card('Client VPN endpoints logging', pct(m.clientVpnLogging.loggingEnabled), m.clientVpnLogging.complete)}
${card('Unresolved exceptions', String(unresolved.length), true)}
${card('Resources compliant / non-compliant / not evaluated', `${report.overall.compliant} / ${report.overall.nonCompliant} / ${report.overall.insufficientData}`, report.collectionStatus === 'COMPLETE')}
</div>
<h2>Compliance by control</h2>
${complianceChart(report.controls)}
${table(['Control', 'Title', 'HIPAA', 'Verdict', 'Compliant', 'Non-compliant', 'Excepted', 'Not evaluated', 'N/A', 'Config rules'], controlRows, 'controls')}
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
<h2>Resources by control</h2>
${details}
<h2>PHI data stores</h2>
${table(['Key', 'Type', 'Resource', 'Account', 'Region', 'Detail'], m.phiDataStores.resources.map((d) => [esc(d.keyClass), esc(d.resourceType), esc(d.resourceId), esc(d.accountId), esc(d.region), esc(d.detail)]), 'data-stores')}
<h2>Load balancer listeners</h2>
${table(['Grade', 'Protocol', 'Port', 'Policy', 'Listener', 'Account', 'Region'], m.loadBalancerListeners.listeners.map((l) => [esc(l.grade), esc(l.protocol), esc(l.port ?? ''), esc(l.sslPolicy ?? '-'), esc(l.resourceId), esc(l.accountId), esc(l.region)]), 'listeners')}
<h2>KMS keys</h2>
${table(['Rotation', 'Key', 'Account', 'Region'], m.kmsKeyRotation.keys.map((k) => [k.rotation === null ? 'not recorded' : k.rotation ? 'enabled' : 'DISABLED', esc(k.keyId), esc(k.accountId), esc(k.region)]), 'keys')}
<h2>Backup vaults</h2>
${table(['Vault', 'Key', 'Locked', 'Account', 'Region'], m.backupVaults.vaults.map((v) => [esc(v.name), esc(v.keyClass), v.locked === null ? 'not recorded' : v.locked ? 'yes' : 'NO', esc(v.accountId), esc(v.region)]), 'vaults')}
<h2>Client VPN endpoints</h2>
${table(['Endpoint', 'Connection logging', 'Account', 'Region'], m.clientVpnLogging.endpoints.map((e) => [esc(e.id), e.logging === null ? 'not recorded' : e.logging ? 'enabled' : 'DISABLED', esc(e.accountId), esc(e.region)]), 'vpn')}
<footer><p>Raw AWS Config responses are in <code>raw/</code> beside this file; <code>MANIFEST.sha256</code> lists the SHA-256 of every file produced (<code>sha256sum -c MANIFEST.sha256</code>). Keep this evidence for six years (45 CFR 164.316(b)(2)(i)).</p></footer>
</body></html>
`;
}
