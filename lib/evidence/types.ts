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
  /** What could not be collected, in plain words (`subject: cause`). */
  readonly message: string;
  /** What could not be read (e.g. `Evaluations of rule s3-encryption`), when the problem came from a call. */
  readonly subject?: string;
  /** Why, without the subject: identical causes on many subjects are reported once. */
  readonly cause?: string;
  /** The deployed rule the problem is about, if one. */
  readonly rule?: string;
  /** The catalog's managed rule identifier the problem is about, if one. */
  readonly identifier?: string;
  /** The resource type whose recorded configuration could not be read, if that. */
  readonly resourceType?: string;
}

/** A rule's scope as deployed (DescribeConfigRules `Scope`). */
export interface RuleScope {
  readonly resourceTypes?: string[];
  readonly tagKey?: string;
  readonly tagValue?: string;
  readonly resourceId?: string;
}

/** One deployed Config rule the catalog asks for. */
export interface CollectedRule {
  /** The deployed rule name (differs from the managed rule identifier). */
  readonly name: string;
  /**
   * The managed rule identifier (`Source.SourceIdentifier`), or `CUSTOM_POLICY:<control id>` for a catalog custom
   * policy (Guard) rule (`Source.Owner: CUSTOM_POLICY`, which has no identifier).
   */
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
  /** The deployed scope (types, tag, resource id), when DescribeConfigRules listed the rule. */
  scope?: RuleScope;
  /** `MaximumExecutionFrequency` of a periodic rule (e.g. `TwentyFour_Hours`). */
  maximumFrequency?: string;
  /** True when the rule disappeared between listing and asking (NoSuchConfigRuleException). */
  deleted?: boolean;
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
  /** Recorded tags (key -> value); empty when none were recorded. */
  readonly tags: Record<string, string>;
  /** `configurationItemCaptureTime`, ISO 8601. */
  readonly capturedAt?: string;
  /** KMS keys: the names of the recorded `AWS::KMS::Alias` items targeting this key, sorted. Names only, never judged. */
  readonly aliases?: readonly string[];
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
  /** Catalog identifiers (and `CUSTOM_POLICY:<control id>` keys) with no deployed rule in scope. */
  readonly missingIdentifiers: string[];
  readonly evaluations: RuleEvaluation[];
  readonly resources: RecordedResource[];
  /** Resource types whose recorded configuration was read completely. */
  readonly completeResourceTypes: string[];
  /** Configuration recorders (account mode) or aggregator sources (aggregator mode). */
  readonly sources: SourceStatus[];
  readonly problems: CollectionProblem[];
  /** Number of logical API calls (pages) made, how many needed retries, and the retry attempts in all. */
  calls: number;
  retriedCalls: number;
  retryAttempts: number;
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
  readonly status: ComplianceState;
  /** Each finding that went into `status`: a rule's result, an inferred one, or the recorded configuration's. */
  readonly rules: readonly ResourceFinding[];
  /** Key class read from the recorded configuration, for controls a managed rule cannot decide alone. */
  readonly keyClass?: KeyClass;
  /** Why DermaShield judged differently from the Config rule (e.g. the rule passes an AWS-managed key). */
  readonly note?: string;
  readonly exception?: { readonly reason: string; readonly owner: string; readonly expiry: string; readonly status: 'accepted' | 'unresolved' };
}

/** One input to a resource's standing for a control. */
export interface ResourceFinding {
  /** The deployed rule, or `recorded configuration` for a judgement made from the configuration item. */
  readonly ruleName: string;
  readonly compliance: ComplianceState;
  readonly annotation?: string;
  /** `rule` (served by Config), `scope` (inferred from the rule's scope), `record` (recorded configuration). */
  readonly source: 'rule' | 'scope' | 'record';
  /** The kind of Config rule behind a `rule` or `scope` finding: an AWS managed rule or a custom policy (Guard) rule. */
  readonly ruleKind?: RuleKind;
}

/** An AWS managed rule (`Source.Owner: AWS`) or a custom policy rule running a Guard policy (`CUSTOM_POLICY`). */
export type RuleKind = 'managed' | 'custom-guard';

/** Which kind of AWS Config rule evidences a control after deployment. */
export type EvidencedBy = 'managed' | 'custom-guard' | 'managed-and-custom-guard' | 'not-evidenced';

/** A deployed rule's freshness as shown beside its control. */
export interface RuleStatus {
  readonly name: string;
  readonly accountId?: string;
  readonly region?: string;
  /** ISO 8601; absent when Config reports none (never evaluated, or unknown through an aggregator). */
  readonly lastSuccessfulEvaluation?: string;
  readonly maximumFrequency?: string;
  /** Never evaluated successfully, or failed since its last success. */
  readonly healthy?: boolean;
  /** Last success older than the rule's frequency plus the staleness allowance. */
  readonly stale: boolean;
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
    /** What the managed rule cannot see and the recorded attribute that decided instead. */
    readonly decidedByRecord?: { readonly blindTo: string; readonly resourceType: string; readonly attribute: string };
    /** Each deployed rule with its last evaluation time. */
    readonly rules: RuleStatus[];
  }[];
  /** The control's custom policy (Guard) rule, when the catalog gives it one. */
  readonly guardPolicy?: {
    /** The rule name `PhiConfigRules` gives it with the default prefix, e.g. `dermashield-ds-s3-3`. */
    readonly expectedName: string;
    /** The deployed rules found for it (by description, or by the control id in the name). */
    readonly ruleNames: string[];
    readonly missing: boolean;
    readonly resourceTypes: readonly string[];
    /** True when its verdict decides the question the managed rules' caveats name (e.g. customer-managed key). */
    readonly decidesManagedRuleCaveat: boolean;
    /** What the configuration item cannot show the policy. */
    readonly caveat?: string;
    /** Recorded attribute joined to the recorded KMS key's keyManager, by resource type, where the policy cannot tell. */
    readonly keyJoin?: Readonly<Record<string, string>>;
    readonly rules: RuleStatus[];
  };
  /** Which kind of Config rule evidences the control; `not-evidenced` goes with verdict NO_CONFIG_RULE. */
  readonly evidencedBy: EvidencedBy;
  /** Why nothing in AWS Config evidences the control (verdict NO_CONFIG_RULE): the catalog's reason. */
  readonly notEvidencedReason?: string;
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
    /** Keys the rotation rule judged compliant, over all it judged applicable (from the control verdicts). */
    readonly rotationEnabled: Ratio;
    readonly complete: boolean;
    /** Keys the rotation rule judged (not-applicable ones left out), with the recorded rotation status. */
    readonly keys: { readonly accountId: string; readonly region: string; readonly keyId: string; readonly name?: string; readonly status: ComplianceState; readonly rotation: boolean | null }[];
  };
  readonly backupVaults: {
    /** Vaults whose verdict (from the recorded EncryptionKeyArn) is a customer-managed key, over all judged vaults. */
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

/** Control counts for the verdict line. */
export interface ReportSummary {
  /** One line a reader sees first, e.g. `Non-compliant: 2 controls non-compliant, ...`. */
  readonly headline: string;
  /** The state of the collection in exact words, e.g. `collection finished; 3 rules never evaluated`. */
  readonly collection: string;
  readonly controls: {
    /** COMPLIANT and COMPLIANT_WITH_EXCEPTIONS. */
    readonly compliant: number;
    readonly nonCompliant: number;
    /** INCOMPLETE and NOT_EVALUATED. */
    readonly incomplete: number;
    readonly noResources: number;
    /** NO_CONFIG_RULE: neither a managed nor a custom policy rule evidences it after deployment (reason per control). */
    readonly notEvidenced: number;
  };
}

export interface ProblemCause {
  readonly kind: string;
  readonly operation?: string;
  readonly cause: string;
  /** What it made unreadable (rules, resource types, ...). */
  readonly subjects: string[];
  /** Controls it made incomplete. */
  readonly controls: string[];
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
    /** Retry attempts in all (attempts beyond the first, summed over calls). */
    readonly retryAttempts: number;
    /** A rule is stale when its last success is older than its frequency (24 h when not periodic) plus this. */
    readonly staleAfterHours: number;
    readonly exceptionsRegister?: string;
  };
  readonly problems: CollectionProblem[];
  /** The verdict line, computed from the control verdicts. */
  readonly summary: ReportSummary;
  /** Problems grouped by identical cause, each stated once with what it affected. */
  readonly causes: ProblemCause[];
  readonly overall: Counts & { readonly controlsByVerdict: Record<ControlVerdict, number> };
  readonly controls: ControlResult[];
  readonly metrics: ComputedMetrics;
  readonly exceptions: ExceptionResult[];
}
