import {
  ComplianceType,
  ConfigServiceClient,
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
} from '@aws-sdk/client-config-service';
import { explainError, FailureKind } from './client';
import { Collection, ComplianceState, RecordedResource, ScopeMode } from './types';

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

/** What to collect: the catalog's managed rule identifiers and the resource types they evaluate. */
export interface CollectRequest {
  readonly mode: ScopeMode;
  readonly scopeName?: string;
  readonly region: string;
  /** Managed rule identifiers the catalog names. */
  readonly identifiers: readonly string[];
  /** Resource types to inventory (catalog rule scopes); the metric types are always read. */
  readonly resourceTypes: readonly string[];
  /** Results per page asked of the API. @default 100 */
  readonly pageSize?: number;
  readonly progress?: (event: { readonly phase: string; readonly done: number; readonly total: number }) => void;
}

const DETAIL_TYPES: ComplianceType[] = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'];

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
  };
  const pageSize = req.pageSize ?? 100;
  const wanted = new Set(req.identifiers);
  const fail = (err: unknown, operation: string, what: string): void => {
    const { kind, message } = explainError(err, operation, req.region);
    if (FATAL.has(kind)) throw new EvidenceCollectionError(kind, message);
    c.problems.push({ kind, operation, message: `${what}: ${message}` });
  };

  // 1. Is Config on? (account and conformance-pack scopes; an aggregator account needs no recorder of its own)
  if (req.mode === 'aggregator') {
    try {
      for await (const page of paginateDescribeConfigurationAggregatorSourcesStatus(
        { client, pageSize: 100 }, { ConfigurationAggregatorName: req.scopeName },
      )) {
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
      fail(err, 'DescribeConfigurationAggregatorSourcesStatus', `Aggregator ${req.scopeName} sources`);
    }
  } else {
    try {
      const out = await client.send(new DescribeConfigurationRecorderStatusCommand({}));
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
      fail(err, 'DescribeConfigurationRecorderStatus', 'Configuration recorder status');
    }
  }

  // 2. Deployed rule names -> managed rule identifiers (DescribeConfigRules' Source.SourceIdentifier).
  const identifierByName = new Map<string, string>();
  const arnByName = new Map<string, string>();
  let rulesListed = true;
  try {
    for await (const page of paginateDescribeConfigRules({ client }, {})) {
      for (const rule of page.ConfigRules ?? []) {
        if (rule.ConfigRuleName && rule.Source?.SourceIdentifier) {
          identifierByName.set(rule.ConfigRuleName, rule.Source.SourceIdentifier);
          if (rule.ConfigRuleArn) arnByName.set(rule.ConfigRuleName, rule.ConfigRuleArn);
        }
      }
    }
  } catch (err) {
    rulesListed = false;
    fail(err, 'DescribeConfigRules', 'Listing the deployed Config rules');
  }
  const identify = (name: string): string | undefined => {
    const known = identifierByName.get(name);
    if (known !== undefined) return wanted.has(known) ? known : undefined;
    // Rules deployed in other accounts (aggregator) or not listable: fall back to the naming convention
    // (lower-case identifier with hyphens, optionally with a prefix or suffix). The longest identifier wins.
    if (req.mode !== 'aggregator' && rulesListed) return undefined;
    return identifierFromName(name, req.identifiers);
  };

  // 3. Rule-level compliance, per scope.
  if (req.mode === 'account') {
    for (const [name, identifier] of identifierByName) {
      if (wanted.has(identifier)) c.rules.push({ name, identifier, arn: arnByName.get(name), complete: true });
    }
    for (const chunk of chunks(c.rules, 25)) {
      try {
        for await (const page of paginateDescribeComplianceByConfigRule({ client }, { ConfigRuleNames: chunk.map((r) => r.name) })) {
          for (const item of page.ComplianceByConfigRules ?? []) {
            const rule = chunk.find((r) => r.name === item.ConfigRuleName);
            if (rule && item.Compliance?.ComplianceType) rule.compliance = item.Compliance.ComplianceType;
          }
        }
      } catch (err) {
        for (const r of chunk) r.complete = false;
        fail(err, 'DescribeComplianceByConfigRule', `Compliance of ${chunk.map((r) => r.name).join(', ')}`);
      }
    }
  } else if (req.mode === 'conformance-pack') {
    try {
      for await (const page of paginateDescribeConformancePackCompliance(
        { client, pageSize }, { ConformancePackName: req.scopeName },
      )) {
        for (const item of page.ConformancePackRuleComplianceList ?? []) {
          const identifier = item.ConfigRuleName ? identify(item.ConfigRuleName) : undefined;
          if (item.ConfigRuleName && identifier) {
            c.rules.push({
              name: item.ConfigRuleName, identifier, arn: arnByName.get(item.ConfigRuleName), complete: true,
              ...(item.ComplianceType ? { compliance: item.ComplianceType } : {}),
            });
          }
        }
      }
    } catch (err) {
      fail(err, 'DescribeConformancePackCompliance', `Conformance pack ${req.scopeName}`);
      c.problems.push({ kind: 'error', message: `The rules of conformance pack ${req.scopeName} could not all be listed` });
    }
  } else {
    try {
      for await (const page of paginateDescribeAggregateComplianceByConfigRules(
        { client, pageSize }, { ConfigurationAggregatorName: req.scopeName },
      )) {
        for (const item of page.AggregateComplianceByConfigRules ?? []) {
          const identifier = item.ConfigRuleName ? identify(item.ConfigRuleName) : undefined;
          if (item.ConfigRuleName && identifier) {
            c.rules.push({
              name: item.ConfigRuleName, identifier, complete: true,
              ...(item.AccountId ? { accountId: item.AccountId } : {}),
              ...(item.AwsRegion ? { region: item.AwsRegion } : {}),
              ...(item.Compliance?.ComplianceType ? { compliance: item.Compliance.ComplianceType } : {}),
            });
          }
        }
      }
    } catch (err) {
      fail(err, 'DescribeAggregateComplianceByConfigRules', `Aggregator ${req.scopeName} rule compliance`);
      c.problems.push({ kind: 'error', message: `The rules of aggregator ${req.scopeName} could not all be listed` });
    }
  }

  // 4. Rule health (not available through an aggregator).
  if (req.mode !== 'aggregator') {
    for (const chunk of chunks(c.rules, 25)) {
      try {
        for await (const page of paginateDescribeConfigRuleEvaluationStatus({ client }, { ConfigRuleNames: chunk.map((r) => r.name) })) {
          for (const s of page.ConfigRulesEvaluationStatus ?? []) {
            const rule = chunk.find((r) => r.name === s.ConfigRuleName);
            if (!rule) continue;
            const ok = s.LastSuccessfulEvaluationTime;
            const bad = s.LastFailedEvaluationTime;
            if (ok) rule.lastSuccessfulEvaluation = ok.toISOString();
            if (s.LastErrorCode) rule.lastError = `${s.LastErrorCode}: ${s.LastErrorMessage ?? ''}`.trim();
            rule.healthy = ok !== undefined && (bad === undefined || bad.getTime() <= ok.getTime());
          }
        }
      } catch (err) {
        fail(err, 'DescribeConfigRuleEvaluationStatus', `Health of ${chunk.map((r) => r.name).join(', ')}`);
      }
    }
  }

  const present = new Set(c.rules.map((r) => r.identifier));
  for (const id of req.identifiers) {
    if (!present.has(id)) {
      c.missingIdentifiers.push(id);
      c.problems.push({
        kind: 'rule-missing',
        message: `No deployed Config rule with managed identifier ${id} in ${describeScope(req)}`,
      });
    }
  }

  // 5. Per-resource evaluations.
  const total = c.rules.length + unique([...METRIC_RESOURCE_TYPES, ...req.resourceTypes]).length;
  let done = 0;
  const tick = (phase: string): void => req.progress?.({ phase, done: ++done, total });
  for (const rule of c.rules) {
    const accountId = rule.accountId ?? accountFromArn(rule.arn) ?? '';
    const region = rule.region ?? req.region;
    const push = (r: {
      ComplianceType?: string;
      Annotation?: string;
      ResultRecordedTime?: Date;
      EvaluationResultIdentifier?: { EvaluationResultQualifier?: { ResourceType?: string; ResourceId?: string } };
    }, acct = accountId, reg = region): void => {
      const q = r.EvaluationResultIdentifier?.EvaluationResultQualifier;
      if (!q?.ResourceType || !q.ResourceId) return;
      c.evaluations.push({
        ruleName: rule.name, identifier: rule.identifier, accountId: acct, region: reg,
        resourceType: q.ResourceType, resourceId: q.ResourceId,
        compliance: asCompliance(r.ComplianceType),
        ...(r.Annotation ? { annotation: r.Annotation } : {}),
        ...(r.ResultRecordedTime ? { recordedAt: r.ResultRecordedTime.toISOString() } : {}),
      });
    };
    try {
      if (req.mode === 'account') {
        for await (const page of paginateGetComplianceDetailsByConfigRule(
          { client, pageSize }, { ConfigRuleName: rule.name, ComplianceTypes: DETAIL_TYPES },
        )) {
          for (const r of page.EvaluationResults ?? []) push(r);
        }
      } else if (req.mode === 'conformance-pack') {
        for await (const page of paginateGetConformancePackComplianceDetails(
          { client, pageSize }, { ConformancePackName: req.scopeName, Filters: { ConfigRuleNames: [rule.name] } },
        )) {
          for (const r of page.ConformancePackRuleEvaluationResults ?? []) push(r);
        }
      } else {
        for await (const page of paginateGetAggregateComplianceDetailsByConfigRule(
          { client, pageSize },
          { ConfigurationAggregatorName: req.scopeName, ConfigRuleName: rule.name, AccountId: rule.accountId, AwsRegion: rule.region },
        )) {
          for (const r of page.AggregateEvaluationResults ?? []) push(r, r.AccountId ?? accountId, r.AwsRegion ?? region);
        }
      }
    } catch (err) {
      rule.complete = false;
      fail(err, operationFor(req.mode), `Evaluations of rule ${rule.name}${rule.accountId ? ` (${rule.accountId} ${rule.region})` : ''}`);
    }
    tick(`evaluations ${rule.name}`);
  }

  // 6. Recorded configuration, by resource type (Config SQL has no JOIN: joins happen in metrics.ts).
  for (const type of unique([...METRIC_RESOURCE_TYPES, ...req.resourceTypes])) {
    const withConfig = METRIC_RESOURCE_TYPES.includes(type);
    const expression =
      'SELECT resourceId, resourceName, resourceType, arn, accountId, awsRegion' +
      (withConfig ? ', configuration, supplementaryConfiguration' : '') +
      ` WHERE resourceType = '${type}'`;
    try {
      const pages =
        req.mode === 'aggregator'
          ? paginateSelectAggregateResourceConfig({ client, pageSize }, { Expression: expression, ConfigurationAggregatorName: req.scopeName })
          : paginateSelectResourceConfig({ client, pageSize }, { Expression: expression });
      for await (const page of pages) {
        for (const row of page.Results ?? []) {
          const resource = parseRow(row, req.region);
          if (resource) c.resources.push(resource);
        }
      }
      c.completeResourceTypes.push(type);
    } catch (err) {
      fail(err, req.mode === 'aggregator' ? 'SelectAggregateResourceConfig' : 'SelectResourceConfig', `Recorded configuration of ${type}`);
    }
    tick(`configuration ${type}`);
  }

  c.finishedAt = new Date().toISOString();
  return c;
}

function operationFor(mode: ScopeMode): string {
  return mode === 'account'
    ? 'GetComplianceDetailsByConfigRule'
    : mode === 'conformance-pack'
      ? 'GetConformancePackComplianceDetails'
      : 'GetAggregateComplianceDetailsByConfigRule';
}

function describeScope(req: CollectRequest): string {
  if (req.mode === 'conformance-pack') return `conformance pack ${req.scopeName}`;
  if (req.mode === 'aggregator') return `aggregator ${req.scopeName}`;
  return `Region ${req.region}`;
}

/** Map a rule name to a catalog identifier by naming convention; the longest identifier that fits wins. */
export function identifierFromName(name: string, identifiers: readonly string[]): string | undefined {
  const n = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  let best: string | undefined;
  for (const id of identifiers) {
    const fits = n === id || n.startsWith(`${id}_`) || n.endsWith(`_${id}`) || n.includes(`_${id}_`);
    if (fits && (best === undefined || id.length > best.length)) best = id;
  }
  return best;
}

function asCompliance(value: string | undefined): ComplianceState {
  return value === 'COMPLIANT' || value === 'NON_COMPLIANT' || value === 'NOT_APPLICABLE' ? value : 'INSUFFICIENT_DATA';
}

/** The account id inside an ARN (`arn:partition:service:region:account:...`). */
export function accountFromArn(arn: string | undefined): string | undefined {
  const parts = arn?.split(':');
  return parts && parts.length > 5 && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

function parseRow(row: string, defaultRegion: string): RecordedResource | undefined {
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
  return {
    accountId: typeof doc.accountId === 'string' ? doc.accountId : accountFromArn(arn) ?? '',
    region: typeof doc.awsRegion === 'string' ? doc.awsRegion : defaultRegion,
    resourceType,
    resourceId,
    ...(typeof doc.resourceName === 'string' ? { resourceName: doc.resourceName } : {}),
    ...(arn ? { arn } : {}),
    configuration: objectOf(doc.configuration),
    supplementaryConfiguration: Object.fromEntries(
      Object.entries(objectOf(doc.supplementaryConfiguration)).map(([k, v]) => [k, maybeJson(v)]),
    ),
  };
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

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

