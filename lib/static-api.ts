// Helpers users call, as static members of classes: jsii (Python, Java, .NET, Go) has no free functions or
// module-level constants. TypeScript users may keep using `CONTROLS`, `controlById`, `controlForRule` and
// `acknowledgeRule` and `readValidationReport`; these classes delegate to them, so there is one implementation.
import { IConstruct } from 'constructs';
import { AcknowledgeRuleOptions, acknowledgeRule } from './checks/acknowledge';
import { readValidationReport, ValidationReport } from './checks/validation-report';
import { Control, CONTROLS, controlById, controlForRule } from './controls';
import { CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE } from './controls/markers';
import { PACK_NAME, UNVERIFIABLE_SUFFIX } from './controls/parameters';

/**
 * Look-ups in the DermaShield control catalog (one record per encryption control: id, title, HIPAA citations,
 * the rules that enforce it and the AWS Config rules that evidence it).
 *
 * @example
 * const control = ControlCatalog.byId('DS-S3-1');
 */
export class ControlCatalog {
  /** The pack name: rule ids are `DermaShield-<Rule>`, acknowledgements `DermaShield::DermaShield-<Rule>`. */
  public static readonly PACK_NAME: string = PACK_NAME;
  /** Suffix of the rule id reported when a control cannot be verified at synth, e.g. `DermaShield-KmsKeyRotation[Unverifiable]`. */
  public static readonly UNVERIFIABLE_SUFFIX: string = UNVERIFIABLE_SUFFIX;
  /** Tag key that marks a bucket as holding clinical images (the S3 rules then require the image controls). */
  public static readonly CLINICAL_IMAGE_TAG_KEY: string = CLINICAL_IMAGE_TAG_KEY;
  /** Tag value that marks a bucket as holding clinical images. */
  public static readonly CLINICAL_IMAGE_TAG_VALUE: string = CLINICAL_IMAGE_TAG_VALUE;

  /** Every control, in the order the README table shows them (a copy: the catalog itself is frozen). */
  public static all(): Control[] {
    return [...CONTROLS];
  }

  /**
   * The control with this id, e.g. `DS-S3-1`.
   * @throws if no control has this id, so a typo never reaches a report
   */
  public static byId(id: string): Control {
    return controlById(id);
  }

  /**
   * The control that lists this rule id (e.g. `DermaShield-KmsKeyRotation`).
   * @returns the control, or `undefined` when no control lists the rule
   */
  public static forRule(ruleId: string): Control | undefined {
    return controlForRule(ruleId);
  }

  private constructor() {}
}

/**
 * Deliberate exceptions to DermaShield findings, with a written reason that the CDK records in
 * `validation-report.json` (where it was acknowledged, by whom in code, and why): an audit trail, not a suppression.
 *
 * @example
 * DermaShieldAcknowledgements.acknowledgeRule(bucket, 'S3CustomerManagedKey', 'Holds only public marketing images; no PHI.');
 */
export class DermaShieldAcknowledgements {
  /**
   * Acknowledge a DermaShield finding on a construct and everything below it.
   *
   * @param scope the construct whose findings (and those of its children) are acknowledged
   * @param rule the rule name (`S3CustomerManagedKey`) or id (`DermaShield-S3CustomerManagedKey`)
   * @param reason the compensating control or AWS limit that makes the exception acceptable
   * @param options e.g. `unverifiable: true` to acknowledge the `[Unverifiable]` finding instead of a failure
   */
  public static acknowledgeRule(scope: IConstruct, rule: string, reason: string, options?: AcknowledgeRuleOptions): void {
    acknowledgeRule(scope, rule, reason, options);
  }

  private constructor() {}
}

/** Reads the findings of a synthesized app, for tests and CI gates in any language. */
export class ValidationReportReader {
  /**
   * Read the `validation-report.json` the CDK writes into a cloud assembly (synthesize with context
   * `@aws-cdk/core:failSynthOnValidationErrors: false` to get it instead of an exception). No file means no plugin
   * reported anything.
   *
   * @param assemblyDir the cloud assembly directory, e.g. `app.synth().directory`
   * @throws if a plugin crashed instead of reporting, so a broken check never reads as a pass
   */
  public static read(assemblyDir: string): ValidationReport {
    return readValidationReport(assemblyDir);
  }

  private constructor() {}
}
