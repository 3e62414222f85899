/**
 * Shared reading of the AWS Backup resource graph inside ONE template (plan -> vault, selection -> plan,
 * selection -> protected resources, restore testing plan -> vault). Not a rule.
 *
 * Scope: every lookup is limited to the template of the resource being judged (`stack.ofType`, an O(1) index), so
 * the pack stays linear in app size. Resources protected from another template are out of scope.
 */
import { EffectiveResource, EffectiveStack } from '../../effective';
import { describeIntrinsic, getPath, isIntrinsic, readList } from '../../values';

/** Three-valued answer: definitely, definitely not, cannot tell at synth (with why). */
export type Tri = { readonly kind: 'yes' } | { readonly kind: 'no' } | { readonly kind: 'maybe'; readonly why: string };
export const YES: Tri = { kind: 'yes' };
export const NO: Tri = { kind: 'no' };
export const maybe = (why: string): Tri => ({ kind: 'maybe', why });

/** Data resources AWS Backup can protect that DermaShield knows how to read the key of. */
export const PROTECTED_TYPES: ReadonlySet<string> = new Set([
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::S3::Bucket', 'AWS::DynamoDB::Table', 'AWS::EFS::FileSystem',
  'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster',
]);

/**
 * The AWS Backup restore testing `ProtectedResourceType` of a template resource.
 * An RDS DB cluster is `Aurora` unless its engine says otherwise (Multi-AZ DB clusters restore as `RDS`).
 */
export function restoreTypeOf(resource: EffectiveResource): string | undefined {
  switch (resource.type) {
    case 'AWS::RDS::DBInstance': return 'RDS';
    case 'AWS::RDS::DBCluster': {
      const engine = resource.properties.Engine;
      return typeof engine === 'string' && !engine.startsWith('aurora') ? 'RDS' : 'Aurora';
    }
    case 'AWS::S3::Bucket': return 'S3';
    case 'AWS::DynamoDB::Table': return 'DynamoDB';
    case 'AWS::EFS::FileSystem': return 'EFS';
    case 'AWS::DocDB::DBCluster': return 'DocumentDB';
    case 'AWS::Neptune::DBCluster': return 'Neptune';
    default: return undefined;
  }
}

/** The raw key values of a protected data resource, with the property path for messages. */
export function dataKeysOf(resource: EffectiveResource): { path: string; value: unknown }[] {
  const p = resource.properties;
  switch (resource.type) {
    case 'AWS::S3::Bucket': {
      const rules = readList(p, 'BucketEncryption.ServerSideEncryptionConfiguration');
      if (rules.state !== 'known') return [{ path: 'BucketEncryption', value: getPath(p, 'BucketEncryption.ServerSideEncryptionConfiguration') }];
      return rules.value.map((rule, i) => ({
        path: `BucketEncryption.ServerSideEncryptionConfiguration.${i}.ServerSideEncryptionByDefault.KMSMasterKeyID`,
        value: getPath(rule, 'ServerSideEncryptionByDefault.KMSMasterKeyID'),
      }));
    }
    case 'AWS::DynamoDB::Table':
      return [{ path: 'SSESpecification.KMSMasterKeyId', value: getPath(p, 'SSESpecification.KMSMasterKeyId') }];
    default:
      return [{ path: 'KmsKeyId', value: p.KmsKeyId }];
  }
}

/** What a key reference names: one key (with a stable identity), no key, or unknown. */
export type KeyIdentity =
  | { readonly kind: 'key'; readonly id: string; readonly label: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'unverifiable'; readonly why: string };

/**
 * Identify the KMS key a property names, following `Ref`/`Fn::GetAtt`, aliases defined in the template, exports and
 * nested-stack parameters, so a key named by ARN in one place and by alias or key id in another is the same key.
 */
export function keyIdentity(value: unknown, from: EffectiveStack, depth = 0): KeyIdentity {
  if (depth > 10) return { kind: 'unverifiable', why: 'key reference chain too deep' };
  const target = from.resolve(value);
  switch (target.kind) {
    case 'absent':
      return { kind: 'none' };
    case 'unverifiable':
      return { kind: 'unverifiable', why: target.why };
    case 'resource': {
      const r = target.resource;
      if (r.type === 'AWS::KMS::Key' || r.type === 'AWS::KMS::ReplicaKey') {
        return { kind: 'key', id: `${r.stack.stack.node.path}#${r.logicalId}`, label: r.path };
      }
      if (r.type === 'AWS::KMS::Alias') return keyIdentity(r.properties.TargetKeyId, r.stack, depth + 1);
      return { kind: 'unverifiable', why: `${r.logicalId} (${r.type}) is not a KMS key` };
    }
    case 'literal': {
      const text = target.value.trim();
      if (text === '') return { kind: 'none' };
      const alias = /(?:^|:)(alias\/.+)$/.exec(text)?.[1];
      if (alias) {
        const defined = from.ofType('AWS::KMS::Alias').find((a) => a.properties.AliasName === alias);
        if (defined) return keyIdentity(defined.properties.TargetKeyId, defined.stack, depth + 1);
      }
      return { kind: 'key', id: `literal:${text}`, label: text };
    }
  }
}

/** True when two identified keys are the same key. */
export function sameKey(a: KeyIdentity, b: KeyIdentity): Tri {
  if (a.kind === 'none' || b.kind === 'none') return NO;
  if (a.kind === 'unverifiable') return maybe(a.why);
  if (b.kind === 'unverifiable') return maybe(b.why);
  return a.id === b.id ? YES : NO;
}

/** Where a reference to a resource of one type leads. */
export type Pointer =
  | { readonly kind: 'resource'; readonly resource: EffectiveResource }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unverifiable'; readonly why: string };

/** Resolve a value that should name a resource (by Ref, GetAtt, import or literal). */
export function pointer(value: unknown, from: EffectiveStack): Pointer {
  const t = from.resolve(value);
  if (t.kind === 'resource') return { kind: 'resource', resource: t.resource };
  return t;
}

/** The vault name as written in the template, when it is a literal. */
function literalVaultName(vault: EffectiveResource): string | undefined {
  const name = vault.properties.BackupVaultName;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Does a value (a `TargetBackupVault` name, a `DestinationBackupVaultArn`, an `IncludeVaults` entry) name `vault`?
 * `*` names every vault when `wildcard` is set.
 */
export function namesVault(value: unknown, from: EffectiveStack, vault: EffectiveResource, wildcard = false): Tri {
  const p = pointer(value, from);
  switch (p.kind) {
    case 'absent': return NO;
    case 'unverifiable': return maybe(p.why);
    case 'resource': return p.resource === vault ? YES : NO;
    case 'literal': {
      if (wildcard && p.value === '*') return YES;
      const name = literalVaultName(vault);
      if (name === undefined) return NO;
      const literal = p.value.includes(':backup-vault:') ? p.value.split(':backup-vault:')[1] : p.value;
      return literal === name ? YES : NO;
    }
  }
}

/** One `BackupPlanRule` entry and the vaults it writes to (target and copy destinations). */
export interface PlanRuleView {
  readonly index: number;
  readonly rule: unknown;
}

/** The plan's rules, or why they cannot be read. */
export function planRules(plan: EffectiveResource): { rules: PlanRuleView[] } | { why: string } {
  const list = readList(plan.properties, 'BackupPlan.BackupPlanRule');
  if (list.state === 'unverifiable') return { why: `BackupPlan.BackupPlanRule is ${list.why}` };
  if (list.state === 'absent') return { rules: [] };
  return { rules: list.value.map((rule, index) => ({ index, rule })) };
}

/** Does `plan` write recovery points to `vault` (as a target, or, with `includeCopies`, as a copy destination)? */
export function planWritesTo(plan: EffectiveResource, vault: EffectiveResource, includeCopies: boolean): Tri {
  const rules = planRules(plan);
  if ('why' in rules) return maybe(rules.why);
  const answers: Tri[] = [];
  for (const { rule } of rules.rules) {
    answers.push(namesVault(getPath(rule, 'TargetBackupVault'), plan.stack, vault));
    if (!includeCopies) continue;
    const copies = readList(rule, 'CopyActions');
    if (copies.state === 'unverifiable') answers.push(maybe(`CopyActions is ${copies.why}`));
    if (copies.state === 'known') {
      for (const c of copies.value) answers.push(namesVault(getPath(c, 'DestinationBackupVaultArn'), plan.stack, vault));
    }
  }
  return any(answers);
}

/** Yes if any is yes; otherwise maybe if any is maybe; otherwise no. */
export function any(answers: readonly Tri[]): Tri {
  if (answers.some((a) => a.kind === 'yes')) return YES;
  const m = answers.find((a): a is Extract<Tri, { kind: 'maybe' }> => a.kind === 'maybe');
  return m ?? NO;
}

/** Yes only if both are yes; no if either is no; otherwise maybe. */
export function both(a: Tri, b: Tri): Tri {
  if (a.kind === 'no' || b.kind === 'no') return NO;
  if (a.kind === 'yes' && b.kind === 'yes') return YES;
  return a.kind === 'maybe' ? a : b;
}

/** The backup selections of a plan, in the plan's template. */
export function selectionsOf(plan: EffectiveResource): { selection: EffectiveResource; belongs: Tri }[] {
  return plan.stack.ofType('AWS::Backup::BackupSelection').map((selection) => {
    const p = pointer(selection.properties.BackupPlanId, selection.stack);
    const belongs: Tri = p.kind === 'resource' ? (p.resource === plan ? YES : NO)
      : p.kind === 'unverifiable' ? maybe(`BackupPlanId is ${p.why}`) : NO;
    return { selection, belongs };
  }).filter((s) => s.belongs.kind !== 'no');
}

/** The data resources a selection protects, as far as the template tells, plus anything it cannot tell. */
export interface SelectedResources {
  readonly resources: EffectiveResource[];
  readonly unknown: string[];
}

/**
 * Resolve a selection's `Resources` ARNs (GetAtt, Ref or `Fn::Join`/`Fn::Sub` built around a Ref) and its tag
 * conditions (`ListOfTags`, `Conditions.StringEquals` on `aws:ResourceTag/...`) to data resources of the template.
 * Literal ARNs and `*` name resources outside what the template can tell: they are not reported as unknown.
 */
export function selectedResources(selection: EffectiveResource): SelectedResources {
  const stack = selection.stack;
  const found = new Set<EffectiveResource>();
  const unknown: string[] = [];
  const list = readList(selection.properties, 'BackupSelection.Resources');
  if (list.state === 'unverifiable') unknown.push(`BackupSelection.Resources is ${list.why}`);
  if (list.state === 'known') {
    for (const arn of list.value) collectReferenced(arn, stack, found, unknown);
  }
  const tags = tagConditions(selection, unknown);
  if (tags.anyOf.length) {
    for (const type of PROTECTED_TYPES) {
      for (const r of stack.ofType(type)) if (tags.anyOf.some(([k, v]) => hasTag(r, k, v))) found.add(r);
    }
  }
  const resources = [...found].filter((r) => PROTECTED_TYPES.has(r.type)
    && tags.allOf.every(([k, v]) => hasTag(r, k, v)));
  return { resources, unknown };
}

function tagConditions(selection: EffectiveResource, unknown: string[]): { anyOf: [string, string][]; allOf: [string, string][] } {
  const anyOf: [string, string][] = [];
  const allOf: [string, string][] = [];
  const list = readList(selection.properties, 'BackupSelection.ListOfTags');
  if (list.state === 'unverifiable') unknown.push(`BackupSelection.ListOfTags is ${list.why}`);
  if (list.state === 'known') {
    for (const c of list.value) {
      const [key, value, type] = [getPath(c, 'ConditionKey'), getPath(c, 'ConditionValue'), getPath(c, 'ConditionType')];
      if (typeof key === 'string' && typeof value === 'string' && type === 'STRINGEQUALS') anyOf.push([key, value]);
      else if (isIntrinsic(key) || isIntrinsic(value)) unknown.push(`a ListOfTags condition is ${describeIntrinsic(isIntrinsic(key) ? key : value)}`);
    }
  }
  const eq = readList(selection.properties, 'BackupSelection.Conditions.StringEquals');
  if (eq.state === 'known') {
    for (const c of eq.value) {
      const [key, value] = [getPath(c, 'ConditionKey'), getPath(c, 'ConditionValue')];
      if (typeof key === 'string' && key.startsWith('aws:ResourceTag/') && typeof value === 'string') {
        allOf.push([key.slice('aws:ResourceTag/'.length), value]);
      }
    }
  }
  return { anyOf, allOf };
}

function hasTag(resource: EffectiveResource, key: string, value: string): boolean {
  const tags = resource.properties.Tags;
  if (Array.isArray(tags)) return tags.some((t) => getPath(t, 'Key') === key && getPath(t, 'Value') === value);
  return false;
}

/** Collect template resources referenced anywhere inside a value (`Ref`, `Fn::GetAtt`, `${X}` in `Fn::Sub`). */
function collectReferenced(value: unknown, stack: EffectiveStack, found: Set<EffectiveResource>, unknown: string[], depth = 0): void {
  if (depth > 20 || value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectReferenced(v, stack, found, unknown, depth + 1);
    return;
  }
  if (!isIntrinsic(value)) return;
  const [fn] = Object.keys(value);
  const arg = value[fn];
  if (fn === 'Ref' || fn === 'Fn::GetAtt' || fn === 'Fn::ImportValue') {
    const t = stack.resolve(value);
    if (t.kind === 'resource') found.add(t.resource);
    else if (t.kind === 'unverifiable' && !(fn === 'Ref' && typeof arg === 'string' && arg.startsWith('AWS::'))) unknown.push(t.why);
    return;
  }
  if (fn === 'Fn::Sub') {
    const [text, vars] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) ? [arg[0], arg[1] ?? {}] : [undefined, {}];
    if (typeof text === 'string') {
      for (const m of text.matchAll(/\$\{([^!}][^}.]*)(?:\.[^}]*)?\}/g)) {
        const name = m[1];
        if (name in (vars as object)) collectReferenced((vars as Record<string, unknown>)[name], stack, found, unknown, depth + 1);
        else if (stack.resources.has(name)) found.add(stack.resources.get(name)!);
      }
    }
    return;
  }
  if (fn === 'Fn::Join' || fn === 'Fn::Select' || fn === 'Fn::Split') {
    collectReferenced(arg, stack, found, unknown, depth + 1);
    return;
  }
  unknown.push(describeIntrinsic(value));
}
