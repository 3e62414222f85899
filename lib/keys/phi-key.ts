import { Duration, RemovalPolicy, ResourceEnvironment, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct, IConstruct } from 'constructs';
import { DEFAULT_MAX_ROTATION_PERIOD_DAYS, MIN_ROTATION_PERIOD_DAYS } from '../controls/parameters';
import { DermaShieldError } from '../errors';
import { requireWholeDays } from '../validation';
import { allowCloudWatchLogs, allowServicePrincipal } from './key-policy';

/** KMS's upper bound for a rotation period, quoted in error messages. */
const KMS_MAX_ROTATION_PERIOD_DAYS = 2560;

/** The KMS deletion waiting period PhiKey always uses: the maximum, so a mistaken deletion can be cancelled. */
export const PHI_KEY_PENDING_WINDOW_DAYS = 30;

const PHI_KEY_SYMBOL = Symbol.for('dermashield.PhiKey');


/** Sid of the key policy statement that limits `kms:CreateGrant` to grants for AWS resources. */
export const PHI_KEY_GRANT_STATEMENT_SID = 'DenyGrantsNotForAwsResources';

/** Properties of a {@link PhiKey}. */
export interface PhiKeyProps {
  /**
   * The data domain the key protects: lower-case letters, digits and dashes (e.g. `images`, `ehr`, `backup`,
   * `logs`). One key per domain keeps a compromise or a key policy mistake inside one kind of data.
   */
  readonly domain: string;
  /**
   * Key description, shown in the KMS console and CloudTrail.
   * @default - `DermaShield customer-managed key for the <domain> ePHI domain`
   */
  readonly description?: string;
  /**
   * Alias for the key. Must start with `alias/` and must not use the reserved `alias/aws/` prefix.
   * Apps that deploy several practices into one account and Region should make it unique per practice.
   * @default - `alias/dermashield/<domain>`
   */
  readonly alias?: string;
  /**
   * How often KMS rotates the key material: 90 to 365 days (KMS allows up to 2560; HIPAA-minded practice and the
   * DermaShieldChecks default ceiling stop at 365). Shorter is stricter.
   * @default Duration.days(365)
   */
  readonly rotationPeriod?: Duration;
  /**
   * Automatic key rotation. It cannot be turned off: passing `false` throws. Present only so a caller that
   * spreads aws-cdk-lib `KeyProps` gets an error rather than a silently rotating key.
   * @default true
   */
  readonly enableKeyRotation?: boolean;
}

/**
 * A customer-managed KMS key for one ePHI data domain.
 *
 * Default settings: symmetric AES-256 (SYMMETRIC_DEFAULT), automatic rotation every 365 days, a 30-day deletion
 * window, alias `alias/dermashield/<domain>`, retained on stack deletion, a key policy that names the account (never
 * `*` in an Allow), and `kms:CreateGrant` only for AWS resources: a Deny for every principal unless
 * `kms:GrantIsForAWSResource` or `aws:PrincipalIsAWSService` is true (AWS Control Tower control CT.KMS.PR.3), so an
 * AWS service integrated with KMS (RDS, EBS, AWS Backup, Secrets Manager...) can still create the grants it needs
 * while no principal can hand out standing grants. Grants made through this construct can be scoped to one AWS service
 * with `kms:ViaService`.
 *
 * A PhiKey is a `kms.IKey`: pass it wherever aws-cdk-lib or DermaShield asks for a key (`encryptionKey`,
 * `masterKey`, `storageEncryptionKey`...). It wraps a `kms.Key` (`key`) rather than extending it, so that keys
 * deployed by earlier versions keep their logical ids (`<id>/Key/Resource`): a changed id would replace the key and
 * orphan the data it encrypts.
 *
 * What you cannot change: rotation (always on), the deletion window, the removal policy, `*` principals in an Allow,
 * the CreateGrant restriction.
 */
export class PhiKey extends Construct implements kms.IKey {
  /**
   * Whether `x` is a PhiKey. Works across copies of this library in one app, where `instanceof` does not.
   */
  public static isPhiKey(x: IConstruct): x is PhiKey {
    return x !== null && typeof x === 'object' && PHI_KEY_SYMBOL in x;
  }

  /** The underlying aws-cdk-lib `kms.Key` (an escape hatch; the PhiKey itself is an `IKey`). */
  public readonly key: kms.Key;
  /** The key's alias. */
  public readonly alias: kms.IAlias;
  /** The data domain the key protects. */
  public readonly domain: string;
  /** ARN of the key. */
  public readonly keyArn: string;
  /** Id of the key. */
  public readonly keyId: string;
  /** The stack the key is defined in. */
  public readonly stack: Stack;
  /** The account and Region the key lives in. */
  public readonly env: ResourceEnvironment;

  constructor(scope: Construct, id: string, props: PhiKeyProps) {
    super(scope, id);
    if (!/^[a-z][a-z0-9-]{0,47}$/.test(props.domain ?? '')) {
      throw new DermaShieldError('PhiKeyInvalidDomain', this,
        `domain ${JSON.stringify(props.domain)} is not allowed; use 1-48 lower-case letters, digits or dashes, starting with a letter (e.g. 'images').`);
    }
    if (props.enableKeyRotation === false) {
      throw new DermaShieldError('PhiKeyRotationDisabled', this,
        'enableKeyRotation false is not allowed: ePHI keys must rotate automatically (control DS-KMS-1). Remove the prop.');
    }
    const rotationPeriod = props.rotationPeriod ?? Duration.days(DEFAULT_MAX_ROTATION_PERIOD_DAYS);
    requireWholeDays(this, 'PhiKeyRotationPeriod', 'rotationPeriod', rotationPeriod, {
      min: MIN_ROTATION_PERIOD_DAYS, max: DEFAULT_MAX_ROTATION_PERIOD_DAYS,
      why: `(KMS allows up to ${KMS_MAX_ROTATION_PERIOD_DAYS}, but the DermaShieldChecks ceiling is ${DEFAULT_MAX_ROTATION_PERIOD_DAYS}) (control DS-KMS-2)` });
    const aliasName = props.alias ?? `alias/dermashield/${props.domain}`;
    if (!Token.isUnresolved(aliasName) && (!aliasName.startsWith('alias/') || aliasName.startsWith('alias/aws/'))) {
      throw new DermaShieldError('PhiKeyInvalidAlias', this,
        `alias ${JSON.stringify(aliasName)} is not allowed; it must start with 'alias/' and must not use the reserved 'alias/aws/' prefix.`);
    }

    this.domain = props.domain;
    this.key = new kms.Key(this, 'Key', {
      description: props.description ?? `DermaShield customer-managed key for the ${props.domain} ePHI domain`,
      enableKeyRotation: true,
      rotationPeriod,
      pendingWindow: Duration.days(PHI_KEY_PENDING_WINDOW_DAYS),
      keySpec: kms.KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT,
      // aws-cdk-lib retains keys by default too; stated here because losing a PHI key loses the data.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Grants only for AWS resources: CreateGrant (including the one inside the account root's kms:*) holds only when an
    // integrated AWS service asks for a grant on a resource it manages (EBS, RDS, AWS Backup...) or the caller is an
    // AWS service. A principal cannot hand out standing grants that outlive its IAM permissions. Every other kms:*
    // action of the account root is untouched, so the account keeps administering the key. (Control Tower CT.KMS.PR.3)
    this.key.addToResourcePolicy(new iam.PolicyStatement({
      sid: PHI_KEY_GRANT_STATEMENT_SID,
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }));
    this.alias = this.key.addAlias(aliasName);
    this.keyArn = this.key.keyArn;
    this.keyId = this.key.keyId;
    this.stack = this.key.stack;
    this.env = this.key.env;
    Object.defineProperty(this, PHI_KEY_SYMBOL, { value: true });

    this.node.addValidation({ validate: () => this.validateNoWildcardPrincipal() });
  }

  /**
   * Let a principal encrypt and decrypt with this key only through one AWS service
   * (condition `kms:ViaService = <service>.<region>.amazonaws.com`).
   * @param service the service's endpoint prefix, e.g. `s3`, `rds`, `secretsmanager`
   */
  public grantEncryptDecryptViaService(grantee: iam.IGrantable, service: string): iam.Grant {
    return this.grantViaService(grantee, service, [
      'kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey',
    ]);
  }

  /** Let a principal decrypt with this key only through one AWS service (see {@link grantEncryptDecryptViaService}). */
  public grantDecryptViaService(grantee: iam.IGrantable, service: string): iam.Grant {
    return this.grantViaService(grantee, service, ['kms:Decrypt', 'kms:DescribeKey']);
  }

  /**
   * Let CloudWatch Logs in this account and Region use the key for log groups (key policy statement scoped by the
   * `kms:EncryptionContext:aws:logs:arn` condition). Idempotent.
   */
  public allowCloudWatchLogs(): void {
    allowCloudWatchLogs(this.key);
  }

  /**
   * Let an AWS service principal in this account (e.g. `events.amazonaws.com`, `cloudwatch.amazonaws.com`,
   * `backup.amazonaws.com`) generate data keys and decrypt, as services that publish to an encrypted SNS topic
   * or write encrypted objects need. Scoped by `aws:SourceAccount`. Idempotent per service.
   */
  public allowServicePrincipal(servicePrincipal: string): void {
    allowServicePrincipal(this.key, servicePrincipal);
  }

  /** A reference to the key, for aws-cdk-lib's L1 and L2 constructs. */
  public get keyRef(): kms.KeyReference {
    return this.key.keyRef;
  }

  /** Defines an additional alias for the key. */
  public addAlias(aliasName: string): kms.Alias {
    return this.key.addAlias(aliasName);
  }

  /** Adds a statement to the key policy (a `*` principal in an Allow fails synthesis). */
  public addToResourcePolicy(statement: iam.PolicyStatement, allowNoOp?: boolean): iam.AddToResourcePolicyResult {
    return this.key.addToResourcePolicy(statement, allowNoOp);
  }

  /**
   * Accepts only `RemovalPolicy.RETAIN`: a deleted ePHI key makes the data it encrypts unreadable. (Present because
   * `kms.IKey` requires it.)
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    if (policy !== RemovalPolicy.RETAIN) {
      throw new DermaShieldError('PhiKeyRemovalPolicy', this,
        `removal policy ${policy} is not allowed; a PhiKey is always retained (RemovalPolicy.RETAIN), since deleting it loses the ePHI it encrypts.`);
    }
    this.key.applyRemovalPolicy(policy);
  }

  /** Grants the given actions on the key to a principal. */
  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return this.key.grant(grantee, ...actions);
  }

  /** Grants decryption. Prefer {@link grantDecryptViaService} where the principal uses the key through one service. */
  public grantDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantDecrypt(grantee);
  }

  /** Grants encryption. */
  public grantEncrypt(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantEncrypt(grantee);
  }

  /** Grants encryption and decryption. Prefer {@link grantEncryptDecryptViaService} where one service uses the key. */
  public grantEncryptDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantEncryptDecrypt(grantee);
  }

  /** Grants signing (a PhiKey is an ENCRYPT_DECRYPT key: KMS refuses sign calls; present because `kms.IKey` has it). */
  public grantSign(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantSign(grantee);
  }

  /** Grants verification (see {@link grantSign}). */
  public grantVerify(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantVerify(grantee);
  }

  /** Grants signing and verification (see {@link grantSign}). */
  public grantSignVerify(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantSignVerify(grantee);
  }

  /** Grants MAC generation (a PhiKey is not an HMAC key; present because `kms.IKey` has it). */
  public grantGenerateMac(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantGenerateMac(grantee);
  }

  /** Grants MAC verification (see {@link grantGenerateMac}). */
  public grantVerifyMac(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantVerifyMac(grantee);
  }

  private grantViaService(grantee: iam.IGrantable, service: string, actions: string[]): iam.Grant {
    if (!/^[a-z0-9-]+$/.test(service)) {
      throw new DermaShieldError('PhiKeyInvalidService', this,
        `service ${JSON.stringify(service)} is not an AWS service endpoint prefix (e.g. 's3', 'rds').`);
    }
    const stack = Stack.of(this);
    return iam.Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `${service}.${stack.region}.amazonaws.com` } },
    });
  }

  private validateNoWildcardPrincipal(): string[] {
    const doc = Stack.of(this).resolve((this.key.node.defaultChild as kms.CfnKey).keyPolicy) ?? {};
    const statements: any[] = doc.Statement ?? [];
    const wildcard = statements.filter((s) => s.Effect === 'Allow' && hasWildcardPrincipal(s.Principal));
    return wildcard.map((s) => `PhiKey '${this.node.path}': key policy statement ${s.Sid ?? JSON.stringify(s.Action)} `
      + 'allows the "*" principal; ePHI keys must name their principals.');
  }
}

function hasWildcardPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (principal && typeof principal === 'object') {
    return Object.values(principal).some((v) => v === '*' || (Array.isArray(v) && v.includes('*')));
  }
  return false;
}
