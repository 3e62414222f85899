/**
 * How a bucket is marked as holding clinical images: a resource tag on the `AWS::S3::Bucket`.
 *
 * A tag is visible in the effective template, so a bucket defined by `new s3.Bucket`, a raw `CfnResource`, or a
 * `CfnInclude`d template can be marked the same way (`Tags.of(bucket).add(CLINICAL_IMAGE_TAG_KEY,
 * CLINICAL_IMAGE_TAG_VALUE)`). `ClinicalImageBucket` marks its own bucket.
 */
export const CLINICAL_IMAGE_TAG_KEY = 'dermashield:data-class';

/** The tag value that marks a bucket as holding clinical images (see {@link CLINICAL_IMAGE_TAG_KEY}). */
export const CLINICAL_IMAGE_TAG_VALUE = 'clinical-images';
/**
 * How an alarm says which control it guards: its description starts with the control id in square brackets,
 * e.g. `[DS-KMS-1] PHI key rotation turned off`. The same marker works for CloudWatch alarms (`AlarmDescription`),
 * composite alarms and EventBridge rules (`Description`), shows up in the console and in every notification, and
 * needs no tag support from the resource type.
 */
export const GUARD_MARKER = /^\[(DS-[A-Z0-9]+-\d+)\]/;

/** The control id an alarm description names as guarded, or undefined when it guards none. */
export function guardedControlId(description: string): string | undefined {
  return GUARD_MARKER.exec(description)?.[1];
}

/** A description that marks an alarm as guarding `controlId`: `[DS-KMS-1] <text>`. */
export function guardDescription(controlId: string, text: string): string {
  return `[${controlId}] ${text}`;
}

/** The rule-name prefix `PhiConfigRules` gives the catalog's custom policy (Guard) rules by default. */
export const GUARD_RULE_NAME_PREFIX = 'dermashield-';

/**
 * The Config rule name of a control's custom policy rule: the prefix plus the control id in lower case
 * (`dermashield-ds-s3-3`). `PhiConfigRules` names the rules this way and the evidence CLI finds them by it.
 */
export function guardRuleName(controlId: string, prefix: string = GUARD_RULE_NAME_PREFIX): string {
  return `${prefix}${controlId.toLowerCase()}`;
}

/** The description of a control's custom policy rule, `DermaShield evidence for <ID>: <title>` (the CLI matches on it). */
export function guardRuleDescription(control: { readonly id: string; readonly title: string }): string {
  return `DermaShield evidence for ${control.id}: ${control.title}`;
}
