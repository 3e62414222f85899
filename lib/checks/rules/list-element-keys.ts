import { EffectiveResource } from '../effective';
import { notApplicable, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable, worst } from '../rule';
import { locate } from '../table/entry';
import { describeIntrinsic, getPath, isIntrinsic } from '../values';

/** Where to look for list elements of one kind and the key each of them must name. */
export interface ElementKeySpec {
  /** Path of the list elements, with `[]` (e.g. `Rule.Actions[]`). */
  readonly elements: string;
  /** The member that marks an element of the kind that stores data (e.g. `S3Action`). */
  readonly kind: string;
  /** The key property inside that member (e.g. `KmsKeyArn`). */
  readonly key: string;
}

/**
 * Judge the key of every list element of one kind (an S3 action among other actions, an EBS storage config among FSx
 * ones): each must name a customer-managed key; elements of other kinds are ignored; no element of the kind is
 * nothing to protect. An element or list hidden behind an intrinsic is unverifiable.
 */
export function judgeElementKeys(resource: EffectiveResource, context: RuleContext, spec: ElementKeySpec): RuleOutcome {
  const outcomes: RuleOutcome[] = [];
  for (const { at, value } of locate(resource.properties, spec.elements)) {
    if (value === undefined || value === null) continue;
    if (isIntrinsic(value)) {
      outcomes.push(unverifiable(`${at} is ${describeIntrinsic(value)}, so whether it stores data cannot be told at synth`));
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      outcomes.push(unverifiable(`${at} is ${JSON.stringify(value)}, not an object`));
      continue;
    }
    const member = (value as Record<string, unknown>)[spec.kind];
    if (member === undefined || member === null) continue;
    if (isIntrinsic(member)) {
      outcomes.push(unverifiable(`${at}.${spec.kind} is ${describeIntrinsic(member)}`));
      continue;
    }
    outcomes.push(requireCustomerManagedKey(resource, context, getPath(member, spec.key), `${at}.${spec.kind}.${spec.key}`));
  }
  return outcomes.length ? worst(outcomes) : notApplicable();
}

