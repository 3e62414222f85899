import { isAwsManagedKeyName } from '../controls/keys';
import { displayName } from './render-model';
import { gradeListenerPolicy } from './tls-policies';
import { Collection, DataStoreResult, KeyClass, ListenerResult, Ratio, RecordedResource } from './types';

/** Resource types counted as PHI data stores for the customer-managed-key percentage. */
export const DATA_STORE_TYPES: readonly string[] = Object.freeze([
  'AWS::S3::Bucket',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::DynamoDB::Table',
  'AWS::EFS::FileSystem',
  'AWS::EC2::Volume',
]);

/**
 * Where each key judgement below reads the key reference. The catalog's `decidedByRecord.attribute` must name the
 * same path (a test holds them together), so the catalog says truthfully what decides.
 */
export const KEY_REFERENCE_PATHS: Readonly<Record<string, string>> = Object.freeze({
  'AWS::S3::Bucket': 'supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyID',
  'AWS::RDS::DBInstance': 'configuration.kmsKeyId',
  'AWS::RDS::DBCluster': 'configuration.kmsKeyId',
  'AWS::DynamoDB::Table': 'configuration.ssedescription.kmsmasterKeyArn',
  'AWS::EFS::FileSystem': 'configuration.KmsKeyId',
  'AWS::EC2::Volume': 'configuration.kmsKeyId',
  'AWS::Backup::BackupVault': 'configuration.EncryptionKeyArn',
});

/** A resource's key as recorded: its class and why. */
export interface KeyFact {
  readonly keyClass: KeyClass;
  readonly detail: string;
  readonly keyId?: string;
}

/** Facts read from recorded configuration items, before any verdict. */
export interface RecordedFacts {
  /** Data stores and backup vaults by `accountId|region|type|id`. */
  readonly keys: ReadonlyMap<string, KeyFact>;
  /** Data stores, Aurora members excluded (their storage belongs to the cluster). */
  readonly stores: readonly DataStoreResult[];
  readonly listeners: readonly ListenerResult[];
  readonly rotationKeys: readonly { readonly accountId: string; readonly region: string; readonly keyId: string; readonly rotation: boolean | null }[];
  readonly vaults: readonly { readonly accountId: string; readonly region: string; readonly name: string; readonly resourceId: string; readonly keyClass: KeyClass; readonly locked: boolean | null }[];
  readonly endpoints: readonly { readonly accountId: string; readonly region: string; readonly id: string; readonly logging: boolean | null }[];
}

/** The key of a resource in fact maps: account, Region, type and id. */
export function factKey(r: { readonly accountId: string; readonly region: string; readonly resourceType: string; readonly resourceId: string }): string {
  return `${r.accountId}|${r.region}|${r.resourceType}|${r.resourceId}`;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, percent: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10 };
}

/** Case-insensitive path read: Config mixes `sSEDescription`, `ssedescription` and CloudFormation-style names. */
export function read(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    const m = /^(.*?)\[(\d+)\]$/.exec(part);
    const want = (m ? m[1] : part).toLowerCase();
    if (!cur || typeof cur !== 'object') return undefined;
    const entry = Object.entries(cur as Record<string, unknown>).find(([k]) => k.toLowerCase() === want);
    cur = entry?.[1];
    if (m) cur = Array.isArray(cur) ? cur[Number(m[2])] : undefined;
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

/** The key id in a key reference: the id itself, or the part of a key ARN after `:key/`. */
function keyIdOf(ref: string): string {
  return ref.includes(':key/') ? ref.slice(ref.indexOf(':key/') + 5) : ref;
}

/**
 * Give each recorded key, in place, the names of the recorded `AWS::KMS::Alias` items that target it (same account
 * and Region; `TargetKeyId` is a key id or a key ARN), sorted. Config SQL has no JOIN: the join is here.
 */
export function nameKeysByAlias(resources: RecordedResource[], aliases: readonly RecordedResource[]): void {
  const names = new Map<string, string[]>();
  for (const a of aliases) {
    const name = str(read(a.configuration, 'AliasName')) ?? a.resourceName ?? a.resourceId;
    const target = str(read(a.configuration, 'TargetKeyId'));
    if (!target) continue;
    const key = factKey({ ...a, resourceType: 'AWS::KMS::Key', resourceId: keyIdOf(target) });
    names.set(key, [...(names.get(key) ?? []), name]);
  }
  resources.forEach((r, i) => {
    const found = r.resourceType === 'AWS::KMS::Key' ? names.get(factKey(r)) : undefined;
    if (found) resources[i] = { ...r, aliases: [...new Set(found)].sort() };
  });
}

/**
 * The name a reader knows a recorded resource by: a key's aliases, otherwise Config's resource name or tag `Name`.
 * Presentation only: exceptions match the recorded name, never an alias.
 */
export function nameOf(r: RecordedResource | undefined): string | undefined {
  return r?.aliases?.length ? r.aliases.join(', ') : r?.resourceName;
}

/** The key reference a resource's configuration item names, read at its {@link KEY_REFERENCE_PATHS} path. */
function keyRef(r: RecordedResource): string | undefined {
  const path = KEY_REFERENCE_PATHS[r.resourceType];
  return path ? str(read(r, path)) : undefined;
}

/** A key reference's class: joined to the recorded AWS::KMS::Key items' keyManager (aliases of aws/ are AWS-managed). */
export type KeyClassifier = (ref: string | undefined, absentMeans: KeyClass, absentDetail: string) => { keyClass: KeyClass; detail: string; keyId?: string };

/** Classify key references against the recorded AWS::KMS::Key items of a collection. */
export function keyClassifier(c: Collection): KeyClassifier {
  const keys = c.resources.filter((r) => r.resourceType === 'AWS::KMS::Key');
  const keyIndex = new Map<string, RecordedResource>();
  for (const k of keys) {
    const id = str(read(k.configuration, 'keyId')) ?? k.resourceId;
    keyIndex.set(id, k);
    const arn = str(read(k.configuration, 'arn')) ?? k.arn;
    if (arn) keyIndex.set(arn, k);
  }
  const classify: KeyClassifier = (ref, absentMeans, absentDetail) => {
    if (!ref) return { keyClass: absentMeans, detail: absentDetail };
    if (isAwsManagedKeyName(ref)) return { keyClass: 'aws-managed', detail: `AWS-managed alias ${ref}`, keyId: ref };
    if (/(^|:)alias\//.test(ref)) return { keyClass: 'unknown', detail: `key given by alias ${ref}: an alias names a key in the report, it is not resolved to judge one`, keyId: ref };
    const id = keyIdOf(ref);
    const key = keyIndex.get(ref) ?? keyIndex.get(id);
    if (!key) return { keyClass: 'unknown', detail: `key ${ref} is not in the recorded configuration (another account, or KMS keys not recorded)`, keyId: ref };
    const manager = str(read(key.configuration, 'keyManager'));
    const shown = displayName({ resourceId: id, resourceName: nameOf(key) });
    if (manager === 'CUSTOMER') return { keyClass: 'customer-managed', detail: `customer-managed key ${shown}`, keyId: ref };
    if (manager === 'AWS') return { keyClass: 'aws-managed', detail: `AWS-managed key ${shown}`, keyId: ref };
    return { keyClass: 'unknown', detail: `key ${shown} has no recorded KeyManager`, keyId: ref };
  };
  return classify;
}

/** Read from recorded configuration, joining resources' key ids to the recorded AWS::KMS::Key items. */
export function recordedFacts(c: Collection): RecordedFacts {
  const keys = c.resources.filter((r) => r.resourceType === 'AWS::KMS::Key');
  const classify = keyClassifier(c);

  // PHI data stores.
  const stores: DataStoreResult[] = [];
  const keyFacts = new Map<string, KeyFact>();
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
        else judged = classify(keyRef(r), 'aws-managed', `${algorithm} with the AWS-managed aws/s3 key`);
        break;
      }
      case 'AWS::RDS::DBInstance':
      case 'AWS::RDS::DBCluster': {
        const encrypted = bool(read(r.configuration, 'storageEncrypted'));
        judged = encrypted === false
          ? { keyClass: 'unencrypted', detail: 'StorageEncrypted is false' }
          : encrypted === undefined
            ? { keyClass: 'unknown', detail: 'StorageEncrypted not recorded' }
            : classify(keyRef(r), 'aws-managed', 'encrypted with the AWS-managed aws/rds key');
        break;
      }
      case 'AWS::DynamoDB::Table': {
        const sse = read(r.configuration, 'ssedescription');
        const status = str(read(sse, 'status'));
        judged = !sse || (status !== 'ENABLED' && status !== 'UPDATING')
          ? { keyClass: 'aws-managed', detail: 'DynamoDB default encryption with an AWS owned key' }
          : classify(keyRef(r), 'aws-managed', 'KMS with the AWS-managed aws/dynamodb key');
        break;
      }
      case 'AWS::EFS::FileSystem': {
        const encrypted = bool(read(r.configuration, 'Encrypted'));
        judged = encrypted !== true
          ? { keyClass: encrypted === false ? 'unencrypted' : 'unknown', detail: encrypted === false ? 'Encrypted is false' : 'Encrypted not recorded' }
          : classify(keyRef(r), 'aws-managed', 'encrypted with the AWS-managed aws/elasticfilesystem key');
        break;
      }
      default: {
        const encrypted = bool(read(r.configuration, 'encrypted'));
        judged = encrypted !== true
          ? { keyClass: encrypted === false ? 'unencrypted' : 'unknown', detail: encrypted === false ? 'volume is not encrypted' : 'encryption not recorded' }
          : classify(keyRef(r), 'aws-managed', 'encrypted with the AWS-managed aws/ebs key');
      }
    }
    keyFacts.set(factKey(r), judged);
    // An Aurora member's storage belongs to its cluster: counted once, as the cluster.
    if (r.resourceType === 'AWS::RDS::DBInstance' && str(read(r.configuration, 'dBClusterIdentifier'))) continue;
    stores.push({ ...base, keyClass: judged.keyClass, detail: judged.detail, ...(judged.keyId ? { keyId: judged.keyId } : {}) });
  }

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
      const key = classify(keyRef(r), 'aws-managed', 'the AWS-managed aws/backup key');
      keyFacts.set(factKey(r), key);
      return { accountId: r.accountId, region: r.region, name: str(read(r.configuration, 'BackupVaultName')) ?? r.resourceName ?? r.resourceId, resourceId: r.resourceId, keyClass: key.keyClass, locked };
    });

  // Client VPN endpoints.
  const endpoints = c.resources
    .filter((r) => r.resourceType === 'AWS::EC2::ClientVpnEndpoint')
    .map((r) => ({ accountId: r.accountId, region: r.region, id: r.resourceId, logging: bool(read(r.configuration, 'ConnectionLogOptions.Enabled')) ?? null }));

  return { keys: keyFacts, stores, listeners, rotationKeys, vaults, endpoints };
}
