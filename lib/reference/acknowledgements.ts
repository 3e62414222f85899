import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ReportedFinding } from '../checks/validation-report';
import { BackupCopyStack } from './backup-copy-stack';
import { PracticeStack } from './practice-stack';

/** One acknowledged finding of the reference architecture: where, which rule ids, and why. */
export interface ReferenceAcknowledgement {
  /** Namespaced rule ids (`<Plugin>::<RuleId>`), as the validation report names them. */
  readonly ids: readonly string[];
  /** The compensating control or AWS limit. */
  readonly reason: string;
  /** The constructs it applies to (the construct and everything below it). */
  readonly on: (p: { practice: PracticeStack; backupCopy: BackupCopyStack }) => (IConstruct | undefined)[];
}

/**
 * Every finding the reference architecture acknowledges itself, beyond what its constructs acknowledge on their own
 * resources (AWS limits such as SSE-S3-only log delivery, AWS-maintained service-role policies, the public front door;
 * each construct's doc page lists them). Empty: with the constructs' defaults, the practice needs no acknowledgement of
 * its own under DermaShieldChecks, cdk-nag's HIPAA Security, NIST 800-53 R5 and AWS Solutions packs and AWS Control
 * Tower's proactive controls. A practice-level exception (a decision only the practice can make) belongs here, with its reason.
 */
export const REFERENCE_ACKNOWLEDGEMENTS: readonly ReferenceAcknowledgement[] = [];

/** Apply {@link REFERENCE_ACKNOWLEDGEMENTS} to one practice's stacks. */
export function acknowledgeReferenceFindings(stacks: { practice: PracticeStack; backupCopy: BackupCopyStack }): void {
  for (const ack of REFERENCE_ACKNOWLEDGEMENTS) {
    for (const scope of ack.on(stacks)) {
      if (!scope) continue;
      Validations.of(scope).acknowledge(...ack.ids.map((id) => ({ id, reason: ack.reason })));
    }
  }
}

/**
 * The README table of acknowledgements, from what a synthesis actually reported: grouped by reason, with the rule
 * ids and where they apply (construct paths with the stack prefix removed).
 */
export function renderAcknowledgementTable(acks: readonly ReportedFinding[]): string {
  const groups = new Map<string, { ids: Set<string>; paths: Set<string> }>();
  for (const a of acks) {
    const reason = a.reason ?? '';
    const g = groups.get(reason) ?? { ids: new Set<string>(), paths: new Set<string>() };
    g.ids.add(`${a.plugin.replace(/ /g, '-')}::${a.ruleId}`);
    g.paths.add(a.path.replace(/^[^/]+\//, '').replace(/\/Resource$/, ''));
    groups.set(reason, g);
  }
  const esc = (x: string) => x.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = [...groups.entries()]
    .sort(([, a], [, b]) => [...a.ids][0].localeCompare([...b.ids][0]))
    .map(([reason, g]) => `| ${[...g.ids].sort().map((i) => `\`${esc(i)}\``).join('<br>')} | ${[...g.paths].sort().map(esc).join('<br>')} | ${esc(reason)} |`);
  return ['| rule id(s) | where | reason |', '| --- | --- | --- |', ...rows].join('\n');
}
