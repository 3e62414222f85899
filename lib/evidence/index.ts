/**
 * The evidence CLI's library: collect AWS Config results for the control catalog, compute coverage metrics,
 * and render an auditor-ready HTML / Markdown / JSON report with raw responses and a SHA-256 manifest.
 *
 * Only distinctively named members are re-exported here (lib/index.ts re-exports this module with `export *`);
 * the building blocks are importable from their own modules under lib/evidence/.
 */
export type {
  EvidenceReport,
  ControlResult as EvidenceControlResult,
  ControlVerdict as EvidenceControlVerdict,
  ExceptionEntry as EvidenceExceptionEntry,
  ComputedMetrics as EvidenceMetrics,
} from './types';
export { EvidenceCollectionError } from './collect';
export { ExceptionsRegisterError, parseExceptionsRegister, EXCEPTIONS_REGISTER_VERSION } from './exceptions';
export { buildReport as buildEvidenceReport, EVIDENCE_SCHEMA_VERSION } from './report';
export { renderHtml as renderEvidenceHtml } from './render-html';
export { renderMarkdown as renderEvidenceMarkdown } from './render-markdown';
export { EVIDENCE_REPORT_SCHEMA } from './schema';
export { runEvidence } from './run';
export type { EvidenceRunOptions, EvidenceRunResult, ReportFormat as EvidenceReportFormat } from './run';
export { main as evidenceCliMain, USAGE as EVIDENCE_CLI_USAGE } from './cli';
export type { CliIo as EvidenceCliIo } from './cli';
