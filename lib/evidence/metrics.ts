import { isAwsManagedKeyName } from '../controls/keys';
import { Control } from '../controls/types';
import { exceptionMatches, isExpired, wholeDays } from './exceptions';
import { LISTENER_POLICIES, gradeListenerPolicy } from './tls-policies';
import {
  Collection,
  ComplianceState,
  ComputedMetrics,
  ControlResult,
  ControlVerdict,
  Counts,
  DataStoreResult,
  EvidenceReport,
  ExceptionEntry,
  ExceptionResult,
  KeyClass,
  ListenerResult,
  Ratio,
  RecordedResource,
  ResourceResult,
} from './types';

/** Version of the `evidence-report.json` shape. Bump major on a breaking change. */
export const EVIDENCE_SCHEMA_VERSION = '1.0.0';

/** Resource types counted as PHI data stores for the customer-managed-key percentage. */
export const DATA_STORE_TYPES: readonly string[] = Object.freeze([
  'AWS::S3::Bucket',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::DynamoDB::Table',
  'AWS::EFS::FileSystem',
  'AWS::EC2::Volume',
]);

export interface BuildReportOptions {
  readonly controls: readonly Control[];
  readonly exceptions?: readonly ExceptionEntry[];
  /** Path or name of the register, recorded in provenance. */
  readonly exceptionsSource?: string;
  /** Accounts the caller states (`--account`), added to provenance. */
  readonly accounts?: readonly string[];
  readonly toolVersion: string;
  readonly sdkVersion: string;
  /** "Now" for exception expiry and days open. @default new Date() */
  readonly now?: Date;
}

/** Judge a collection against the catalog: per-control verdicts, computed metrics, exceptions, exit code. */
export function buildReport(c: Collection, opts: BuildReportOptions): EvidenceReport {
  const now = opts.now ?? new Date();
  const problems = [...c.problems];
  const metrics = computeMetrics(c);
  const multiScope = c.mode === 'aggregator';
  const keyOf = (r: { accountId: string; region: string; resourceType: string; resourceId: string }): string =>
    multiScope ? `${r.accountId}|${r.region}|${r.resourceType}|${r.resourceId}` : `${r.resourceType}|${r.resourceId}`;
  const recordedByKey = new Map(c.resources.map((r) => [keyOf(r), r]));
  const storeByKey = new Map<string, DataStoreResult | { keyClass: KeyClass; detail: string }>();
  for (const d of metrics.phiDataStores.resources) storeByKey.set(keyOf(d), d);
  for (const v of metrics.backupVaults.vaults) {
    storeByKey.set(keyOf({ ...v, resourceType: 'AWS::Backup::BackupVault', resourceId: v.name }), { keyClass: v.keyClass, detail: `vault key is ${v.keyClass}` });
  }

  for (const rule of c.rules) {
    if (rule.healthy === false) {
      problems.push({
        kind: 'rule-unhealthy',
        operation: 'DescribeConfigRuleEvaluationStatus',
        message: rule.lastSuccessfulEvaluation === undefined
          ? `Config rule ${rule.name} has never been evaluated successfully${rule.lastError ? ` (${rule.lastError})` : ''}: it provides no evidence`
          : `Config rule ${rule.name} has no successful evaluation since its last failure${rule.lastError ? ` (${rule.lastError})` : ''}: its results may be stale`,
      });
    }
  }

  const evaluatedBy = new Set(c.evaluations.map((e) => `${e.identifier}#${keyOf(e)}`));
  const exceptionUse = new Map<ExceptionEntry, string[]>();
  const controls: ControlResult[] = opts.controls.map((control) => {
    const notes: string[] = [];
    const configRules = control.configRules.map((ref) => ({
      identifier: ref.identifier,
      ruleNames: c.rules
        .filter((r) => r.identifier === ref.identifier)
        .map((r) => (r.accountId && multiScope ? `${r.name} (${r.accountId} ${r.region ?? ''})`.trim() : r.name)),
      missing: c.missingIdentifiers.includes(ref.identifier),
      ...(ref.caveat ? { caveat: ref.caveat } : {}),
    }));
    if (control.configRules.length === 0) {
      return {
        id: control.id, title: control.title, citations: control.citations, guidance: control.guidance,
        configRules, verdict: 'NO_CONFIG_RULE' as ControlVerdict, complete: true, counts: zeroCounts(), resources: [],
        notes: ['No AWS Config managed rule evidences this control; it is enforced at synth by the DermaShield rule pack.'],
      };
    }
    const rules = c.rules.filter((r) => control.configRules.some((ref) => ref.identifier === r.identifier));
    let complete = rules.every((r) => r.complete) && configRules.every((r) => !r.missing);
    const byResource = new Map<string, ResourceResult>();
    const add = (
      key: string,
      base: { accountId: string; region: string; resourceType: string; resourceId: string; resourceName?: string },
      rule: { ruleName: string; compliance: ComplianceState; annotation?: string },
    ): void => {
      let res = byResource.get(key);
      if (!res) {
        res = {
          accountId: base.accountId, region: base.region, resourceType: base.resourceType, resourceId: base.resourceId,
          ...(base.resourceName ? { resourceName: base.resourceName } : {}),
          status: rule.compliance, rules: [],
        };
        byResource.set(key, res);
      }
      res.rules.push(rule);
      if (SEVERITY[rule.compliance] > SEVERITY[res.status]) res.status = rule.compliance;
    };
    for (const ev of c.evaluations) {
      if (!control.configRules.some((ref) => ref.identifier === ev.identifier)) continue;
      const key = keyOf(ev);
      const recorded = recordedByKey.get(key);
      add(key, { ...ev, ...(recorded?.resourceName ? { resourceName: recorded.resourceName } : {}) }, {
        ruleName: ev.ruleName, compliance: ev.compliance, ...(ev.annotation ? { annotation: ev.annotation } : {}),
      });
    }
    // Resources of a rule's types that the rule never evaluated: not evaluated, never compliant.
    for (const ref of control.configRules) {
      for (const type of ref.resourceTypes ?? []) {
        if (!c.completeResourceTypes.includes(type)) {
          complete = false;
          notes.push(`The inventory of ${type} could not be read completely.`);
          continue;
        }
        let unevaluated = 0;
        for (const r of c.resources) {
          if (r.resourceType !== type) continue;
          const key = keyOf(r);
          if (evaluatedBy.has(`${ref.identifier}#${key}`)) continue;
          unevaluated++;
          add(key, r, { ruleName: configRules.find((x) => x.identifier === ref.identifier)?.ruleNames[0] ?? `(no ${ref.identifier} rule)`, compliance: 'INSUFFICIENT_DATA', annotation: 'No evaluation recorded for this resource' });
        }
        if (unevaluated > 0) notes.push(`${unevaluated} ${type} resource(s) have no ${ref.identifier} evaluation.`);
      }
    }
    // Where the managed rule cannot tell a customer-managed key from an AWS-managed one, judge from the recorded key.
    if (control.configRules.some((ref) => ref.caveat)) {
      for (const [key, res] of byResource) {
        const store = storeByKey.get(key);
        if (store && res.status === 'COMPLIANT' && store.keyClass !== 'customer-managed') {
          res.status = 'NON_COMPLIANT';
          res.note = `The Config rule reports COMPLIANT, but the recorded key is ${store.keyClass} (${store.detail}).`;
        }
      }
    }
    // Exceptions register.
    for (const res of byResource.values()) {
      if (res.status !== 'NON_COMPLIANT') continue;
      const recorded = recordedByKey.get(keyOf(res));
      const entry = (opts.exceptions ?? []).find(
        (e) => e.control === control.id && exceptionMatches(e, { ...res, ...(recorded?.arn ? { arn: recorded.arn } : {}) }),
      );
      if (!entry) continue;
      const list = exceptionUse.get(entry) ?? [];
      list.push(`${res.resourceType}/${res.resourceId}`);
      exceptionUse.set(entry, list);
      res.exception = { reason: entry.reason, owner: entry.owner, expiry: entry.expiry, status: isExpired(entry, now) ? 'unresolved' : 'accepted' };
    }
    const resources = [...byResource.values()].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || a.resourceId.localeCompare(b.resourceId));
    const counts = countOf(resources);
    const neverRan = rules.length > 0 && c.mode !== 'aggregator' && rules.every((r) => r.lastSuccessfulEvaluation === undefined);
    let verdict: ControlVerdict;
    if (counts.nonCompliant - counts.excepted > 0) verdict = 'NON_COMPLIANT';
    else if (!complete) verdict = 'INCOMPLETE';
    else if (counts.insufficientData > 0 || (counts.compliant === 0 && neverRan)) verdict = 'NOT_EVALUATED';
    else if (counts.compliant === 0 && counts.excepted === 0) verdict = 'NO_RESOURCES';
    else verdict = counts.excepted > 0 ? 'COMPLIANT_WITH_EXCEPTIONS' : 'COMPLIANT';
    if (!complete) notes.push('Collection for this control is incomplete: the counts are a lower bound and the control is not reported as compliant.');
    for (const r of configRules) if (r.missing) notes.push(`No deployed Config rule uses managed identifier ${r.identifier}.`);
    return {
      id: control.id, title: control.title, citations: control.citations, guidance: control.guidance,
      configRules, verdict, complete, counts, resources, notes,
    };
  });

  const exceptions: ExceptionResult[] = (opts.exceptions ?? []).map((e) => {
    const expired = isExpired(e, now);
    const matched = exceptionUse.get(e) ?? [];
    return {
      ...e,
      status: expired ? 'unresolved' : matched.length > 0 ? 'accepted' : 'unused',
      ...(e.opened ? { daysOpen: wholeDays(Date.parse(e.opened), now.getTime()) } : {}),
      ...(expired ? { daysExpired: wholeDays(Date.parse(e.expiry) + (/^\d{4}-\d{2}-\d{2}$/.test(e.expiry) ? 86_400_000 : 0), now.getTime()) } : {}),
      matchedResources: matched,
    };
  });

  // Overall: unique resources, each at its worst standing across controls.
  const worst = new Map<string, ResourceResult>();
  for (const ctl of controls) {
    for (const r of ctl.resources) {
      const key = `${r.accountId}|${r.region}|${r.resourceType}|${r.resourceId}`;
      const prev = worst.get(key);
      const excepted = (x: ResourceResult): boolean => x.status === 'NON_COMPLIANT' && x.exception?.status === 'accepted';
      if (!prev || SEVERITY[r.status] > SEVERITY[prev.status] || (r.status === prev.status && excepted(prev) && !excepted(r))) {
        worst.set(key, r);
      }
    }
  }
  const controlsByVerdict = Object.fromEntries(VERDICTS.map((v) => [v, controls.filter((x) => x.verdict === v).length])) as Record<ControlVerdict, number>;
  const incomplete = problems.length > 0 || controlsByVerdict.INCOMPLETE > 0 || controlsByVerdict.NOT_EVALUATED > 0;
  const nonCompliant = controlsByVerdict.NON_COMPLIANT > 0;
  const exitCode: 0 | 1 | 2 = incomplete ? 2 : nonCompliant ? 1 : 0;

  const accounts = new Set<string>(opts.accounts ?? []);
  const regions = new Set<string>();
  for (const r of c.resources) { if (r.accountId) accounts.add(r.accountId); if (r.region) regions.add(r.region); }
  for (const e of c.evaluations) { if (e.accountId) accounts.add(e.accountId); if (e.region) regions.add(e.region); }
  for (const s of c.sources) { if (s.accountId) accounts.add(s.accountId); if (s.region) regions.add(s.region); }
  if (c.mode !== 'aggregator') regions.add(c.region);

  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    collectionStatus: incomplete ? 'INCOMPLETE' : 'COMPLETE',
    overallVerdict: incomplete ? 'INCOMPLETE' : nonCompliant ? 'NON_COMPLIANT' : 'COMPLIANT',
    exitCode,
    provenance: {
      tool: 'dermashield-evidence',
      toolVersion: opts.toolVersion,
      sdk: `@aws-sdk/client-config-service ${opts.sdkVersion}`,
      startedAt: c.startedAt,
      finishedAt: c.finishedAt,
      mode: c.mode,
      ...(c.scopeName ? { scopeName: c.scopeName } : {}),
      clientRegion: c.region,
      accounts: [...accounts].sort(),
      regions: [...regions].sort(),
      healthyRules: c.rules.filter((r) => r.healthy === true).map((r) => r.name),
      unhealthyRules: c.rules.filter((r) => r.healthy === false).map((r) => r.name),
      sources: c.sources,
      apiCalls: c.calls,
      retriedCalls: c.retriedCalls,
      ...(opts.exceptionsSource ? { exceptionsRegister: opts.exceptionsSource } : {}),
    },
    problems,
    overall: { ...countOf([...worst.values()]), controlsByVerdict },
    controls,
    metrics,
    exceptions,
  };
}

const SEVERITY: Record<ComplianceState, number> = { NOT_APPLICABLE: 0, COMPLIANT: 1, INSUFFICIENT_DATA: 2, NON_COMPLIANT: 3 };
const VERDICTS: ControlVerdict[] = ['COMPLIANT', 'COMPLIANT_WITH_EXCEPTIONS', 'NON_COMPLIANT', 'NOT_EVALUATED', 'INCOMPLETE', 'NO_RESOURCES', 'NO_CONFIG_RULE'];

function zeroCounts(): Counts {
  return { total: 0, compliant: 0, nonCompliant: 0, notApplicable: 0, insufficientData: 0, excepted: 0 };
}

function countOf(resources: readonly ResourceResult[]): Counts {
  const k = zeroCounts();
  for (const r of resources) {
    k.total++;
    if (r.status === 'COMPLIANT') k.compliant++;
    else if (r.status === 'NON_COMPLIANT') {
      k.nonCompliant++;
      if (r.exception?.status === 'accepted') k.excepted++;
    } else if (r.status === 'NOT_APPLICABLE') k.notApplicable++;
    else k.insufficientData++;
  }
  return k;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, percent: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10 };
}

/** Case-insensitive path read: Config mixes `sSEDescription`, `ssedescription` and CloudFormation-style names. */
export function read(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    const want = part.toLowerCase();
    const entry = Object.entries(cur as Record<string, unknown>).find(([k]) => k.toLowerCase() === want);
    cur = entry?.[1];
  }
  return cur;
}

function bool(v: unknown): boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Computed from recorded configuration, joining resources' key ids to the recorded AWS::KMS::Key items. */
export function computeMetrics(c: Collection): ComputedMetrics {
  const done = (...types: string[]): boolean => types.every((t) => c.completeResourceTypes.includes(t));
  const keys = c.resources.filter((r) => r.resourceType === 'AWS::KMS::Key');
  const keyIndex = new Map<string, RecordedResource>();
  for (const k of keys) {
    const id = str(read(k.configuration, 'keyId')) ?? k.resourceId;
    keyIndex.set(id, k);
    const arn = str(read(k.configuration, 'arn')) ?? k.arn;
    if (arn) keyIndex.set(arn, k);
  }
  const classify = (ref: string | undefined, absentMeans: KeyClass, absentDetail: string): { keyClass: KeyClass; detail: string; keyId?: string } => {
    if (!ref) return { keyClass: absentMeans, detail: absentDetail };
    if (isAwsManagedKeyName(ref)) return { keyClass: 'aws-managed', detail: `AWS-managed alias ${ref}`, keyId: ref };
    if (/(^|:)alias\//.test(ref)) return { keyClass: 'unknown', detail: `key given by alias ${ref}; Config does not record aliases`, keyId: ref };
    const id = ref.includes(':key/') ? ref.slice(ref.indexOf(':key/') + 5) : ref;
    const key = keyIndex.get(ref) ?? keyIndex.get(id);
    if (!key) return { keyClass: 'unknown', detail: `key ${ref} is not in the recorded configuration (another account, or KMS keys not recorded)`, keyId: ref };
    const manager = str(read(key.configuration, 'keyManager'));
    if (manager === 'CUSTOMER') return { keyClass: 'customer-managed', detail: `customer-managed key ${id}`, keyId: ref };
    if (manager === 'AWS') return { keyClass: 'aws-managed', detail: `AWS-managed key ${id}`, keyId: ref };
    return { keyClass: 'unknown', detail: `key ${id} has no recorded KeyManager`, keyId: ref };
  };

  // PHI data stores.
  const stores: DataStoreResult[] = [];
  for (const r of c.resources) {
    if (!DATA_STORE_TYPES.includes(r.resourceType)) continue;
    const base = { accountId: r.accountId, region: r.region, resourceType: r.resourceType, resourceId: r.resourceId, ...(r.resourceName ? { resourceName: r.resourceName } : {}) };
    let judged: { keyClass: KeyClass; detail: string; keyId?: string };
    switch (r.resourceType) {
      case 'AWS::S3::Bucket': {
        const rules = read(r.supplementaryConfiguration, 'ServerSideEncryptionConfiguration.rules');
        const first = Array.isArray(rules) ? read(rules[0], 'applyServerSideEncryptionByDefault') : undefined;
        const algorithm = str(read(first, 'sseAlgorithm'));
        if (!algorithm) judged = { keyClass: 'sse-s3', detail: 'no default encryption recorded: S3 applies SSE-S3' };
        else if (algorithm === 'AES256') judged = { keyClass: 'sse-s3', detail: 'SSE-S3 (AES256)' };
        else judged = classify(str(read(first, 'kmsMasterKeyID')), 'aws-managed', `${algorithm} with the AWS-managed aws/s3 key`);
        break;
      }
      case 'AWS::RDS::DBInstance':
      case 'AWS::RDS::DBCluster': {
        if (r.resourceType === 'AWS::RDS::DBInstance' && str(read(r.configuration, 'dBClusterIdentifier'))) continue; // storage belongs to the cluster
        const encrypted = bool(read(r.configuration, 'storageEncrypted'));
        judged = encrypted === false
          ? { keyClass: 'unencrypted', detail: 'StorageEncrypted is false' }
          : encrypted === undefined
            ? { keyClass: 'unknown', detail: 'StorageEncrypted not recorded' }
            : classify(str(read(r.configuration, 'kmsKeyId')), 'aws-managed', 'encrypted with the AWS-managed aws/rds key');
        break;
      }
      case 'AWS::DynamoDB::Table': {
        const sse = read(r.configuration, 'ssedescription');
        const status = str(read(sse, 'status'));
        judged = !sse || (status !== 'ENABLED' && status !== 'UPDATING')
          ? { keyClass: 'aws-managed', detail: 'DynamoDB default encryption with an AWS owned key' }
          : classify(str(read(sse, 'kmsmasterKeyArn')), 'aws-managed', 'KMS with the AWS-managed aws/dynamodb key');
        break;
      }
      case 'AWS::EFS::FileSystem': {
        const encrypted = bool(read(r.configuration, 'Encrypted'));
        judged = encrypted !== true
          ? { keyClass: encrypted === false ? 'unencrypted' : 'unknown', detail: encrypted === false ? 'Encrypted is false' : 'Encrypted not recorded' }
          : classify(str(read(r.configuration, 'KmsKeyId')), 'aws-managed', 'encrypted with the AWS-managed aws/elasticfilesystem key');
        break;
      }
      default: {
        const encrypted = bool(read(r.configuration, 'encrypted'));
        judged = encrypted !== true
          ? { keyClass: encrypted === false ? 'unencrypted' : 'unknown', detail: encrypted === false ? 'volume is not encrypted' : 'encryption not recorded' }
          : classify(str(read(r.configuration, 'kmsKeyId')), 'aws-managed', 'encrypted with the AWS-managed aws/ebs key');
      }
    }
    stores.push({ ...base, keyClass: judged.keyClass, detail: judged.detail, ...(judged.keyId ? { keyId: judged.keyId } : {}) });
  }
  const byClass: Record<KeyClass, number> = { 'customer-managed': 0, 'aws-managed': 0, 'sse-s3': 0, 'unencrypted': 0, 'unknown': 0 };
  for (const s of stores) byClass[s.keyClass]++;

  // ELBv2 listeners.
  const listeners: ListenerResult[] = [];
  for (const r of c.resources) {
    if (r.resourceType !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
    const protocol = str(read(r.configuration, 'Protocol')) ?? 'UNKNOWN';
    if (protocol === 'GENEVE') continue; // Gateway Load Balancer: no TLS termination
    const sslPolicy = str(read(r.configuration, 'SslPolicy'));
    const port = read(r.configuration, 'Port');
    const encrypted = protocol === 'HTTPS' || protocol === 'TLS';
    listeners.push({
      accountId: r.accountId, region: r.region, resourceId: r.resourceId, protocol,
      ...(typeof port === 'number' ? { port } : {}),
      ...(sslPolicy ? { sslPolicy } : {}),
      grade: encrypted ? gradeListenerPolicy(sslPolicy) : 'plaintext',
    });
  }
  const encryptedListeners = listeners.filter((l) => l.grade !== 'plaintext');

  // KMS keys: rotation of enabled symmetric customer-managed keys with KMS-generated material.
  const rotationKeys = keys
    .filter((k) => read(k.configuration, 'keyManager') === 'CUSTOMER')
    .filter((k) => (str(read(k.configuration, 'keyState')) ?? 'Enabled') === 'Enabled')
    .filter((k) => (str(read(k.configuration, 'keySpec')) ?? str(read(k.configuration, 'customerMasterKeySpec')) ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT')
    .filter((k) => (str(read(k.configuration, 'origin')) ?? 'AWS_KMS') === 'AWS_KMS')
    .map((k) => ({
      accountId: k.accountId, region: k.region, keyId: str(read(k.configuration, 'keyId')) ?? k.resourceId,
      rotation: bool(read(k.supplementaryConfiguration, 'KeyRotationStatus')) ?? null,
    }));

  // Backup vaults.
  const vaults = c.resources
    .filter((r) => r.resourceType === 'AWS::Backup::BackupVault')
    .map((r) => {
      const lockCfg = read(r.configuration, 'LockConfiguration');
      const lockedFlag = bool(read(r.configuration, 'Locked'));
      const locked = lockedFlag ?? (lockCfg && typeof lockCfg === 'object' ? true : null);
      const key = classify(str(read(r.configuration, 'EncryptionKeyArn')), 'aws-managed', 'the AWS-managed aws/backup key');
      return { accountId: r.accountId, region: r.region, name: str(read(r.configuration, 'BackupVaultName')) ?? r.resourceName ?? r.resourceId, keyClass: key.keyClass, locked };
    });

  // Client VPN endpoints.
  const endpoints = c.resources
    .filter((r) => r.resourceType === 'AWS::EC2::ClientVpnEndpoint')
    .map((r) => ({ accountId: r.accountId, region: r.region, id: r.resourceId, logging: bool(read(r.configuration, 'ConnectionLogOptions.Enabled')) ?? null }));

  return {
    phiDataStores: {
      cmkEncrypted: ratio(byClass['customer-managed'], stores.length),
      byClass,
      complete: done(...DATA_STORE_TYPES, 'AWS::KMS::Key'),
      resources: stores,
    },
    loadBalancerListeners: {
      tls12Plus: ratio(encryptedListeners.filter((l) => l.grade === 'tls12' || l.grade === 'tls13').length, encryptedListeners.length),
      tls13: ratio(encryptedListeners.filter((l) => l.sslPolicy !== undefined && LISTENER_POLICIES[l.sslPolicy]?.tls13 === true).length, encryptedListeners.length),
      plaintext: listeners.length - encryptedListeners.length,
      complete: done('AWS::ElasticLoadBalancingV2::Listener'),
      listeners,
    },
    kmsKeyRotation: {
      rotationEnabled: ratio(rotationKeys.filter((k) => k.rotation === true).length, rotationKeys.length),
      complete: done('AWS::KMS::Key'),
      keys: rotationKeys,
    },
    backupVaults: {
      encryptedWithCmk: ratio(vaults.filter((v) => v.keyClass === 'customer-managed').length, vaults.length),
      locked: ratio(vaults.filter((v) => v.locked === true).length, vaults.length),
      complete: done('AWS::Backup::BackupVault', 'AWS::KMS::Key'),
      vaults,
    },
    clientVpnLogging: {
      loggingEnabled: ratio(endpoints.filter((e) => e.logging === true).length, endpoints.length),
      complete: done('AWS::EC2::ClientVpnEndpoint'),
      endpoints,
    },
  };
}
