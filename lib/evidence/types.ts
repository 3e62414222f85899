/**
 * The evidence report's data model. `evidence-report.json` is exactly an {@link EvidenceReport} serialized with
 * `JSON.stringify`; its JSON Schema is in `schema.ts` and versioned by {@link EvidenceReport.schemaVersion}.
 */

/** A Config evaluation result for one resource. INSUFFICIENT_DATA and NOT_APPLICABLE are never compliant. */
export type ComplianceState = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE' | 'INSUFFICIENT_DATA';

/** Where the evidence was read from. */
export type ScopeMode = 'account' | 'conformance-pack' | 'aggregator';

/** A problem that makes the collection incomplete (exit code 2). */
export interface CollectionProblem {
  /** `throttled`, `access-denied`, `server-error`, `rule-missing`, `rule-unhealthy`, `not-recording`, `source-failed`, `error`. */
  readonly kind: string;
  /** The Config API operation, when the problem came from a call. */
  readonly operation?: string;
  /** What could not be collected, in plain words. */
  readonly message: string;
}

/** One deployed Config rule the catalog asks for. */
export interface CollectedRule {
  /** The deployed rule name (differs from the managed rule identifier). */
  readonly name: string;
  /** The managed rule identifier (`Source.SourceIdentifier`). */
  readonly identifier: string;
  readonly arn?: string;
  /** Set in aggregator mode: the member account and Region this rule lives in. */
  readonly accountId?: string;
  readonly region?: string;
  /** Rule-level compliance from DescribeComplianceByConfigRule (or the pack / aggregate equivalent). */
  compliance?: string;
  /** Last successful evaluation (DescribeConfigRuleEvaluationStatus), ISO 8601. */
  lastSuccessfulEvaluation?: string;
  /** Last error code and message reported by Config for this rule, if any. */
  lastError?: string;
  /** True when Config evaluated the rule successfully at least once and reports no later error. */
  healthy?: boolean;
  /** True when every page of every call about this rule was read. */
  complete: boolean;
}

/** One per-resource evaluation of one rule. */
export interface RuleEvaluation {
  readonly ruleName: string;
  readonly identifier: string;
  readonly accountId: string;
  readonly region: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly compliance: ComplianceState;
  readonly annotation?: string;
  readonly recordedAt?: string;
}

/** A resource as recorded by AWS Config (from SelectResourceConfig / SelectAggregateResourceConfig). */
export interface RecordedResource {
  readonly accountId: string;
  readonly region: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly arn?: string;
  readonly configuration: Record<string, unknown>;
  readonly supplementaryConfiguration: Record<string, unknown>;
}

/** Everything read from AWS Config, before any judgement. */
export interface Collection {
  readonly mode: ScopeMode;
  /** Conformance pack or aggregator name. */
  readonly scopeName?: string;
  readonly startedAt: string;
  finishedAt: string;
  /** Region the client talked to. */
  readonly region: string;
  readonly rules: CollectedRule[];
  /** Catalog identifiers with no deployed rule in scope. */
  readonly missingIdentifiers: string[];
  readonly evaluations: RuleEvaluation[];
  readonly resources: RecordedResource[];
  /** Resource types whose recorded configuration was read completely. */
  readonly completeResourceTypes: string[];
  /** Configuration recorders (account mode) or aggregator sources (aggregator mode). */
  readonly sources: SourceStatus[];
  readonly problems: CollectionProblem[];
  /** Number of logical API calls (pages) made and how many needed retries. */
  calls: number;
  retriedCalls: number;
}

/** A configuration recorder or an aggregator source account/Region. */
export interface SourceStatus {
  readonly name: string;
  readonly accountId?: string;
  readonly region?: string;
  readonly recording?: boolean;
  readonly lastStatus?: string;
  readonly lastError?: string;
}

/** One register entry (see docs/evidence-cli.md "Exceptions register"). */
export interface ExceptionEntry {
  /** Config resource id, resource name or ARN. */
  readonly resource: string;
  /** Catalog control id, e.g. `DS-S3-1`. */
  readonly control: string;
  readonly reason: string;
  readonly compensatingControl: string;
  readonly owner: string;
  /** ISO date the exception was accepted (for "days open"). */
  readonly opened?: string;
  /** ISO date after which the exception is no longer accepted. */
  readonly expiry: string;
}

/** An exception as judged at collection time. */
export interface ExceptionResult extends ExceptionEntry {
  /** `accepted` (in date), `unresolved` (expired) or `unused` (no non-compliant resource matched it). */
  readonly status: 'accepted' | 'unresolved' | 'unused';
  /** Whole days since `opened`, when known. */
  readonly daysOpen?: number;
  /** Whole days past expiry (unresolved only). */
  readonly daysExpired?: number;
  /** Resources it matched in this collection, `type/id`. */
  readonly matchedResources: string[];
}

/** A control's verdict. Exit code: any INCOMPLETE / NOT_EVALUATED -> 2, else any NON_COMPLIANT -> 1, else 0. */
export type ControlVerdict =
  | 'COMPLIANT'
  | 'COMPLIANT_WITH_EXCEPTIONS'
  | 'NON_COMPLIANT'
  | 'NOT_EVALUATED'
  | 'INCOMPLETE'
  | 'NO_RESOURCES'
  | 'NO_CONFIG_RULE';

/** Resource counts. `excepted` are NON_COMPLIANT resources covered by an in-date exception (also in nonCompliant). */
export interface Counts {
  total: number;
  compliant: number;
  nonCompliant: number;
  notApplicable: number;
  insufficientData: number;
  excepted: number;
}

/** One resource's standing for one control (the worst of the control's rules). */
export interface ResourceResult {
  readonly accountId: string;
  readonly region: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  status: ComplianceState;
  readonly rules: { readonly ruleName: string; readonly compliance: ComplianceState; readonly annotation?: string }[];
  /** Why DermaShield judged differently from the Config rule (e.g. the rule passes an AWS-managed key). */
  note?: string;
  exception?: { readonly reason: string; readonly owner: string; readonly expiry: string; readonly status: 'accepted' | 'unresolved' };
}

export interface ControlResult {
  readonly id: string;
  readonly title: string;
  readonly citations: readonly string[];
  readonly guidance: string;
  readonly configRules: {
    readonly identifier: string;
    readonly ruleNames: string[];
    readonly missing: boolean;
    readonly caveat?: string;
  }[];
  readonly verdict: ControlVerdict;
  readonly complete: boolean;
  readonly counts: Counts;
  readonly resources: ResourceResult[];
  readonly notes: string[];
}

/** A percentage metric: `percent` is null when the denominator is 0. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null;
}

export type KeyClass = 'customer-managed' | 'aws-managed' | 'sse-s3' | 'unencrypted' | 'unknown';

export interface DataStoreResult {
  readonly accountId: string;
  readonly region: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly keyId?: string;
  readonly keyClass: KeyClass;
  readonly detail: string;
}

export interface ListenerResult {
  readonly accountId: string;
  readonly region: string;
  readonly resourceId: string;
  readonly protocol: string;
  readonly port?: number;
  readonly sslPolicy?: string;
  /** `tls13`, `tls12`, `legacy` (allows < 1.2), `plaintext`, `unknown-policy`. */
  readonly grade: 'tls13' | 'tls12' | 'legacy' | 'plaintext' | 'unknown-policy';
}

/** Metrics computed from recorded configuration (Config's SQL API), joined in code. */
export interface ComputedMetrics {
  readonly phiDataStores: {
    readonly cmkEncrypted: Ratio;
    readonly byClass: Record<KeyClass, number>;
    readonly complete: boolean;
    readonly resources: DataStoreResult[];
  };
  readonly loadBalancerListeners: {
    /** Encrypted listeners (HTTPS/TLS) whose policy allows only TLS 1.2 or newer, over all encrypted listeners. */
    readonly tls12Plus: Ratio;
    /** Encrypted listeners whose policy negotiates TLS 1.3, over all encrypted listeners. */
    readonly tls13: Ratio;
    readonly plaintext: number;
    readonly complete: boolean;
    readonly listeners: ListenerResult[];
  };
  readonly kmsKeyRotation: {
    /** Enabled symmetric customer-managed keys with automatic rotation, over all such keys. */
    readonly rotationEnabled: Ratio;
    readonly complete: boolean;
    readonly keys: { readonly accountId: string; readonly region: string; readonly keyId: string; readonly rotation: boolean | null }[];
  };
  readonly backupVaults: {
    readonly encryptedWithCmk: Ratio;
    /** Vaults with Backup Vault Lock recorded, over all vaults (lock state unknown counts as not locked). */
    readonly locked: Ratio;
    readonly complete: boolean;
    readonly vaults: { readonly accountId: string; readonly region: string; readonly name: string; readonly keyClass: KeyClass; readonly locked: boolean | null }[];
  };
  readonly clientVpnLogging: {
    readonly loggingEnabled: Ratio;
    readonly complete: boolean;
    readonly endpoints: { readonly accountId: string; readonly region: string; readonly id: string; readonly logging: boolean | null }[];
  };
}

/** The whole report, as written to `evidence-report.json`. */
export interface EvidenceReport {
  /** Semantic version of this JSON shape; see `EVIDENCE_SCHEMA_VERSION`. */
  readonly schemaVersion: string;
  /** `COMPLETE` only when every call succeeded, every catalog rule exists and was evaluated. */
  readonly collectionStatus: 'COMPLETE' | 'INCOMPLETE';
  /** The overall verdict; never COMPLIANT when the collection is incomplete. */
  readonly overallVerdict: 'COMPLIANT' | 'NON_COMPLIANT' | 'INCOMPLETE';
  readonly exitCode: 0 | 1 | 2;
  readonly provenance: {
    readonly tool: string;
    readonly toolVersion: string;
    readonly sdk: string;
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly mode: ScopeMode;
    readonly scopeName?: string;
    readonly clientRegion: string;
    readonly accounts: string[];
    readonly regions: string[];
    readonly healthyRules: string[];
    readonly unhealthyRules: string[];
    readonly sources: SourceStatus[];
    readonly apiCalls: number;
    readonly retriedCalls: number;
    readonly exceptionsRegister?: string;
  };
  readonly problems: CollectionProblem[];
  readonly overall: Counts & { readonly controlsByVerdict: Record<ControlVerdict, number> };
  readonly controls: ControlResult[];
  readonly metrics: ComputedMetrics;
  readonly exceptions: ExceptionResult[];
}
