import { App, Validations } from 'aws-cdk-lib';
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
  const practice = new PracticeStack(app, `${prefix}Practice`, { settings, copyToVaultArn: copyVaultArn(settings) });
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
}

/**
 * Register the reference architecture's policy checks: DermaShieldChecks and, by default, cdk-nag's
 * HIPAASecurityChecks, NIST80053R5Checks and AwsSolutionsChecks. (aws-cdk-lib's own CloudFormation validation runs
 * at every synth unless CDK_VALIDATION=false.)
 */
export function addPolicyChecks(app: App, options: PolicyChecksOptions = {}): void {
  const packs = [new DermaShieldChecks(app, options.dermaShield)];
  if (options.cdkNagPacks ?? true) {
    packs.push(new HIPAASecurityChecks(app) as any, new NIST80053R5Checks(app) as any, new AwsSolutionsChecks(app) as any);
  }
  Validations.of(app).addPlugins(...packs);
}
