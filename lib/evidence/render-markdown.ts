import { pct, verdictLabel } from './render-html';
import { EvidenceReport } from './types';

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

/** The same report as Markdown (for a pull request, a wiki or a ticket). */
export function renderMarkdown(report: EvidenceReport): string {
  const p = report.provenance;
  const m = report.metrics;
  const out: string[] = [];
  out.push('# DermaShield encryption evidence', '');
  out.push(`**Verdict: ${report.overallVerdict}** (collection ${report.collectionStatus}, exit code ${report.exitCode})`, '');
  if (report.overallVerdict === 'INCOMPLETE') out.push('> INCOMPLETE: the collection did not finish; nothing here may be read as compliant.', '');
  out.push('## Scope and time of collection', '');
  out.push(`- Collected: ${p.startedAt} to ${p.finishedAt}`);
  out.push(`- Scope: ${p.mode}${p.scopeName ? ` ${p.scopeName}` : ''}`);
  out.push(`- Accounts: ${p.accounts.join(', ') || 'unknown'}`);
  out.push(`- Regions: ${p.regions.join(', ')}`);
  out.push(`- API calls: ${p.apiCalls} (${p.retriedCalls} retried)`);
  out.push(`- Healthy rules: ${p.healthyRules.join(', ') || 'none reported'}`);
  if (p.unhealthyRules.length) out.push(`- Unhealthy rules: ${p.unhealthyRules.join(', ')}`);
  out.push(`- Tool: ${p.tool} ${p.toolVersion}, ${p.sdk}, report schema ${report.schemaVersion}`);
  if (p.exceptionsRegister) out.push(`- Exceptions register: ${p.exceptionsRegister}`);
  out.push('');
  if (report.problems.length) {
    out.push('## Why the collection is incomplete', '');
    for (const x of report.problems) out.push(`- **${x.kind}**${x.operation ? ` (${x.operation})` : ''}: ${x.message}`);
    out.push('');
  }
  const inc = (complete: boolean): string => (complete ? '' : ' (incomplete)');
  out.push('## Coverage', '');
  out.push(table(['Metric', 'Value'], [
    ['PHI data stores with a customer-managed key', pct(m.phiDataStores.cmkEncrypted) + inc(m.phiDataStores.complete)],
    ['Encrypted listeners TLS 1.2+ only', pct(m.loadBalancerListeners.tls12Plus) + inc(m.loadBalancerListeners.complete)],
    ['Encrypted listeners offering TLS 1.3', pct(m.loadBalancerListeners.tls13) + inc(m.loadBalancerListeners.complete)],
    ['Plaintext listeners', String(m.loadBalancerListeners.plaintext)],
    ['Customer-managed keys rotating', pct(m.kmsKeyRotation.rotationEnabled) + inc(m.kmsKeyRotation.complete)],
    ['Backup vaults on a customer-managed key', pct(m.backupVaults.encryptedWithCmk) + inc(m.backupVaults.complete)],
    ['Backup vaults locked', pct(m.backupVaults.locked) + inc(m.backupVaults.complete)],
    ['Client VPN endpoints logging', pct(m.clientVpnLogging.loggingEnabled) + inc(m.clientVpnLogging.complete)],
    ['Unresolved exceptions', String(report.exceptions.filter((e) => e.status === 'unresolved').length)],
    ['Resources compliant / non-compliant / not evaluated', `${report.overall.compliant} / ${report.overall.nonCompliant} / ${report.overall.insufficientData}`],
  ]));
  out.push('## Compliance by control', '');
  out.push(table(
    ['Control', 'Title', 'HIPAA', 'Verdict', 'Compliant', 'Non-compliant', 'Excepted', 'Not evaluated', 'N/A', 'Config rules'],
    report.controls.map((c) => [
      c.id, c.title, c.citations.join(', '), verdictLabel(c.verdict), c.counts.compliant, c.counts.nonCompliant - c.counts.excepted,
      c.counts.excepted, c.counts.insufficientData, c.counts.notApplicable,
      c.configRules.map((r) => (r.missing ? `${r.identifier} (MISSING)` : `${r.identifier}: ${r.ruleNames.join(', ')}`)).join('; ') || '-',
    ]),
  ));
  out.push('## Exceptions register', '');
  out.push(table(
    ['Status', 'Control', 'Resource', 'Reason', 'Compensating control', 'Owner', 'Expiry', 'Days open'],
    report.exceptions.map((e) => [
      e.status + (e.daysExpired !== undefined ? ` (expired ${e.daysExpired} d)` : ''), e.control, e.resource, e.reason,
      e.compensatingControl, e.owner, e.expiry, e.daysOpen ?? 'unknown',
    ]),
  ));
  out.push('## Resources by control', '');
  for (const c of report.controls) {
    if (c.verdict === 'NO_CONFIG_RULE') continue;
    out.push(`### ${c.id} ${c.title}: ${verdictLabel(c.verdict)}`, '');
    out.push(`HIPAA ${c.citations.join(', ')}. ${c.guidance}`, '');
    for (const r of c.configRules) if (r.caveat) out.push(`> ${r.identifier}: ${r.caveat}`, '');
    for (const n of c.notes) out.push(`- ${n}`);
    if (c.notes.length) out.push('');
    out.push(table(
      ['Status', 'Type', 'Resource', 'Account', 'Region', 'Rules', 'Notes'],
      c.resources.map((r) => [
        r.status, r.resourceType, r.resourceId, r.accountId, r.region,
        r.rules.map((x) => `${x.ruleName}: ${x.compliance}${x.annotation ? ` (${x.annotation})` : ''}`).join('; '),
        [r.note, r.exception ? `exception ${r.exception.status}: ${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expiry})` : undefined].filter(Boolean).join('; '),
      ]),
    ));
  }
  out.push('## PHI data stores', '');
  out.push(table(['Key', 'Type', 'Resource', 'Account', 'Region', 'Detail'], m.phiDataStores.resources.map((d) => [d.keyClass, d.resourceType, d.resourceId, d.accountId, d.region, d.detail])));
  out.push('## Load balancer listeners', '');
  out.push(table(['Grade', 'Protocol', 'Port', 'Policy', 'Listener', 'Account', 'Region'], m.loadBalancerListeners.listeners.map((l) => [l.grade, l.protocol, l.port ?? '', l.sslPolicy ?? '-', l.resourceId, l.accountId, l.region])));
  out.push('## KMS keys', '');
  out.push(table(['Rotation', 'Key', 'Account', 'Region'], m.kmsKeyRotation.keys.map((k) => [k.rotation === null ? 'not recorded' : k.rotation ? 'enabled' : 'DISABLED', k.keyId, k.accountId, k.region])));
  out.push('## Backup vaults', '');
  out.push(table(['Vault', 'Key', 'Locked', 'Account', 'Region'], m.backupVaults.vaults.map((v) => [v.name, v.keyClass, v.locked === null ? 'not recorded' : v.locked ? 'yes' : 'NO', v.accountId, v.region])));
  out.push('## Client VPN endpoints', '');
  out.push(table(['Endpoint', 'Connection logging', 'Account', 'Region'], m.clientVpnLogging.endpoints.map((e) => [e.id, e.logging === null ? 'not recorded' : e.logging ? 'enabled' : 'DISABLED', e.accountId, e.region])));
  out.push('Raw AWS Config responses are in `raw/` beside this file; `MANIFEST.sha256` lists the SHA-256 of every file produced.', '');
  return out.join('\n');
}
