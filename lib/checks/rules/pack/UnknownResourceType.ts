import { ENCRYPTION_UNIVERSE, OTHER_RESOURCE_TYPES, UNIVERSE_SPEC_VERSION } from '../../universe.generated';
import { defineRule, notApplicable, unverifiable } from '../../rule';

const KNOWN_TYPES: ReadonlySet<string> = new Set([...Object.keys(ENCRYPTION_UNIVERSE), ...OTHER_RESOURCE_TYPES]);

/**
 * True for types the pack never judges by design: custom resources (`Custom::*`, `AWS::CloudFormation::CustomResource`)
 * are Lambda-backed actions whose data lives in the resources they touch, which are judged where they are declared;
 * `AWS::CDK::Metadata` is the CDK's own version-reporting resource (not in the CloudFormation spec, holds no data).
 */
export function isCustomResourceType(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource' || type === 'AWS::CDK::Metadata';
}

/** True when the pinned CloudFormation spec knows the type (with or without encryption properties). */
export function isKnownResourceType(type: string): boolean {
  return KNOWN_TYPES.has(type);
}

/**
 * DS-PACK-1: a resource type the pack's CloudFormation spec does not know (an aws-cdk-lib, template or service newer
 * than the pinned spec) is reported, never passed silently. It only ever reports `[Unverifiable]`.
 */
export const UnknownResourceType = defineRule({
  name: 'UnknownResourceType',
  controlId: 'DS-PACK-1',
  // Matched by the pack on every type outside the spec, not by a type list.
  resourceTypes: [],
  requirement: 'Every resource type must be one the DermaShield pack knows, so its encryption settings are judged.',
  explanation: `The type is not in the CloudFormation specification DermaShield was built with (@aws-cdk/aws-service-spec ${UNIVERSE_SPEC_VERSION}), `
    + 'so nothing tells whether it can hold ePHI or what encrypts it. Upgrade DermaShield, or acknowledge the finding with '
    + 'the reason the type holds no ePHI or how its encryption is assured.',
  evaluate(resource) {
    if (isCustomResourceType(resource.type) || isKnownResourceType(resource.type)) return notApplicable();
    return unverifiable(`${resource.type} is not in the CloudFormation specification the pack knows (${UNIVERSE_SPEC_VERSION})`);
  },
});
