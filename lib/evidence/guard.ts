/**
 * AWS Config custom policy (Guard) rules of the catalog, as the evidence CLI finds and names them. `PhiConfigRules`
 * deploys one per control with a `guardPolicy`, named `<prefix><control id in lower case>` (default prefix
 * `dermashield-`) and described `DermaShield evidence for <ID>: <title>`; through a conformance pack Config appends a
 * suffix to the name. The naming rule and description live in lib/controls/markers.ts, shared with `PhiConfigRules`.
 */
import { Control } from '../controls/types';

/** Collection key of a control's custom policy rule: `CUSTOM_POLICY:<control id>` (never a managed identifier). */
const PREFIX = 'CUSTOM_POLICY:';


export function guardIdentifier(controlId: string): string {
  return `${PREFIX}${controlId}`;
}

export function isGuardIdentifier(identifier: string): boolean {
  return identifier.startsWith(PREFIX);
}

/** The control id behind a `CUSTOM_POLICY:<id>` key. */
export function guardControlId(identifier: string): string {
  return identifier.slice(PREFIX.length);
}

/** The rule name `PhiConfigRules` gives a control's custom policy rule (one definition, in lib/controls). */
export { guardRuleName } from '../controls/markers';

/** The collection keys of the catalog's custom policy rules. */
export function guardIdentifiers(controls: readonly Control[]): string[] {
  return controls.filter((c) => c.guardPolicy).map((c) => guardIdentifier(c.id));
}

/**
 * Which wanted custom policy rule a deployed rule is: by its description (`DermaShield evidence for <ID>:`), else by
 * its name holding the control id in lower case as a whole word (`ds-s3-1` in `dermashield-ds-s3-1-conformance-pack-x`,
 * never in `dermashield-ds-s3-10`).
 */
export function guardIdentifierOf(name: string, description: string | undefined, identifiers: readonly string[]): string | undefined {
  const wanted = identifiers.filter(isGuardIdentifier);
  const byDescription = description ? /^DermaShield evidence for (DS-[A-Z0-9]+-\d+)\s*:/.exec(description) : null;
  if (byDescription && wanted.includes(guardIdentifier(byDescription[1]))) return guardIdentifier(byDescription[1]);
  const lower = name.toLowerCase();
  return wanted.find((id) => new RegExp(`(^|[^a-z0-9])${escape(guardControlId(id).toLowerCase())}($|[^0-9])`).test(lower));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Custom policy rules whose configuration item records the key as an ARN that looks the same for an AWS-managed key
 * (the catalog's `guardPolicy.caveat` says so): the evidence CLI joins that ARN to the recorded `AWS::KMS::Key` item's
 * `keyManager`, by control id and resource type -> the attribute holding the key reference.
 */
export const GUARD_KEY_JOINS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  'DS-RDS-4': Object.freeze({
    'AWS::RDS::DBInstance': 'configuration.performanceInsightsKMSKeyId',
    'AWS::RDS::DBCluster': 'configuration.performanceInsightsKMSKeyId',
  }),
  'DS-MSK-1': Object.freeze({
    'AWS::MSK::Cluster': 'configuration.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
  }),
});

/** Resource types whose configuration (not only identity) a key join needs. */
export const GUARD_KEY_JOIN_TYPES: readonly string[] = Object.freeze([...new Set(Object.values(GUARD_KEY_JOINS).flatMap((m) => Object.keys(m)))]);
