import { ArnFormat, Stack, StackProps } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { PhiBackupVault } from '../backup/phi-backup-vault';
import { PhiKey } from '../keys/phi-key';
import { PracticeSettings } from './settings';

/** Properties of the {@link BackupCopyStack}. */
export interface BackupCopyStackProps extends StackProps {
  /** The practice's settings (see `cdk.json`). */
  readonly settings: PracticeSettings;
}

/**
 * The second-Region vault that receives backup copies, encrypted with a key of that Region. It runs its own
 * restore tests, so the copies a disaster would depend on are proven restorable too.
 */
export class BackupCopyStack extends Stack {
  /** The copy vault. */
  public readonly vault: PhiBackupVault;
  /** Name of the copy vault (fixed, so the primary Region can name it without a cross-Region reference). */
  public readonly vaultName: string;

  constructor(scope: Construct, id: string, props: BackupCopyStackProps) {
    const s = props.settings;
    super(scope, id, {
      terminationProtection: true,
      description: `DermaShield backup copy vault for ${s.practiceName} in ${s.backupCopyRegion}`,
      ...props,
      env: props.env ?? { account: s.account, region: s.backupCopyRegion },
    });
    this.vaultName = copyVaultName(s);
    const key = new PhiKey(this, 'BackupCopyKey', { domain: 'backup-copy', alias: `alias/dermashield/${s.practiceName}/backup-copy` });
    this.vault = new PhiBackupVault(this, 'CopyVault', { backupVaultName: this.vaultName, encryptionKey: key });
    // The copies that land here come from the practice's EHR database and clinical image bucket.
    this.vault.restoreTestCopies('RDS');
    this.vault.restoreTestCopies('S3');
  }
}

/** The copy vault's name for a practice. */
export function copyVaultName(settings: PracticeSettings): string {
  return `${settings.practiceName}-phi-backup-copy`;
}

/**
 * The copy vault's ARN, built from settings (no cross-Region reference needed), in the partition of `scope`'s stack
 * (`aws`, `aws-us-gov`, `aws-cn`...: literal with `@aws-cdk/core:enablePartitionLiterals`, `AWS::Partition` otherwise).
 */
export function copyVaultArn(settings: PracticeSettings, scope: IConstruct): string {
  return Stack.of(scope).formatArn({
    service: 'backup',
    region: settings.backupCopyRegion,
    account: settings.account,
    resource: 'backup-vault',
    resourceName: copyVaultName(settings),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}
