/**
 * One reader per scope: this account and Region, a conformance pack, or an aggregator. Each knows which Config
 * operations serve its scope; `collect()` runs the same steps over any of them.
 */
import {
  DescribeConfigurationRecorderStatusCommand,
  paginateDescribeAggregateComplianceByConfigRules,
  paginateDescribeComplianceByConfigRule,
  paginateDescribeConfigRuleEvaluationStatus,
  paginateDescribeConfigRules,
  paginateDescribeConfigurationAggregatorSourcesStatus,
  paginateDescribeConformancePackCompliance,
  paginateGetAggregateComplianceDetailsByConfigRule,
  paginateGetComplianceDetailsByConfigRule,
  paginateGetConformancePackComplianceDetails,
  paginateSelectAggregateResourceConfig,
  paginateSelectResourceConfig,
  ComplianceType,
} from '@aws-sdk/client-config-service';
import { accountFromArn, asCompliance, askInBatches, CollectContext, CollectRequest, EvidenceCollectionError, markDeleted, parseRow } from './collect';
import { guardIdentifierOf } from './guard';
import { CollectedRule, RecordedResource, ScopeMode } from './types';

/** One Config SQL query as a scope serves it: the operation and its pages. */
export interface SelectQuery {
  readonly operation: 'SelectResourceConfig' | 'SelectAggregateResourceConfig';
  readonly pages: AsyncIterable<{ Results?: string[] }>;
}

/** The steps of a collection, as one scope serves them. */
export interface ScopeReader {
  /** Words for the scope in messages: `Region us-east-1`, `conformance pack x`, `aggregator y`. */
  describe(req: CollectRequest): string;
  /** Recorder status (account, pack) or aggregator source status. */
  sources(ctx: CollectContext): Promise<void>;
  /** DescribeConfigRules: names -> identifiers, scopes, frequencies. False when the listing failed. */
  listRules(ctx: CollectContext): Promise<boolean>;
  /** The catalog's deployed rules in this scope, with rule-level compliance. */
  ruleCompliance(ctx: CollectContext): Promise<void>;
  /** Last successful evaluation of each rule (not available through an aggregator). */
  ruleHealth(ctx: CollectContext): Promise<void>;
  /** Per-resource results of one rule. */
  evaluations(ctx: CollectContext, rule: CollectedRule): Promise<void>;
  /** A Config SQL query in this scope (recorded configuration items: {@link selectType}, {@link selectKeyAliases}). */
  query(ctx: CollectContext, expression: string): SelectQuery;
}

type EvaluationRow = {
  ComplianceType?: string;
  Annotation?: string;
  ResultRecordedTime?: Date;
  EvaluationResultIdentifier?: { EvaluationResultQualifier?: { ResourceType?: string; ResourceId?: string } };
};

const DETAIL_TYPES: ComplianceType[] = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'];

function pushEvaluation(ctx: CollectContext, rule: CollectedRule, r: EvaluationRow, accountId: string, region: string): void {
  const q = r.EvaluationResultIdentifier?.EvaluationResultQualifier;
  if (!q?.ResourceType || !q.ResourceId) return;
  ctx.c.evaluations.push({
    ruleName: rule.name, identifier: rule.identifier, accountId, region,
    resourceType: q.ResourceType, resourceId: q.ResourceId,
    compliance: asCompliance(r.ComplianceType),
    ...(r.Annotation ? { annotation: r.Annotation } : {}),
    ...(r.ResultRecordedTime ? { recordedAt: r.ResultRecordedTime.toISOString() } : {}),
  });
}

/** Evaluations of one rule through one paginated operation; a deleted rule is marked so, any other failure recorded. */
async function readEvaluations(ctx: CollectContext, rule: CollectedRule, operation: string, pages: () => AsyncIterable<EvaluationRow[]>, account: (r: EvaluationRow) => [string, string]): Promise<void> {
  if (rule.deleted) return;
  try {
    for await (const rows of pages()) for (const r of rows) pushEvaluation(ctx, rule, r, ...account(r));
  } catch (err) {
    rule.complete = false;
    if ((err as { name?: string })?.name === 'NoSuchConfigRuleException') {
      markDeleted(ctx, rule, operation);
      return;
    }
    ctx.fail(err, operation, `Evaluations of rule ${rule.name}${rule.accountId ? ` (${rule.accountId} ${rule.region})` : ''}`, { rule: rule.name });
  }
}

function selectExpression(type: string, withConfiguration: boolean): string {
  return 'SELECT resourceId, resourceName, resourceType, arn, accountId, awsRegion, configurationItemCaptureTime, tags' +
    (withConfiguration ? ', configuration, supplementaryConfiguration' : '') +
    ` WHERE resourceType = '${type}'`;
}

async function readRows(ctx: CollectContext, query: SelectQuery, into: RecordedResource[]): Promise<void> {
  for await (const page of query.pages) {
    for (const row of page.Results ?? []) {
      const resource = parseRow(row, ctx.req.region);
      if (resource) into.push(resource);
    }
  }
}

/** Recorded configuration items of one resource type; a failed read is a problem, and the type stays incomplete. */
export async function selectType(ctx: CollectContext, reader: ScopeReader, type: string, withConfiguration: boolean): Promise<void> {
  const query = reader.query(ctx, selectExpression(type, withConfiguration));
  const found: RecordedResource[] = [];
  try {
    await readRows(ctx, query, found);
    ctx.c.completeResourceTypes.push(type);
  } catch (err) {
    ctx.fail(err, query.operation, `Recorded configuration of ${type}`, { resourceType: type });
  }
  ctx.c.resources.push(...found);
}

/**
 * The recorded `AWS::KMS::Alias` items, read only to name keys in the report. Names are presentation: a read that
 * fails (denied, throttled out) is never a problem and leaves the keys by id; the call is still kept in `raw/`.
 */
export async function selectKeyAliases(ctx: CollectContext, reader: ScopeReader): Promise<RecordedResource[]> {
  const found: RecordedResource[] = [];
  try {
    await readRows(ctx, reader.query(ctx, selectExpression('AWS::KMS::Alias', true)), found);
  } catch {
    // Keys keep their ids; the aliases read before the failure still name theirs.
  }
  return found;
}

/** Recorder status of this account and Region; no recorder is fatal, a stopped one makes the collection incomplete. */
async function recorderStatus(ctx: CollectContext): Promise<void> {
  const { c, req } = ctx;
  try {
    const out = await ctx.client.send(new DescribeConfigurationRecorderStatusCommand({}));
    const recorders = out.ConfigurationRecordersStatus ?? [];
    if (recorders.length === 0) {
      throw new EvidenceCollectionError(
        'not-enabled',
        `AWS Config is not enabled in Region ${req.region}: no configuration recorder. Enable Config there, or check --region.`,
      );
    }
    for (const r of recorders) {
      c.sources.push({
        name: r.name ?? 'default',
        region: req.region,
        recording: r.recording === true,
        ...(r.lastStatus ? { lastStatus: r.lastStatus } : {}),
        ...(r.lastErrorCode ? { lastError: `${r.lastErrorCode}: ${r.lastErrorMessage ?? ''}` } : {}),
      });
    }
    if (!recorders.some((r) => r.recording === true)) {
      c.problems.push({
        kind: 'not-recording',
        operation: 'DescribeConfigurationRecorderStatus',
        message: `The configuration recorder in ${req.region} is stopped: recorded configuration and evaluations may be stale`,
      });
    }
  } catch (err) {
    if (err instanceof EvidenceCollectionError) throw err;
    ctx.fail(err, 'DescribeConfigurationRecorderStatus', 'Configuration recorder status');
  }
}

/** DescribeConfigRules in this account and Region. */
async function listLocalRules(ctx: CollectContext): Promise<boolean> {
  try {
    for await (const page of paginateDescribeConfigRules({ client: ctx.client }, {})) {
      for (const rule of page.ConfigRules ?? []) {
        if (!rule.ConfigRuleName) continue;
        // Custom policy (Guard) rules have no SourceIdentifier: they are the catalog's by description or name.
        const identifier = rule.Source?.Owner === 'CUSTOM_POLICY'
          ? guardIdentifierOf(rule.ConfigRuleName, rule.Description, ctx.req.identifiers)
          : rule.Source?.SourceIdentifier;
        if (!identifier) continue;
        const s = rule.Scope;
        ctx.listed.set(rule.ConfigRuleName, {
          identifier,
          ...(rule.ConfigRuleArn ? { arn: rule.ConfigRuleArn } : {}),
          ...(s && (s.ComplianceResourceTypes?.length || s.TagKey || s.ComplianceResourceId)
            ? {
              scope: {
                ...(s.ComplianceResourceTypes?.length ? { resourceTypes: s.ComplianceResourceTypes } : {}),
                ...(s.TagKey ? { tagKey: s.TagKey } : {}),
                ...(s.TagValue ? { tagValue: s.TagValue } : {}),
                ...(s.ComplianceResourceId ? { resourceId: s.ComplianceResourceId } : {}),
              },
            }
            : {}),
          ...(rule.MaximumExecutionFrequency ? { maximumFrequency: rule.MaximumExecutionFrequency } : {}),
        });
      }
    }
    return true;
  } catch (err) {
    ctx.fail(err, 'DescribeConfigRules', 'Listing the deployed Config rules');
    return false;
  }
}

function localRule(ctx: CollectContext, name: string, identifier: string, extra: Partial<CollectedRule> = {}): CollectedRule {
  const l = ctx.listed.get(name);
  return {
    name, identifier, complete: true,
    ...(l?.arn ? { arn: l.arn } : {}),
    ...(l?.scope ? { scope: l.scope } : {}),
    ...(l?.maximumFrequency ? { maximumFrequency: l.maximumFrequency } : {}),
    ...extra,
  };
}

/** Last successful evaluation of each rule, in batches (account and conformance-pack scopes). */
async function localRuleHealth(ctx: CollectContext): Promise<void> {
  await askInBatches(ctx, 'DescribeConfigRuleEvaluationStatus', ctx.c.rules, async (batch) => {
    for await (const page of paginateDescribeConfigRuleEvaluationStatus({ client: ctx.client }, { ConfigRuleNames: batch.map((r) => r.name) })) {
      for (const s of page.ConfigRulesEvaluationStatus ?? []) {
        const rule = batch.find((r) => r.name === s.ConfigRuleName);
        if (!rule) continue;
        const ok = s.LastSuccessfulEvaluationTime;
        const bad = s.LastFailedEvaluationTime;
        if (ok) rule.lastSuccessfulEvaluation = ok.toISOString();
        if (s.LastErrorCode) rule.lastError = `${s.LastErrorCode}: ${s.LastErrorMessage ?? ''}`.trim();
        rule.healthy = ok !== undefined && (bad === undefined || bad.getTime() <= ok.getTime());
      }
    }
  });
}

const localQuery = (ctx: CollectContext, expression: string): SelectQuery =>
  ({ operation: 'SelectResourceConfig', pages: paginateSelectResourceConfig({ client: ctx.client, pageSize: ctx.pageSize }, { Expression: expression }) });

async function* pagesOf<P, T>(pages: AsyncIterable<P>, rows: (p: P) => T[] | undefined): AsyncIterable<T[]> {
  for await (const p of pages) yield rows(p) ?? [];
}

export const ACCOUNT_READER: ScopeReader = {
  describe: (req) => `Region ${req.region}`,
  sources: recorderStatus,
  listRules: listLocalRules,
  async ruleCompliance(ctx) {
    for (const [name, l] of ctx.listed) {
      const identifier = ctx.identify(name);
      if (identifier) ctx.c.rules.push(localRule(ctx, name, l.identifier));
    }
    await askInBatches(ctx, 'DescribeComplianceByConfigRule', ctx.c.rules, async (batch) => {
      for await (const page of paginateDescribeComplianceByConfigRule({ client: ctx.client }, { ConfigRuleNames: batch.map((r) => r.name) })) {
        for (const item of page.ComplianceByConfigRules ?? []) {
          const rule = batch.find((r) => r.name === item.ConfigRuleName);
          if (rule && item.Compliance?.ComplianceType) rule.compliance = item.Compliance.ComplianceType;
        }
      }
    });
  },
  ruleHealth: localRuleHealth,
  evaluations: (ctx, rule) =>
    readEvaluations(ctx, rule, 'GetComplianceDetailsByConfigRule',
      () => pagesOf(paginateGetComplianceDetailsByConfigRule({ client: ctx.client, pageSize: ctx.pageSize }, { ConfigRuleName: rule.name, ComplianceTypes: DETAIL_TYPES }), (p) => p.EvaluationResults),
      () => [accountFromArn(rule.arn) ?? '', ctx.req.region]),
  query: localQuery,
};

export const CONFORMANCE_PACK_READER: ScopeReader = {
  describe: (req) => `conformance pack ${req.scopeName}`,
  sources: recorderStatus,
  listRules: listLocalRules,
  async ruleCompliance(ctx) {
    try {
      for await (const page of paginateDescribeConformancePackCompliance({ client: ctx.client, pageSize: ctx.pageSize }, { ConformancePackName: ctx.req.scopeName })) {
        for (const item of page.ConformancePackRuleComplianceList ?? []) {
          const identifier = item.ConfigRuleName ? ctx.identify(item.ConfigRuleName) : undefined;
          if (item.ConfigRuleName && identifier) {
            ctx.c.rules.push(localRule(ctx, item.ConfigRuleName, identifier, item.ComplianceType ? { compliance: item.ComplianceType } : {}));
          }
        }
      }
    } catch (err) {
      ctx.fail(err, 'DescribeConformancePackCompliance', `Conformance pack ${ctx.req.scopeName}`);
      ctx.c.problems.push({ kind: 'error', message: `The rules of conformance pack ${ctx.req.scopeName} could not all be listed` });
    }
  },
  ruleHealth: localRuleHealth,
  // The pack API serves COMPLIANT, NON_COMPLIANT and INSUFFICIENT_DATA only: NOT_APPLICABLE is inferred from the
  // rule's scope and the recorded resources when judging.
  evaluations: (ctx, rule) =>
    readEvaluations(ctx, rule, 'GetConformancePackComplianceDetails',
      () => pagesOf(paginateGetConformancePackComplianceDetails({ client: ctx.client, pageSize: ctx.pageSize }, { ConformancePackName: ctx.req.scopeName, Filters: { ConfigRuleNames: [rule.name] } }), (p) => p.ConformancePackRuleEvaluationResults),
      () => [accountFromArn(rule.arn) ?? '', ctx.req.region]),
  query: localQuery,
};

export const AGGREGATOR_READER: ScopeReader = {
  describe: (req) => `aggregator ${req.scopeName}`,
  async sources(ctx) {
    const { c, req } = ctx;
    try {
      for await (const page of paginateDescribeConfigurationAggregatorSourcesStatus({ client: ctx.client }, { ConfigurationAggregatorName: req.scopeName })) {
        for (const s of page.AggregatedSourceStatusList ?? []) {
          c.sources.push({
            name: `${s.SourceType ?? 'SOURCE'} ${s.SourceId ?? '?'}`,
            ...(s.SourceType === 'ACCOUNT' && s.SourceId ? { accountId: s.SourceId } : {}),
            ...(s.AwsRegion ? { region: s.AwsRegion } : {}),
            ...(s.LastUpdateStatus ? { lastStatus: s.LastUpdateStatus } : {}),
            ...(s.LastErrorCode ? { lastError: `${s.LastErrorCode}: ${s.LastErrorMessage ?? ''}` } : {}),
          });
          if (s.LastUpdateStatus === 'FAILED') {
            c.problems.push({
              kind: 'source-failed',
              operation: 'DescribeConfigurationAggregatorSourcesStatus',
              message: `Aggregator source ${s.SourceId ?? '?'} in ${s.AwsRegion ?? '?'} last failed to update (${s.LastErrorCode ?? 'no code'}): its data may be stale`,
            });
          }
        }
      }
    } catch (err) {
      ctx.fail(err, 'DescribeConfigurationAggregatorSourcesStatus', `Aggregator ${req.scopeName} sources`);
    }
  },
  listRules: listLocalRules,
  async ruleCompliance(ctx) {
    try {
      for await (const page of paginateDescribeAggregateComplianceByConfigRules({ client: ctx.client, pageSize: ctx.pageSize }, { ConfigurationAggregatorName: ctx.req.scopeName })) {
        for (const item of page.AggregateComplianceByConfigRules ?? []) {
          const identifier = item.ConfigRuleName ? ctx.identify(item.ConfigRuleName) : undefined;
          if (item.ConfigRuleName && identifier) {
            ctx.c.rules.push({
              name: item.ConfigRuleName, identifier, complete: true,
              ...(item.AccountId ? { accountId: item.AccountId } : {}),
              ...(item.AwsRegion ? { region: item.AwsRegion } : {}),
              ...(item.Compliance?.ComplianceType ? { compliance: item.Compliance.ComplianceType } : {}),
            });
          }
        }
      }
    } catch (err) {
      ctx.fail(err, 'DescribeAggregateComplianceByConfigRules', `Aggregator ${ctx.req.scopeName} rule compliance`);
      ctx.c.problems.push({ kind: 'error', message: `The rules of aggregator ${ctx.req.scopeName} could not all be listed` });
    }
  },
  async ruleHealth() {
    // No aggregate evaluation-status API: rule health and freshness are unknown through an aggregator.
  },
  evaluations: (ctx, rule) =>
    readEvaluations(ctx, rule, 'GetAggregateComplianceDetailsByConfigRule',
      () => pagesOf(paginateGetAggregateComplianceDetailsByConfigRule(
        { client: ctx.client, pageSize: ctx.pageSize },
        { ConfigurationAggregatorName: ctx.req.scopeName, ConfigRuleName: rule.name, AccountId: rule.accountId, AwsRegion: rule.region },
      ), (p) => p.AggregateEvaluationResults),
      (r) => {
        const row = r as { AccountId?: string; AwsRegion?: string };
        return [row.AccountId ?? rule.accountId ?? '', row.AwsRegion ?? rule.region ?? ctx.req.region];
      }),
  query: (ctx, expression) => ({
    operation: 'SelectAggregateResourceConfig',
    pages: paginateSelectAggregateResourceConfig({ client: ctx.client, pageSize: ctx.pageSize }, { Expression: expression, ConfigurationAggregatorName: ctx.req.scopeName }),
  }),
};

export function readerFor(mode: ScopeMode): ScopeReader {
  return mode === 'account' ? ACCOUNT_READER : mode === 'conformance-pack' ? CONFORMANCE_PACK_READER : AGGREGATOR_READER;
}
