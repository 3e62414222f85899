import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { explainError, FailureKind } from './client';
import { GUARD_KEY_JOIN_TYPES, guardControlId, guardIdentifierOf, guardRuleName, isGuardIdentifier } from './guard';
import { nameKeysByAlias } from './metrics';
import { readerFor, ScopeReader, selectKeyAliases, selectType } from './readers';
import { Collection, CollectedRule, ComplianceState, RecordedResource, ScopeMode } from './types';

/** A failure that stops the collection before any evidence can be read (credentials, Region, Config not enabled). */
export class EvidenceCollectionError extends Error {
  constructor(public readonly kind: FailureKind, message: string) {
    super(message);
    this.name = 'EvidenceCollectionError';
  }
}

const FATAL: ReadonlySet<FailureKind> = new Set(['credentials', 'region', 'not-enabled', 'not-found']);

/** Resource types whose recorded configuration feeds the computed metrics. */
export const METRIC_RESOURCE_TYPES: readonly string[] = Object.freeze([
  'AWS::KMS::Key',
  'AWS::S3::Bucket',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::DynamoDB::Table',
  'AWS::EFS::FileSystem',
  'AWS::EC2::Volume',
  'AWS::Backup::BackupVault',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::EC2::ClientVpnEndpoint',
]);

/** Resource types read with their configuration: the metric types and those a custom policy rule's key join reads. */
export const CONFIGURATION_TYPES: readonly string[] = Object.freeze([...new Set([...METRIC_RESOURCE_TYPES, ...GUARD_KEY_JOIN_TYPES])]);

/** Rules per DescribeComplianceByConfigRule / DescribeConfigRuleEvaluationStatus call (the API's maximum). */
export const RULE_BATCH = 25;

/**
 * Calls in flight at once for the per-rule and per-type phases. Config's read APIs allow a few calls per second
 * per account; the SDK's adaptive rate limiter paces all of them together, so more would only queue.
 */
export const CONCURRENCY = 4;

/** What to collect: the catalog's managed rule identifiers and the resource types they evaluate. */
export interface CollectRequest {
  readonly mode: ScopeMode;
  readonly scopeName?: string;
  readonly region: string;
  /** Managed rule identifiers the catalog names, and `CUSTOM_POLICY:<control id>` for its custom policy rules. */
  readonly identifiers: readonly string[];
  /** Resource types to inventory (catalog rule scopes); the metric types are always read. */
  readonly resourceTypes: readonly string[];
  /** Results per page asked of the API. @default 100 */
  readonly pageSize?: number;
  readonly progress?: (event: { readonly phase: string; readonly done: number; readonly total: number }) => void;
}

/** What a reader needs from the collection in progress. */
export interface CollectContext {
  readonly client: ConfigServiceClient;
  readonly req: CollectRequest;
  readonly c: Collection;
  readonly pageSize: number;
  /** Record a failed call; throws for fatal failures (credentials, Region, Config off, unknown scope). */
  fail(err: unknown, operation: string, subject: string, about?: { rule?: string; resourceType?: string }): void;
  /** The catalog identifier a deployed rule name stands for, if any. */
  identify(name: string): string | undefined;
  /** Rule names listed by DescribeConfigRules -> what was listed about them. */
  readonly listed: Map<string, ListedRule>;
}

export interface ListedRule {
  /** Managed identifier, or `CUSTOM_POLICY:<control id>` for a catalog custom policy rule. */
  readonly identifier: string;
  readonly arn?: string;
  readonly scope?: CollectedRule['scope'];
  readonly maximumFrequency?: string;
}

/** Read everything the report needs from AWS Config. Throws {@link EvidenceCollectionError} only for fatal setup problems. */
export async function collect(client: ConfigServiceClient, req: CollectRequest): Promise<Collection> {
  const c: Collection = {
    mode: req.mode,
    ...(req.scopeName ? { scopeName: req.scopeName } : {}),
    startedAt: new Date().toISOString(),
    finishedAt: '',
    region: req.region,
    rules: [],
    missingIdentifiers: [],
    evaluations: [],
    resources: [],
    completeResourceTypes: [],
    sources: [],
    problems: [],
    calls: 0,
    retriedCalls: 0,
    retryAttempts: 0,
  };
  const wanted = new Set(req.identifiers);
  const listed = new Map<string, ListedRule>();
  let rulesListed = true;
  const ctx: CollectContext = {
    client, req, c, listed, pageSize: req.pageSize ?? 100,
    fail(err, operation, subject, about = {}) {
      const { kind, message } = explainError(err, operation, req.region);
      if (FATAL.has(kind)) throw new EvidenceCollectionError(kind, message);
      c.problems.push({ kind, operation, message: `${subject}: ${message}`, subject, cause: message, ...about });
    },
    identify(name) {
      const known = listed.get(name)?.identifier;
      if (known !== undefined) return wanted.has(known) ? known : undefined;
      // Rules deployed in other accounts (aggregator) or not listable: fall back to the naming convention
      // (lower-case identifier with hyphens, optionally with a prefix or suffix). The longest identifier wins.
      if (req.mode !== 'aggregator' && rulesListed) return undefined;
      return identifierFromName(name, req.identifiers);
    },
  };
  const reader: ScopeReader = readerFor(req.mode);

  // 1. Is Config on (recorder, or aggregator sources)?
  await reader.sources(ctx);

  // 2. Deployed rule names -> managed rule identifiers, scopes and frequencies.
  rulesListed = await reader.listRules(ctx);

  // 3. Rule-level compliance, per scope; 4. rule health.
  await reader.ruleCompliance(ctx);
  await reader.ruleHealth(ctx);

  const present = new Set(c.rules.map((r) => r.identifier));
  for (const id of req.identifiers) {
    if (present.has(id)) continue;
    c.missingIdentifiers.push(id);
    if (isGuardIdentifier(id)) {
      const control = guardControlId(id);
      c.problems.push({
        kind: 'rule-missing', identifier: id, subject: `${control} custom policy rule`, cause: 'no deployed custom policy (Guard) rule for this control',
        message: `No deployed AWS Config custom policy (Guard) rule for ${control} (expected e.g. ${guardRuleName(control)}) in ${reader.describe(req)}`,
      });
    } else {
      c.problems.push({ kind: 'rule-missing', identifier: id, subject: id, cause: 'no deployed Config rule with this managed identifier', message: `No deployed Config rule with managed identifier ${id} in ${reader.describe(req)}` });
    }
  }

  // 5. Per-resource evaluations; 6. recorded configuration by type (Config SQL has no JOIN: joins happen in code).
  const types = unique([...METRIC_RESOURCE_TYPES, ...req.resourceTypes]);
  const total = c.rules.length + types.length;
  let done = 0;
  const tick = (phase: string): void => req.progress?.({ phase, done: ++done, total });
  await pool(c.rules, CONCURRENCY, async (rule) => {
    await reader.evaluations(ctx, rule);
    tick(`evaluations ${rule.name}`);
  });
  await pool(types, CONCURRENCY, async (type) => {
    await selectType(ctx, reader, type, CONFIGURATION_TYPES.includes(type));
    tick(`configuration ${type}`);
  });
  // 7. Key aliases, only to name the keys (the AWS::KMS::Key item has no alias): never a problem, never a verdict.
  if (c.resources.some((r) => r.resourceType === 'AWS::KMS::Key')) nameKeysByAlias(c.resources, await selectKeyAliases(ctx, reader));
  // Pages arrive concurrently: keep the report's order stable.
  c.evaluations.sort((a, b) => cmp(a.ruleName, b.ruleName) || cmp(a.resourceType, b.resourceType) || cmp(a.resourceId, b.resourceId));
  c.resources.sort((a, b) => cmp(a.resourceType, b.resourceType) || cmp(a.accountId, b.accountId) || cmp(a.region, b.region) || cmp(a.resourceId, b.resourceId));
  c.completeResourceTypes.sort();
  c.finishedAt = new Date().toISOString();
  return c;
}

/**
 * Ask about rules in batches of {@link RULE_BATCH}. A rule deleted between listing and asking makes Config reject the
 * whole batch (NoSuchConfigRuleException): the batch is asked again without it, so only that rule is incomplete.
 */
export async function askInBatches(
  ctx: CollectContext,
  operation: string,
  rules: readonly CollectedRule[],
  ask: (batch: readonly CollectedRule[]) => Promise<void>,
): Promise<void> {
  const attempt = async (batch: readonly CollectedRule[]): Promise<void> => {
    if (batch.length === 0) return;
    try {
      await ask(batch);
    } catch (err) {
      const e = err as { name?: string; message?: string };
      if (e?.name !== 'NoSuchConfigRuleException') {
        for (const r of batch) r.complete = false;
        ctx.fail(err, operation, `${operation === 'DescribeComplianceByConfigRule' ? 'Compliance' : 'Health'} of ${batch.map((r) => r.name).join(', ')}`);
        return;
      }
      const gone = batch.find((r) => (e.message ?? '').includes(`'${r.name}'`));
      if (gone) {
        markDeleted(ctx, gone, operation);
        await attempt(batch.filter((r) => r !== gone));
      } else if (batch.length === 1) {
        markDeleted(ctx, batch[0], operation);
      } else {
        // Config did not say which rule: ask one at a time.
        for (const r of batch) await attempt([r]);
      }
    }
  };
  for (const batch of chunks(rules, RULE_BATCH)) await attempt(batch);
}

/** A rule that no longer exists: its control is incomplete, no other. */
export function markDeleted(ctx: CollectContext, rule: CollectedRule, operation: string): void {
  if (rule.deleted) return;
  rule.deleted = true;
  rule.complete = false;
  ctx.c.problems.push({
    kind: 'rule-missing', operation, rule: rule.name, cause: 'deleted during the collection',
    message: `Config rule ${rule.name} was deleted during the collection (NoSuchConfigRuleException): it provides no evidence`,
  });
}

/** Map a rule name to a catalog identifier by naming convention; the longest identifier that fits wins. */
export function identifierFromName(name: string, identifiers: readonly string[]): string | undefined {
  const custom = guardIdentifierOf(name, undefined, identifiers);
  if (custom) return custom;
  const n = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  let best: string | undefined;
  for (const id of identifiers) {
    if (isGuardIdentifier(id)) continue;
    const fits = n === id || n.startsWith(`${id}_`) || n.endsWith(`_${id}`) || n.includes(`_${id}_`);
    if (fits && (best === undefined || id.length > best.length)) best = id;
  }
  return best;
}

export function asCompliance(value: string | undefined): ComplianceState {
  return value === 'COMPLIANT' || value === 'NON_COMPLIANT' || value === 'NOT_APPLICABLE' ? value : 'INSUFFICIENT_DATA';
}

/** The account id inside an ARN (`arn:partition:service:region:account:...`). */
export function accountFromArn(arn: string | undefined): string | undefined {
  const parts = arn?.split(':');
  return parts && parts.length > 5 && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/** One row of Config's SQL API as a recorded resource (undefined for a row without id or type). */
export function parseRow(row: string, defaultRegion: string): RecordedResource | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(row) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const resourceId = typeof doc.resourceId === 'string' ? doc.resourceId : undefined;
  const resourceType = typeof doc.resourceType === 'string' ? doc.resourceType : undefined;
  if (!resourceId || !resourceType) return undefined;
  const arn = typeof doc.arn === 'string' ? doc.arn : undefined;
  const tags = tagsOf(doc.tags);
  const name = typeof doc.resourceName === 'string' && doc.resourceName !== '' ? doc.resourceName : tags.Name;
  return {
    accountId: typeof doc.accountId === 'string' ? doc.accountId : accountFromArn(arn) ?? '',
    region: typeof doc.awsRegion === 'string' ? doc.awsRegion : defaultRegion,
    resourceType,
    resourceId,
    ...(name ? { resourceName: name } : {}),
    ...(arn ? { arn } : {}),
    configuration: objectOf(doc.configuration),
    supplementaryConfiguration: Object.fromEntries(
      Object.entries(objectOf(doc.supplementaryConfiguration)).map(([k, v]) => [k, maybeJson(v)]),
    ),
    tags,
    ...(typeof doc.configurationItemCaptureTime === 'string' ? { capturedAt: doc.configurationItemCaptureTime } : {}),
  };
}

/** Config SQL returns tags as `[{ key, value }]`; accept a plain map too. */
function tagsOf(v: unknown): Record<string, string> {
  const parsed = maybeJson(v);
  const out: Record<string, string> = {};
  if (Array.isArray(parsed)) {
    for (const t of parsed) {
      const o = (t ?? {}) as Record<string, unknown>;
      const key = o.key ?? o.Key;
      if (typeof key === 'string') out[key] = String(o.value ?? o.Value ?? '');
    }
  } else if (parsed && typeof parsed === 'object') {
    for (const [k, val] of Object.entries(parsed)) out[k] = String(val);
  }
  return out;
}

function objectOf(v: unknown): Record<string, unknown> {
  const parsed = maybeJson(v);
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

/** Config stores some values (S3 supplementary configuration) as JSON text. */
function maybeJson(v: unknown): unknown {
  if (typeof v === 'string' && /^\s*[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Run `fn` over `items`, at most `limit` at a time. */
export async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
