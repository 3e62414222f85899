import { barOf, byAttention, coverage, displayName, evidencedByLabel, guardLines, reasons, recorderLine, ruleLines, sentence, STANDING_LABEL, standingOf, verdictLabel } from './render-model';
import { ControlResult, EvidenceReport, ResourceResult } from './types';

/** Escape a Markdown table cell. */
function cell(value: unknown): string {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(headers: string[], rows: unknown[][]): string {
  if (rows.length === 0) return '_None in scope._\n';
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n') + '\n';
}

function resourceTable(list: readonly ResourceResult[]): string {
  return table(['Standing', 'Resource', 'Type', 'Why'], list.map((r) => [STANDING_LABEL[standingOf(r)], displayName(r), r.resourceType, reasons(r).join('; ')]));
}

/** A folded block (GitHub, GitLab and most wikis render `<details>`). */
function folded(summary: string, body: string): string {
  return `<details><summary>${cell(summary).replace(/</g, '&lt;')}</summary>\n\n${body}\n</details>\n`;
}

function controlBlock(c: ControlResult, recorder: string): string {
  const attention = c.resources.filter((r) => ['failing', 'undetermined', 'excepted'].includes(standingOf(r)));
  const rest = c.resources.filter((r) => !attention.includes(r));
  const out = [`### ${c.id} ${c.title}: ${verdictLabel(c.verdict)}`, '', `HIPAA ${c.citations.join(', ')}. ${c.guidance}`, '', `${barOf(c).text}.`, ''];
  out.push(`Evidenced by: ${evidencedByLabel(c)}. Rules: ${ruleLines(c).join('; ') || 'none'}. ${sentence(recorder)}.`, '');
  for (const g of guardLines(c)) out.push(`> ${g}`, '');
  for (const r of c.configRules) if (r.decidedByRecord) out.push(`> ${r.identifier} cannot tell who manages the key: decided from the recorded ${r.decidedByRecord.resourceType} attribute \`${r.decidedByRecord.attribute}\`.`, '');
  for (const n of c.notes) out.push(`- ${n}`);
  if (c.notes.length) out.push('');
  if (attention.length) out.push(resourceTable(attention));
  if (rest.length) out.push(folded(`${rest.length} compliant or not applicable`, resourceTable(rest)));
  return out.join('\n');
}

/** The same report as Markdown (for a pull request, a wiki or a ticket), in the HTML's order. */
export function renderMarkdown(report: EvidenceReport): string {
  const p = report.provenance;
  const m = report.metrics;
  const { failing, incomplete, healthy } = byAttention(report);
  const out: string[] = [];
  out.push('# DermaShield encryption evidence', '');
  out.push(`**${report.summary.headline}.** Exit code ${report.exitCode}.`, '');
  out.push(`${sentence(report.summary.collection)}. Collected ${p.startedAt} to ${p.finishedAt}; ${p.mode}${p.scopeName ? ` ${p.scopeName}` : ''}, ${p.accounts.join(', ') || 'account unknown'}, ${p.regions.join(', ')}; ${recorderLine(report)}.`, '');
  out.push('## Coverage', '');
  out.push(table(['Metric', 'Value', 'From'], [
    ...coverage(report).map((c) => [c.title, `${c.sentence}${c.complete ? '' : ' (incomplete: a lower bound)'}`, c.source]),
    ['Unresolved exceptions', String(report.exceptions.filter((e) => e.status === 'unresolved').length), 'exceptions register'],
  ]));
  out.push('## Failing controls', '');
  if (failing.length === 0) out.push('No control is non-compliant.', '');
  for (const c of failing) {
    out.push(`### ${c.id} ${c.title}`, '', `${barOf(c).text}.`, '');
    out.push(resourceTable(c.resources.filter((r) => standingOf(r) === 'failing')));
  }
  if (incomplete.length) {
    out.push('## Incomplete controls', '');
    for (const c of incomplete) out.push(`- **${c.id}** ${c.title}: ${verdictLabel(c.verdict)}. ${c.notes.filter((n) => !n.startsWith('Collection for this control is incomplete')).join(' ') || barOf(c).text}`);
    out.push('');
  }
  if (report.causes.length) {
    out.push('## Why the collection is incomplete', '');
    for (const x of report.causes) {
      out.push(`- **${x.kind}**${x.operation ? ` (${x.operation})` : ''}: ${x.cause}`);
      if (x.subjects.length > 1 || x.subjects[0] !== x.cause) out.push(`  - ${x.subjects.length} affected: ${x.subjects.slice(0, 12).join('; ')}${x.subjects.length > 12 ? `; and ${x.subjects.length - 12} more` : ''}`);
      if (x.controls.length) out.push(`  - Controls: ${x.controls.join(', ')}`);
    }
    out.push('');
  }
  out.push('## All controls', '');
  out.push(table(
    ['Control', 'Title', 'HIPAA', 'Verdict', 'Evidenced by', 'Applicable resources', 'Rules and last evaluation'],
    report.controls.map((c) => [c.id, c.title, c.citations.join(', '), verdictLabel(c.verdict), evidencedByLabel(c), c.verdict === 'NO_CONFIG_RULE' ? 'none: see "Not evidenced after deployment"' : barOf(c).text, ruleLines(c).join('; ') || '-']),
  ));
  const notEvidenced = report.controls.filter((c) => c.verdict === 'NO_CONFIG_RULE');
  if (notEvidenced.length) {
    out.push('## Not evidenced after deployment', '');
    out.push(`${notEvidenced.length} controls have no AWS Config rule, managed or custom, that can evidence them; they are enforced at synth by the rule pack. Never counted as compliant.`, '');
    out.push(folded(`${notEvidenced.length} controls and why`, table(['Control', 'Title', 'Why not evidenced'], notEvidenced.map((c) => [c.id, c.title, c.notEvidencedReason ?? '']))));
  }
  out.push(folded(`${p.healthyRules.length} healthy rules${p.unhealthyRules.length ? `, ${p.unhealthyRules.length} unhealthy` : ''}`,
    `${p.healthyRules.join(', ') || 'none reported'}${p.unhealthyRules.length ? `\n\nUnhealthy: ${p.unhealthyRules.join(', ')}` : ''}`));
  out.push('## Resources by control', '');
  for (const c of [...failing, ...incomplete]) out.push(controlBlock(c, recorderLine(report)));
  const rest = healthy.filter((c) => c.verdict !== 'NO_CONFIG_RULE');
  if (rest.length) out.push(folded(`${rest.length} compliant or empty controls`, rest.map((c) => controlBlock(c, recorderLine(report))).join('\n')));
  out.push('## Exceptions register', '');
  out.push(table(
    ['Status', 'Control', 'Resource', 'Reason', 'Compensating control', 'Owner', 'Expiry', 'Days open'],
    report.exceptions.map((e) => [
      e.status + (e.daysExpired !== undefined ? ` (expired ${e.daysExpired} d)` : ''), e.control, e.resource, e.reason,
      e.compensatingControl, e.owner, e.expiry, e.daysOpen ?? 'unknown',
    ]),
  ));
  out.push('## Recorded configuration', '');
  out.push(folded(`PHI data stores (${m.phiDataStores.resources.length})`, table(['Key', 'Resource', 'Type', 'Account', 'Region', 'Detail'], m.phiDataStores.resources.map((d) => [d.keyClass, displayName(d), d.resourceType, d.accountId, d.region, d.detail]))));
  out.push(folded(`Load balancer listeners (${m.loadBalancerListeners.listeners.length})`, table(['Grade', 'Protocol', 'Port', 'Policy', 'Listener', 'Account', 'Region'], m.loadBalancerListeners.listeners.map((l) => [l.grade, l.protocol, l.port ?? '', l.sslPolicy ?? '-', l.resourceId, l.accountId, l.region]))));
  out.push(folded(`KMS keys judged for rotation (${m.kmsKeyRotation.keys.length})`, table(['Verdict', 'Recorded rotation', 'Key', 'Account', 'Region'], m.kmsKeyRotation.keys.map((k) => [k.status, k.rotation === null ? 'not recorded' : k.rotation ? 'enabled' : 'DISABLED', displayName({ resourceId: k.keyId, ...(k.name ? { resourceName: k.name } : {}) }), k.accountId, k.region]))));
  out.push(folded(`Backup vaults (${m.backupVaults.vaults.length})`, table(['Vault', 'Key', 'Locked', 'Account', 'Region'], m.backupVaults.vaults.map((v) => [v.name, v.keyClass, v.locked === null ? 'not recorded' : v.locked ? 'yes' : 'NO', v.accountId, v.region]))));
  out.push(folded(`Client VPN endpoints (${m.clientVpnLogging.endpoints.length})`, table(['Endpoint', 'Connection logging', 'Account', 'Region'], m.clientVpnLogging.endpoints.map((e) => [e.id, e.logging === null ? 'not recorded' : e.logging ? 'enabled' : 'DISABLED', e.accountId, e.region]))));
  out.push('## Provenance', '');
  out.push(`- Collected: ${p.startedAt} to ${p.finishedAt}`);
  out.push(`- Scope: ${p.mode}${p.scopeName ? ` ${p.scopeName}` : ''}; client Region ${p.clientRegion}`);
  out.push(`- Accounts: ${p.accounts.join(', ') || 'unknown'}`);
  out.push(`- Regions: ${p.regions.join(', ')}`);
  out.push(`- API calls: ${p.apiCalls} (${p.retriedCalls} retried, ${p.retryAttempts} retry attempts)`);
  out.push(`- Stale after: a rule's frequency (24 h if none) plus ${p.staleAfterHours} h`);
  out.push(`- Tool: ${p.tool} ${p.toolVersion}, ${p.sdk}, report schema ${report.schemaVersion}`);
  if (p.exceptionsRegister) out.push(`- Exceptions register: ${p.exceptionsRegister}`);
  out.push('');
  out.push('Raw AWS Config responses are in `raw/` beside this file; `MANIFEST.sha256` lists the SHA-256 of every file produced.', '');
  return out.join('\n');
}
