import { CfnResource, Stack, Token, Tokenization } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { IConstruct } from 'constructs';
import { EhrDatabase } from '../database/ehr-database';
import { DermaShieldError } from '../errors';
import { PhiKey } from '../keys/phi-key';
import { ClinicalImageBucket } from '../storage/clinical-image-bucket';

/** What a data resource's CloudFormation type tells AWS Backup, read from the L1's public typed properties only. */
interface DataResourceType {
  /** The attribute holding the ARN a backup selection names. */
  readonly arnAttribute: string;
  /** The restore testing `ProtectedResourceType`. */
  readonly resourceType: (cfn: CfnResource) => string;
  /** The public typed properties that name the resource's KMS key (what the DS-BACKUP-3 check reads). */
  readonly keyProperties: (cfn: CfnResource) => unknown[];
}

/** The CloudFormation types a BackupTarget can be: the same ones the pack's DS-BACKUP rules judge. */
const DATA_RESOURCES: Record<string, DataResourceType> = {
  'AWS::RDS::DBInstance': {
    arnAttribute: 'DBInstanceArn',
    resourceType: () => 'RDS',
    keyProperties: (cfn) => (rds.CfnDBInstance.isCfnDBInstance(cfn) ? [cfn.kmsKeyId] : []),
  },
  'AWS::RDS::DBCluster': {
    arnAttribute: 'DBClusterArn',
    resourceType: (cfn) => clusterResourceType(rds.CfnDBCluster.isCfnDBCluster(cfn) ? Stack.of(cfn).resolve(cfn.engine) : undefined),
    keyProperties: (cfn) => (rds.CfnDBCluster.isCfnDBCluster(cfn) ? [cfn.kmsKeyId] : []),
  },
  'AWS::S3::Bucket': {
    arnAttribute: 'Arn',
    resourceType: () => 'S3',
    keyProperties: (cfn) => (s3.CfnBucket.isCfnBucket(cfn) ? [cfn.bucketEncryption] : []),
  },
  'AWS::DynamoDB::Table': {
    arnAttribute: 'Arn',
    resourceType: () => 'DynamoDB',
    keyProperties: (cfn) => (dynamodb.CfnTable.isCfnTable(cfn) ? [cfn.sseSpecification] : []),
  },
  // TableV2's L1. The key is per replica (`Replicas[].SSESpecification.KMSMasterKeyId`); `Arn` is the table in the stack's Region.
  'AWS::DynamoDB::GlobalTable': {
    arnAttribute: 'Arn',
    resourceType: () => 'DynamoDB',
    keyProperties: (cfn) => {
      if (!dynamodb.CfnGlobalTable.isCfnGlobalTable(cfn)) return [];
      const replicas = cfn.replicas;
      return Array.isArray(replicas) ? replicas.map((r) => (Tokenization.isResolvable(r) ? r : r.sseSpecification)) : [replicas];
    },
  },
  'AWS::EFS::FileSystem': {
    arnAttribute: 'Arn',
    resourceType: () => 'EFS',
    keyProperties: (cfn) => (efs.CfnFileSystem.isCfnFileSystem(cfn) ? [cfn.kmsKeyId] : []),
  },
};

/** Restore testing calls Aurora clusters `Aurora` and Multi-AZ DB clusters (engine `mysql`, `postgres`) `RDS`. */
function clusterResourceType(engine: unknown): string {
  return typeof engine === 'string' && !engine.startsWith('aurora') ? 'RDS' : 'Aurora';
}

/** The literal-ARN shapes {@link BackupTarget.fromArn} accepts, with their restore testing resource types. */
const ARN_TYPES: Record<string, string> = {
  'rds:db:': 'RDS', 'rds:cluster:': 'Aurora', 's3:': 'S3', 'dynamodb:table/': 'DynamoDB', 'elasticfilesystem:file-system/': 'EFS',
};

/**
 * A resource a {@link PhiBackupVault} backs up and restore-tests: `vault.protect(BackupTarget.fromConstruct(ehr))`.
 *
 * Modelled on aws-cdk-lib's `BackupResource`. A target knows the ARN a backup selection names, the AWS Backup
 * resource type restore testing selects (`RDS`, `Aurora`, `S3`, `DynamoDB`, `EFS`), and, when the construct tree
 * tells, the KMS key of the data: the vault refuses a target encrypted with its own key (control DS-BACKUP-3) and
 * lets AWS Backup's role use an S3 bucket's key. Everything is read through public attributes: the DermaShield
 * constructs' `instance`/`cluster`/`bucket`/`encryptionKey`, the aws-cdk-lib L2s' ARN and `encryptionKey`
 * attributes, and the L1s' typed properties.
 *
 * @see https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html
 */
export class BackupTarget {
  /**
   * The data resource of a construct: an `EhrDatabase` (its instance or cluster), a `ClinicalImageBucket` (its bucket),
   * an aws-cdk-lib `s3.Bucket`, `rds.DatabaseInstance`, `rds.DatabaseCluster`, `dynamodb.Table`, `dynamodb.TableV2` or
   * `efs.FileSystem` (defined in the app or imported), one of their L1s (`CfnDBInstance`, `CfnDBCluster`, `CfnBucket`,
   * `CfnTable`, `CfnGlobalTable`, `CfnFileSystem`), or any construct whose default child is one of those L1s.
   *
   * Throws a DermaShieldError (`PhiBackupVaultUnsupportedTarget`) for any other construct.
   */
  public static fromConstruct(construct: IConstruct): BackupTarget {
    if (construct instanceof EhrDatabase) {
      return construct.cluster
        ? BackupTarget.fromDatabaseCluster(construct.cluster, construct.encryptionKey)
        : BackupTarget.fromDatabaseInstance(construct.instance!, construct.encryptionKey);
    }
    if (construct instanceof ClinicalImageBucket) return BackupTarget.fromBucket(construct.bucket, construct.encryptionKey);
    if (construct instanceof s3.BucketBase) return BackupTarget.fromBucket(construct);
    if (construct instanceof rds.DatabaseInstanceBase) return BackupTarget.fromDatabaseInstance(construct);
    if (construct instanceof rds.DatabaseClusterBase) return BackupTarget.fromDatabaseCluster(construct);
    if (construct instanceof dynamodb.TableBase || construct instanceof dynamodb.TableBaseV2) return BackupTarget.fromTable(construct);
    if (construct instanceof efs.FileSystem) return BackupTarget.fromFileSystem(construct);
    const cfn = dataResourceOf(construct);
    if (!cfn) {
      throw DermaShieldError.forSubject('PhiBackupVaultUnsupportedTarget', 'BackupTarget.fromConstruct',
        `construct ${construct.node.path} is not a backup target: pass an EhrDatabase, a ClinicalImageBucket, an RDS DB instance `
        + 'or cluster, an S3 bucket, a DynamoDB table (Table or TableV2) or an EFS file system (the aws-cdk-lib L2, its L1, or a '
        + 'construct whose default child is one of those L1s). For another resource use BackupTarget.fromArn() with its literal ARN.');
    }
    return BackupTarget.fromDataResource(cfn);
  }

  /**
   * A resource named by a literal ARN: an RDS DB instance (`arn:aws:rds:<region>:<account>:db:<name>`) or cluster
   * (`...:cluster:<name>`, restore-tested as `Aurora`), an S3 bucket (`arn:aws:s3:::<name>`), a DynamoDB table
   * (`...:table/<name>`) or an EFS file system (`...:file-system/<id>`). The vault cannot see the key of a resource
   * named by ARN; the KMS key policy and AWS Backup then decide.
   *
   * Throws a DermaShieldError for an ARN decided at deploy time (`PhiBackupVaultTokenArn`: pass the construct instead,
   * so the resource type and key are known) or of another type (`PhiBackupVaultUnsupportedArn`).
   */
  public static fromArn(arn: string): BackupTarget {
    if (Token.isUnresolved(arn)) {
      throw DermaShieldError.forSubject('PhiBackupVaultTokenArn', 'BackupTarget.fromArn',
        `arn ${arn} is decided at deploy time, so its resource type and key cannot be known; pass the construct with `
        + 'BackupTarget.fromConstruct() or fromBucket()/fromDatabaseInstance()/fromDatabaseCluster()/fromTable()/fromFileSystem() instead.');
    }
    const m = /^arn:aws[a-z-]*:(rds|s3|dynamodb|elasticfilesystem):[^:]*:[^:]*:(db:|cluster:|table\/|file-system\/)?/.exec(arn);
    const resourceType = m ? ARN_TYPES[`${m[1]}:${m[2] ?? ''}`] : undefined;
    if (!resourceType) {
      throw DermaShieldError.forSubject('PhiBackupVaultUnsupportedArn', 'BackupTarget.fromArn',
        `arn '${arn}' is not an RDS DB instance or cluster, S3 bucket, DynamoDB table or EFS file system ARN `
        + '(arn:<partition>:rds:<region>:<account>:db:<name> or :cluster:<name>, arn:<partition>:s3:::<bucket>, '
        + 'arn:<partition>:dynamodb:<region>:<account>:table/<name>, arn:<partition>:elasticfilesystem:<region>:<account>:file-system/<id>).');
    }
    return new BackupTarget(arn, resourceType);
  }

  /**
   * An S3 bucket, defined in the app or imported. AWS Backup's role reads and restores the objects, so the vault lets it
   * use the bucket's key. AWS Backup protects versioned buckets only (a ClinicalImageBucket is versioned).
   * @param encryptionKey the bucket's KMS key, when `bucket.encryptionKey` does not give it (an imported bucket); by
   *   default `bucket.encryptionKey`
   */
  public static fromBucket(bucket: s3.IBucket, encryptionKey?: kms.IKey): BackupTarget {
    return BackupTarget.fromL2(bucket, 'AWS::S3::Bucket', bucket.bucketArn, 'S3', encryptionKey ?? bucket.encryptionKey);
  }

  /**
   * An RDS DB instance, defined in the app or imported.
   * @param encryptionKey the instance's storage key as an `IKey`, if you hold it (only used to refuse it as the vault
   *   key); by default the key is read from the instance's L1 (`KmsKeyId`), and unknown for an imported instance
   */
  public static fromDatabaseInstance(instance: rds.IDatabaseInstance, encryptionKey?: kms.IKey): BackupTarget {
    return BackupTarget.fromL2(instance, 'AWS::RDS::DBInstance', instance.instanceArn, 'RDS', encryptionKey);
  }

  /**
   * An Aurora or Multi-AZ RDS DB cluster, defined in the app or imported (restore-tested as `Aurora`, or as `RDS` when
   * the engine is not Aurora).
   * @param encryptionKey the cluster's storage key as an `IKey`, if you hold it (only used to refuse it as the vault
   *   key); by default the key is read from the cluster's L1 (`KmsKeyId`), and unknown for an imported cluster
   */
  public static fromDatabaseCluster(cluster: rds.IDatabaseCluster, encryptionKey?: kms.IKey): BackupTarget {
    return BackupTarget.fromL2(cluster, 'AWS::RDS::DBCluster', cluster.clusterArn, clusterResourceType(cluster.engine?.engineType), encryptionKey);
  }

  /** A DynamoDB table (`Table` or `TableV2`), defined in the app or imported; its key is `table.encryptionKey`. */
  public static fromTable(table: dynamodb.ITable): BackupTarget {
    const cfnType = dynamodb.CfnGlobalTable.isCfnGlobalTable(table.node.defaultChild) ? 'AWS::DynamoDB::GlobalTable' : 'AWS::DynamoDB::Table';
    return BackupTarget.fromL2(table, cfnType, table.tableArn, 'DynamoDB', table.encryptionKey);
  }

  /** An EFS file system, defined in the app or imported. */
  public static fromFileSystem(fileSystem: efs.IFileSystem): BackupTarget {
    return BackupTarget.fromL2(fileSystem, 'AWS::EFS::FileSystem', fileSystem.fileSystemArn, 'EFS', undefined);
  }

  /**
   * An L2 the app defines is named through its L1 (`Fn::GetAtt`, the ARN attribute CloudFormation returns); an imported
   * one (no L1 of that type as default child) through its ARN attribute.
   */
  private static fromL2(l2: IConstruct, cfnType: string, arn: string, resourceType: string, encryptionKey: kms.IKey | undefined): BackupTarget {
    const cfn = l2.node.defaultChild;
    if (CfnResource.isCfnResource(cfn) && cfn.cfnResourceType === cfnType) return BackupTarget.fromDataResource(cfn, encryptionKey);
    return new BackupTarget(arn, resourceType, l2, encryptionKey);
  }

  private static fromDataResource(cfn: CfnResource, encryptionKey?: kms.IKey): BackupTarget {
    const type = DATA_RESOURCES[cfn.cfnResourceType];
    return new BackupTarget(cfn.getAtt(type.arnAttribute).toString(), type.resourceType(cfn), cfn, encryptionKey, cfn);
  }

  /** The ARN the backup selection and the restore testing selection name. */
  public readonly arn: string;
  /** The AWS Backup resource type restore testing selects: `RDS`, `Aurora`, `S3`, `DynamoDB` or `EFS`. */
  public readonly resourceType: string;
  /**
   * The data resource: its L1 when the app defines it, the L2 when it is imported.
   * @default - none for a target made by {@link BackupTarget.fromArn}
   */
  public readonly resource?: IConstruct;
  /**
   * The data's KMS key, as a public attribute gives it (a DermaShield construct's or an L2's `encryptionKey`, or the
   * key passed to a factory).
   * @default - unknown: the L1's key properties are still checked by {@link isEncryptedWith}
   */
  public readonly encryptionKey?: kms.IKey;
  /** The L1, whose typed key properties {@link isEncryptedWith} reads. */
  private readonly cfn?: CfnResource;

  private constructor(arn: string, resourceType: string, resource?: IConstruct, encryptionKey?: kms.IKey, cfn?: CfnResource) {
    this.arn = arn;
    this.resourceType = resourceType;
    this.resource = resource;
    this.encryptionKey = encryptionKey;
    this.cfn = cfn;
  }

  /**
   * Whether the target's data is encrypted with `key`, as far as public properties tell: `encryptionKey`, and the L1's
   * typed key properties (`KmsKeyId`, `BucketEncryption`, `SSESpecification`, a global table's replica
   * `SSESpecification`s) naming `key` by reference, by a literal ARN or id, or through an alias (defined in the data
   * resource's stack, or one of `key`'s own literal alias names).
   *
   * Escape-hatch overrides (`addPropertyOverride`) and values decided at deploy time are not read here: the pack's
   * `DermaShield-BackupVaultKeySeparation` rule judges the synthesized template, overrides included. Always false for
   * a target made by {@link BackupTarget.fromArn}.
   */
  public isEncryptedWith(key: kms.IKey): boolean {
    if (!this.resource) return false;
    const stack = Stack.of(this.resource);
    const marks = keyMarks(key, stack);
    const values = [this.encryptionKey?.keyArn, ...(this.cfn ? DATA_RESOURCES[this.cfn.cfnResourceType].keyProperties(this.cfn) : [])];
    return values.some((v) => v !== undefined && namesKey(stack.resolve(v), marks, stack));
  }
}

/** The protectable L1 a construct is, or has as its default child. */
function dataResourceOf(construct: IConstruct): CfnResource | undefined {
  for (const c of [construct, construct.node.defaultChild]) {
    if (c && CfnResource.isCfnResource(c) && c.cfnResourceType in DATA_RESOURCES) return c;
  }
  return undefined;
}

/** How a template can name one KMS key: its L1s (the key's, its aliases'), and literal ARNs, ids and alias names. */
interface KeyMarks {
  readonly resources: Set<CfnResource>;
  readonly literals: Set<string>;
  readonly aliasNames: Set<string>;
}

/**
 * The marks of `key` as seen from `stack`: a PhiKey is its `kms.Key`; an alias defined in the app stands for its target
 * key; the key's own aliases and every alias in `stack` that targets the key name it too.
 */
function keyMarks(key: kms.IKey, stack: Stack): KeyMarks {
  const marks: KeyMarks = { resources: new Set(), literals: new Set(), aliasNames: new Set() };
  const addAlias = (alias: kms.CfnAlias): void => {
    marks.resources.add(alias);
    if (!Token.isUnresolved(alias.aliasName)) marks.aliasNames.add(alias.aliasName);
  };
  const add = (k: kms.IKey, depth: number): void => {
    if (depth > 5) return;
    if (PhiKey.isPhiKey(k)) return add(k.key, depth + 1);
    if (k instanceof kms.Alias) add(k.aliasTargetKey, depth + 1);
    const l1 = k.node.defaultChild;
    if (CfnResource.isCfnResource(l1)) marks.resources.add(l1);
    for (const id of [k.keyArn, k.keyId]) if (!Token.isUnresolved(id)) marks.literals.add(id);
    for (const c of k.node.findAll()) if (kms.CfnAlias.isCfnAlias(c)) addAlias(c);
  };
  add(key, 0);
  for (const c of stack.node.findAll()) {
    if (kms.CfnAlias.isCfnAlias(c) && !marks.resources.has(c) && Stack.of(c) === stack && namesKey(stack.resolve(c.targetKeyId), marks, stack)) addAlias(c);
  }
  return marks;
}

/** Does a resolved property value name the key: `Ref`/`Fn::GetAtt` to one of its L1s, or a literal ARN, id or alias name? */
function namesKey(value: unknown, marks: KeyMarks, stack: Stack, depth = 0): boolean {
  if (depth > 30 || value === null || value === undefined) return false;
  if (typeof value === 'string') {
    if (marks.literals.has(value) || [...marks.literals].some((id) => value.endsWith(`:key/${id}`))) return true;
    return [...marks.aliasNames].some((a) => value === a || value.endsWith(`:${a}`));
  }
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => namesKey(v, marks, stack, depth + 1));
  const o = value as Record<string, unknown>;
  const logicalId = typeof o.Ref === 'string' ? o.Ref : Array.isArray(o['Fn::GetAtt']) ? o['Fn::GetAtt'][0] : undefined;
  if (typeof logicalId === 'string') return [...marks.resources].some((r) => Stack.of(r) === stack && stack.resolve(r.logicalId) === logicalId);
  return Object.values(o).some((v) => namesKey(v, marks, stack, depth + 1));
}
