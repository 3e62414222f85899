/**
 * A local AWS Config endpoint for tests: a plain HTTP server on 127.0.0.1 speaking the AWS JSON 1.1 protocol
 * (`POST /`, `X-Amz-Target: StarlingDoveService.<Operation>`, `application/x-amz-json-1.1`). The real SDK client is
 * pointed at it with an endpoint override; nothing in the SDK is mocked. It pages every list (NextToken), and can
 * inject throttling (HTTP 400 ThrottlingException), HTTP 500 and AccessDeniedException faults.
 */
import * as http from 'http';
import { AddressInfo } from 'net';

export interface FakeEval {
  readonly type: string;
  readonly id: string;
  readonly compliance: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';
  readonly annotation?: string;
}

export interface FakeRule {
  readonly name: string;
  /** Managed rule identifier (`Source.SourceIdentifier`); ignored for a custom policy rule, which has none. */
  readonly identifier: string;
  /** `Source.Owner`: `AWS` (managed, the default) or `CUSTOM_POLICY` (a Guard policy rule, runtime guard-2.x.x). */
  readonly owner?: 'AWS' | 'CUSTOM_POLICY';
  /** The rule's Description. */
  readonly description?: string;
  /** Guard policy text of a custom policy rule. */
  readonly policyText?: string;
  /** Aggregator mode: the member account and Region of this rule. */
  readonly accountId?: string;
  readonly region?: string;
  /** Rule-level compliance; derived from the evaluations when absent. */
  readonly compliance?: string;
  /** Epoch seconds of the last successful evaluation; absent = never evaluated. */
  readonly lastSuccess?: number;
  readonly lastFailed?: number;
  readonly errorCode?: string;
  /** Deployed scope (DescribeConfigRules `Scope`). */
  readonly scope?: { readonly types?: readonly string[]; readonly tagKey?: string; readonly tagValue?: string };
  /** `MaximumExecutionFrequency` of a periodic rule. */
  readonly frequency?: string;
  readonly evaluations: readonly FakeEval[];
}

export interface FakeData {
  readonly accountId: string;
  readonly region: string;
  readonly recorders: readonly { name: string; recording: boolean; lastStatus?: string }[];
  readonly rules: readonly FakeRule[];
  /** Rows as Config's SQL API returns them (resourceId, resourceType, accountId, awsRegion, configuration, ...). */
  readonly resources: readonly Record<string, unknown>[];
  /** Conformance pack name -> names of its rules. */
  readonly packs?: Readonly<Record<string, readonly string[]>>;
  /** Aggregator name -> source accounts/Regions. */
  readonly aggregators?: Readonly<Record<string, readonly { accountId: string; region: string; status?: string }[]>>;
}

export interface Fault {
  readonly op: string;
  readonly kind: 'throttle' | 'server-error' | 'denied';
  /** How many matching requests fail before the fault clears. */
  times: number;
  readonly when?: (input: Record<string, any>) => boolean;
}

export interface RecordedRequest {
  readonly op: string;
  readonly input: Record<string, any>;
  readonly status: number;
}

export class FakeConfigServer {
  public readonly requests: RecordedRequest[] = [];
  public readonly faults: Fault[] = [];
  /** Called after each answered request (tests change `data` here, e.g. delete a rule once it was listed). */
  /** Requests being answered now, and the most at once. */
  public inFlight = 0;
  /** Answer each request this many milliseconds late (to see how many calls a client keeps in flight). */
  public delayMs = 0;
  public maxInFlight = 0;
  public afterRequest?: (op: string, input: Record<string, any>, output: Record<string, any>) => void;
  private server?: http.Server;

  constructor(public data: FakeData, private readonly pageSize = 3) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      res.on('finish', () => this.inFlight--);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (this.delayMs > 0) setTimeout(() => this.handle(req, body, res), this.delayMs);
        else this.handle(req, body, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  count(op: string): number {
    return this.requests.filter((r) => r.op === op).length;
  }

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    const target = String(req.headers['x-amz-target'] ?? '');
    const send = (status: number, payload: unknown, op: string, input: Record<string, any>): void => {
      this.requests.push({ op, input, status });
      const text = JSON.stringify(payload);
      res.writeHead(status, {
        'Content-Type': 'application/x-amz-json-1.1',
        'Content-Length': Buffer.byteLength(text),
        'x-amzn-RequestId': `req-${this.requests.length}`,
      });
      res.end(text);
      this.afterRequest?.(op, input, payload as Record<string, any>);
    };
    if (req.method !== 'POST' || req.url !== '/' || !target.startsWith('StarlingDoveService.')) {
      send(400, { __type: 'UnknownOperationException', message: `bad request ${req.method} ${req.url} ${target}` }, target, {});
      return;
    }
    if (!String(req.headers['content-type']).startsWith('application/x-amz-json-1.1')) {
      send(400, { __type: 'SerializationException', message: 'wrong content type' }, target, {});
      return;
    }
    const op = target.slice('StarlingDoveService.'.length);
    const input = (body ? JSON.parse(body) : {}) as Record<string, any>;
    const fault = this.faults.find((f) => f.op === op && f.times > 0 && (!f.when || f.when(input)));
    if (fault) {
      fault.times--;
      if (fault.kind === 'throttle') send(400, { __type: 'ThrottlingException', message: 'Rate exceeded' }, op, input);
      else if (fault.kind === 'server-error') send(500, { __type: 'InternalFailure', message: 'We encountered an internal error. Please try again.' }, op, input);
      else send(400, { __type: 'AccessDeniedException', message: `User: arn:aws:iam::${this.data.accountId}:user/auditor is not authorized to perform: config:${op}` }, op, input);
      return;
    }
    const handler = (this as unknown as Record<string, ((i: Record<string, any>) => unknown) | undefined>)[`op${op}`];
    if (typeof handler !== 'function') {
      send(400, { __type: 'UnknownOperationException', message: `fake does not implement ${op}` }, op, input);
      return;
    }
    try {
      const out = handler.call(this, input) as { __error?: string; message?: string };
      if (out && out.__error) send(400, { __type: out.__error, message: out.message }, op, input);
      else send(200, out, op, input);
    } catch (e) {
      send(500, { __type: 'InternalFailure', message: (e as Error).message }, op, input);
    }
  }

  private page<T>(items: readonly T[], input: Record<string, any>, key: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const start = input.NextToken ? Number(Buffer.from(String(input.NextToken), 'base64').toString('utf8').replace('offset:', '')) : 0;
    const size = Math.min(Number(input.Limit) || this.pageSize, this.pageSize);
    const slice = items.slice(start, start + size);
    const next = start + size < items.length ? Buffer.from(`offset:${start + size}`).toString('base64') : undefined;
    return { ...extra, [key]: slice, ...(next ? { NextToken: next } : {}) };
  }

  private ruleArn(r: FakeRule): string {
    return `arn:aws:config:${r.region ?? this.data.region}:${r.accountId ?? this.data.accountId}:config-rule/config-rule-${r.name.length}${r.name.slice(0, 6)}`;
  }

  private ruleCompliance(r: FakeRule): string {
    if (r.compliance) return r.compliance;
    if (r.evaluations.some((e) => e.compliance === 'NON_COMPLIANT')) return 'NON_COMPLIANT';
    if (r.evaluations.some((e) => e.compliance === 'COMPLIANT')) return 'COMPLIANT';
    return 'INSUFFICIENT_DATA';
  }

  private evaluationResults(r: FakeRule, types?: string[]): Record<string, unknown>[] {
    return r.evaluations
      .filter((e) => !types || types.includes(e.compliance))
      .map((e) => ({
        EvaluationResultIdentifier: {
          EvaluationResultQualifier: { ConfigRuleName: r.name, ResourceType: e.type, ResourceId: e.id },
          OrderingTimestamp: 1_717_000_000,
        },
        ComplianceType: e.compliance,
        ResultRecordedTime: 1_717_000_100,
        ConfigRuleInvokedTime: 1_717_000_050,
        ...(e.annotation ? { Annotation: e.annotation } : {}),
      }));
  }

  private localRules(): FakeRule[] {
    return this.data.rules.filter((r) => !r.accountId || r.accountId === this.data.accountId);
  }

  // ---- operations ----
  opDescribeConfigurationRecorderStatus(): unknown {
    return { ConfigurationRecordersStatus: this.data.recorders };
  }

  opDescribeConfigRules(input: Record<string, any>): unknown {
    const rules = this.localRules().filter((r) => !input.ConfigRuleNames || input.ConfigRuleNames.includes(r.name));
    return this.page(
      rules.map((r) => ({
        ConfigRuleName: r.name, ConfigRuleArn: this.ruleArn(r), ConfigRuleId: `config-rule-${r.name.length}`,
        Source: r.owner === 'CUSTOM_POLICY'
          ? {
            Owner: 'CUSTOM_POLICY',
            SourceDetails: [{ EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' }, { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' }],
            CustomPolicyDetails: { PolicyRuntime: 'guard-2.x.x', PolicyText: r.policyText ?? 'rule placeholder { configuration exists }', EnableDebugLogDelivery: false },
          }
          : { Owner: 'AWS', SourceIdentifier: r.identifier },
        ConfigRuleState: 'ACTIVE',
        ...(r.description ? { Description: r.description } : {}),
        ...(r.scope ? { Scope: { ...(r.scope.types ? { ComplianceResourceTypes: r.scope.types } : {}), ...(r.scope.tagKey ? { TagKey: r.scope.tagKey } : {}), ...(r.scope.tagValue ? { TagValue: r.scope.tagValue } : {}) } } : {}),
        ...(r.frequency ? { MaximumExecutionFrequency: r.frequency } : {}),
      })),
      input, 'ConfigRules',
    );
  }

  opDescribeComplianceByConfigRule(input: Record<string, any>): unknown {
    const names: string[] = input.ConfigRuleNames ?? this.localRules().map((r) => r.name);
    const unknown = names.find((n) => !this.localRules().some((r) => r.name === n));
    if (unknown) return { __error: 'NoSuchConfigRuleException', message: `The ConfigRule '${unknown}' provided in the request is invalid.` };
    const rules = this.localRules().filter((r) => names.includes(r.name));
    return this.page(rules.map((r) => ({ ConfigRuleName: r.name, Compliance: { ComplianceType: this.ruleCompliance(r) } })), input, 'ComplianceByConfigRules');
  }

  opDescribeConfigRuleEvaluationStatus(input: Record<string, any>): unknown {
    const unknown = (input.ConfigRuleNames as string[] | undefined)?.find((n) => !this.localRules().some((r) => r.name === n));
    if (unknown) return { __error: 'NoSuchConfigRuleException', message: `The ConfigRule '${unknown}' provided in the request is invalid.` };
    const rules = this.localRules().filter((r) => !input.ConfigRuleNames || input.ConfigRuleNames.includes(r.name));
    return this.page(
      rules.map((r) => ({
        ConfigRuleName: r.name, ConfigRuleArn: this.ruleArn(r), ConfigRuleId: `config-rule-${r.name.length}`,
        FirstEvaluationStarted: r.lastSuccess !== undefined || r.lastFailed !== undefined,
        ...(r.lastSuccess !== undefined ? { LastSuccessfulEvaluationTime: r.lastSuccess, LastSuccessfulInvocationTime: r.lastSuccess } : {}),
        ...(r.lastFailed !== undefined ? { LastFailedEvaluationTime: r.lastFailed } : {}),
        ...(r.errorCode ? { LastErrorCode: r.errorCode, LastErrorMessage: 'The rule could not evaluate' } : {}),
      })),
      input, 'ConfigRulesEvaluationStatus',
    );
  }

  opGetComplianceDetailsByConfigRule(input: Record<string, any>): unknown {
    const rule = this.localRules().find((r) => r.name === input.ConfigRuleName);
    if (!rule) return { __error: 'NoSuchConfigRuleException', message: `The ConfigRule '${input.ConfigRuleName}' provided in the request is invalid.` };
    return this.page(this.evaluationResults(rule, input.ComplianceTypes), input, 'EvaluationResults');
  }

  opSelectResourceConfig(input: Record<string, any>): unknown {
    return this.select(input, this.data.resources.filter((r) => r.accountId === this.data.accountId && r.awsRegion === this.data.region));
  }

  opSelectAggregateResourceConfig(input: Record<string, any>): unknown {
    if (!this.data.aggregators?.[input.ConfigurationAggregatorName]) return this.noAggregator(input);
    return this.select(input, this.data.resources);
  }

  private selected = new Map<string, { data: FakeData; rows: string[] }>();

  private select(input: Record<string, any>, rows: readonly Record<string, unknown>[]): unknown {
    const m = /resourceType\s*=\s*'([^']+)'/.exec(String(input.Expression));
    if (!m) return { __error: 'InvalidExpressionException', message: 'fake supports WHERE resourceType = ... only' };
    const withConfig = /\bconfiguration\b/.test(String(input.Expression).split('WHERE')[0]);
    // Every page of one query selects the same rows: select them once per query and data set.
    const cacheKey = `${input.ConfigurationAggregatorName ?? ''}|${input.Expression}`;
    const cached = this.selected.get(cacheKey);
    if (cached?.data === this.data) return this.page(cached.rows, input, 'Results', { QueryInfo: { SelectFields: [{ Name: 'resourceId' }] } });
    const selected = rows
      .filter((r) => r.resourceType === m[1])
      .map((r) => {
        const { configuration, supplementaryConfiguration, ...base } = r;
        return JSON.stringify(withConfig ? { ...base, configuration: configuration ?? {}, supplementaryConfiguration: supplementaryConfiguration ?? {} } : base);
      });
    this.selected.set(cacheKey, { data: this.data, rows: selected });
    return this.page(selected, input, 'Results', { QueryInfo: { SelectFields: [{ Name: 'resourceId' }] } });
  }

  opDescribeConformancePackCompliance(input: Record<string, any>): unknown {
    const names = this.data.packs?.[input.ConformancePackName];
    if (!names) return { __error: 'NoSuchConformancePackException', message: `Conformance pack ${input.ConformancePackName} does not exist` };
    const rules = this.localRules().filter((r) => names.includes(r.name));
    return this.page(
      rules.map((r) => ({ ConfigRuleName: r.name, ComplianceType: this.ruleCompliance(r) })),
      input, 'ConformancePackRuleComplianceList', { ConformancePackName: input.ConformancePackName },
    );
  }

  opGetConformancePackComplianceDetails(input: Record<string, any>): unknown {
    const names = this.data.packs?.[input.ConformancePackName];
    if (!names) return { __error: 'NoSuchConformancePackException', message: 'no such pack' };
    const wanted: string[] = input.Filters?.ConfigRuleNames ?? names;
    const rules = this.localRules().filter((r) => names.includes(r.name) && wanted.includes(r.name));
    // Like AWS: this API serves COMPLIANT, NON_COMPLIANT and INSUFFICIENT_DATA only, never NOT_APPLICABLE.
    return this.page(rules.flatMap((r) => this.evaluationResults(r, ['COMPLIANT', 'NON_COMPLIANT'])), input, 'ConformancePackRuleEvaluationResults', { ConformancePackName: input.ConformancePackName });
  }

  private noAggregator(input: Record<string, any>): unknown {
    return { __error: 'NoSuchConfigurationAggregatorException', message: `The configuration aggregator ${input.ConfigurationAggregatorName} does not exist.` };
  }

  opDescribeConfigurationAggregatorSourcesStatus(input: Record<string, any>): unknown {
    const sources = this.data.aggregators?.[input.ConfigurationAggregatorName];
    if (!sources) return this.noAggregator(input);
    return this.page(
      sources.map((s) => ({ SourceId: s.accountId, SourceType: 'ACCOUNT', AwsRegion: s.region, LastUpdateStatus: s.status ?? 'SUCCEEDED', LastUpdateTime: 1_717_000_000 })),
      input, 'AggregatedSourceStatusList',
    );
  }

  opDescribeAggregateComplianceByConfigRules(input: Record<string, any>): unknown {
    if (!this.data.aggregators?.[input.ConfigurationAggregatorName]) return this.noAggregator(input);
    return this.page(
      this.data.rules.map((r) => ({
        ConfigRuleName: r.name, Compliance: { ComplianceType: this.ruleCompliance(r) },
        AccountId: r.accountId ?? this.data.accountId, AwsRegion: r.region ?? this.data.region,
      })),
      input, 'AggregateComplianceByConfigRules',
    );
  }

  opGetAggregateComplianceDetailsByConfigRule(input: Record<string, any>): unknown {
    if (!this.data.aggregators?.[input.ConfigurationAggregatorName]) return this.noAggregator(input);
    const rule = this.data.rules.find(
      (r) => r.name === input.ConfigRuleName && (r.accountId ?? this.data.accountId) === input.AccountId && (r.region ?? this.data.region) === input.AwsRegion,
    );
    if (!rule) return { __error: 'NoSuchConfigRuleException', message: 'no such rule' };
    return this.page(
      this.evaluationResults(rule).map((e) => ({ ...e, AccountId: input.AccountId, AwsRegion: input.AwsRegion })),
      input, 'AggregateEvaluationResults',
    );
  }
}
