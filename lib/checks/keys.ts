import { isAwsManagedKeyName } from '../controls/keys';
import { EffectiveResource, EffectiveStack } from './effective';

/** What kind of KMS key a property names. */
export type KeyKind = 'customer-managed' | 'aws-managed' | 'absent' | 'unverifiable';

/** The verdict on a key reference, with a phrase for finding messages. */
export interface KeyClassification {
  readonly kind: KeyKind;
  /** e.g. `alias/aws/s3 is an AWS-managed key`. */
  readonly detail: string;
}

/** KMS key types a template can define: all customer-managed. */
const KEY_TYPES = new Set(['AWS::KMS::Key', 'AWS::KMS::ReplicaKey']);


/**
 * Decide whether a key property names a customer-managed key: a `Ref`/`Fn::GetAtt` to an `AWS::KMS::Key` in the
 * app (directly, through an `AWS::KMS::Alias`, an export or a nested-stack parameter), or an ARN the practice
 * declared as a CMK in the pack's props. AWS-managed keys (`alias/aws/*`) and absent keys are not; anything
 * decided only at deploy time is unverifiable.
 */
export function classifyKey(value: unknown, from: EffectiveStack, declaredCmkArns: ReadonlySet<string>): KeyClassification {
  const target = from.resolve(value);
  switch (target.kind) {
    case 'absent':
      return { kind: 'absent', detail: 'no key is named, so the AWS-managed or AWS-owned default key is used' };
    case 'unverifiable':
      return { kind: 'unverifiable', detail: `the key is ${target.why}, which cannot be verified at synth` };
    case 'resource':
      return classifyKeyResource(target.resource, declaredCmkArns);
    case 'literal':
      return classifyLiteral(target.value, from, declaredCmkArns);
  }
}

function classifyKeyResource(resource: EffectiveResource, declared: ReadonlySet<string>): KeyClassification {
  if (KEY_TYPES.has(resource.type)) {
    return { kind: 'customer-managed', detail: `${resource.logicalId} is a customer-managed key defined in the app` };
  }
  if (resource.type === 'AWS::KMS::Alias') {
    const aliasName = resource.properties.AliasName;
    if (typeof aliasName === 'string' && isAwsManagedKeyName(aliasName)) {
      return { kind: 'aws-managed', detail: `${aliasName} is an AWS-managed key` };
    }
    return classifyKey(resource.properties.TargetKeyId, resource.stack, declared);
  }
  return { kind: 'unverifiable', detail: `the key refers to ${resource.logicalId} (${resource.type}), which is not a KMS key` };
}

function classifyLiteral(value: string, from: EffectiveStack, declared: ReadonlySet<string>): KeyClassification {
  if (value.trim() === '') return { kind: 'absent', detail: 'the key is empty, so the default key is used' };
  if (isAwsManagedKeyName(value)) return { kind: 'aws-managed', detail: `${value} is an AWS-managed key` };
  if (declared.has(value)) return { kind: 'customer-managed', detail: `${value} is declared as a customer-managed key` };
  const alias = /(?:^|:)(alias\/.+)$/.exec(value)?.[1];
  if (alias) {
    const defined = from.app.aliasNamed(alias);
    if (defined) return classifyKeyResource(defined, declared);
  }
  return {
    kind: 'unverifiable',
    detail: `${value} is not a key defined in this app nor declared in externalCustomerManagedKeyArns`,
  };
}

/** True only for a verified customer-managed key. */
export function isCustomerManaged(c: KeyClassification): boolean {
  return c.kind === 'customer-managed';
}
