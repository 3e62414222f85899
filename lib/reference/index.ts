import { App, IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, Validations } from 'aws-cdk-lib';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { DermaShieldChecks, DermaShieldChecksProps } from '../checks/dermashield-checks';
import { acknowledgeReferenceFindings } from './acknowledgements';
import { BackupCopyStack, copyVaultArn } from './backup-copy-stack';
import { PracticeStack } from './practice-stack';
import { PracticeSettings } from './settings';

export * from './acknowledgements';
export * from './backup-copy-stack';
export * from './practice-stack';
export * from './settings';

/** The stacks of one practice. */
export interface ReferencePractice {
  readonly practice: PracticeStack;
  readonly backupCopy: BackupCopyStack;
}

/**
 * Add one practice's stacks to an app: the practice in its Region and the backup copy vault in the second Region.
 * @param prefix construct-id prefix, so one app can hold several practices (e.g. a dental-service organisation)
 */
export function addReferencePractice(app: App, settings: PracticeSettings, prefix = 'DermaShield'): ReferencePractice {
  const backupCopy = new BackupCopyStack(app, `${prefix}BackupCopy`, { settings });
  // The copy vault's stack is in the same partition as the practice's: its ARN takes that stack's partition.
  const practice = new PracticeStack(app, `${prefix}Practice`, { settings, copyToVaultArn: copyVaultArn(settings, backupCopy) });
  practice.addStackDependency(backupCopy, 'copies land in the second-Region vault, which must exist first');
  acknowledgeReferenceFindings({ practice, backupCopy });
  return { practice, backupCopy };
}

/** Which policy packs to register. */
export interface PolicyChecksOptions {
  /** DermaShield pack options. @default - defaults */
  readonly dermaShield?: DermaShieldChecksProps;
  /** Also register cdk-nag's HIPAA Security, NIST 800-53 rev 5 and AWS Solutions packs. @default true */
  readonly cdkNagPacks?: boolean;
  /**
   * Also register AWS Control Tower's proactive controls (the cfn-guard rules of `@cdklabs/cdk-validator-cfnguard`), the
   * CloudFormation hooks an account under Control Tower runs at deploy time.
   * @default true
   */
  readonly controlTower?: boolean;
}

/**
 * Register the reference architecture's policy checks: DermaShieldChecks and, by default, cdk-nag's
 * HIPAASecurityChecks, NIST80053R5Checks and AwsSolutionsChecks, and AWS Control Tower's proactive controls
 * (`CfnGuardValidator` with the Control Tower rules). (aws-cdk-lib's own CloudFormation validation runs at every synth
 * unless CDK_VALIDATION=false.)
 */
export function addPolicyChecks(app: App, options: PolicyChecksOptions = {}): void {
  const packs = [new DermaShieldChecks(app, options.dermaShield)];
  if (options.cdkNagPacks ?? true) {
    packs.push(new HIPAASecurityChecks(app) as any, new NIST80053R5Checks(app) as any, new AwsSolutionsChecks(app) as any);
  }
  if (options.controlTower ?? true) packs.push(new ControlTowerChecks() as any);
  Validations.of(app).addPlugins(...packs);
}

/** The name `@cdklabs/cdk-validator-cfnguard` reports under, which is also its acknowledgement namespace (`cdk-validator-cfnguard::<rule>`). */
export const CONTROL_TOWER_PLUGIN_NAME = 'cdk-validator-cfnguard';

/**
 * AWS Control Tower's proactive controls as a policy-validation plugin: `@cdklabs/cdk-validator-cfnguard`'s
 * `CfnGuardValidator({ controlTowerRulesEnabled: true })`, under the same name (so acknowledgements read
 * `cdk-validator-cfnguard::<rule>`), with every violation marked `severity: 'error'`.
 *
 * Why the wrapper: cfn-guard leaves a violation's severity unset. aws-cdk-lib 2.276 reports an unset severity as an
 * error, but once any finding of a plugin is acknowledged it recomputes that plugin's success as "no violation of
 * severity error or fatal", so an unacknowledged Control Tower violation would no longer fail synthesis.
 */
export class ControlTowerChecks implements IPolicyValidationPlugin {
  public readonly name = CONTROL_TOWER_PLUGIN_NAME;
  public readonly version?: string;
  public readonly ruleIds?: string[];
  private readonly validator = new CfnGuardValidator({ controlTowerRulesEnabled: true });

  constructor() {
    this.version = this.validator.version;
    this.ruleIds = this.validator.ruleIds;
  }

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    // The cast bridges the validator's older (Beta1) context and report types, which have the same shape.
    const report = this.validator.validate(context as any) as unknown as PolicyValidationPluginReport;
    return { ...report, violations: report.violations.map((v) => ({ ...v, severity: v.severity ?? 'error' })) };
  }
}
