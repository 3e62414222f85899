import { Names, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { allowCloudWatchLogs } from '../keys/key-policy';
import { PhiKey } from '../keys/phi-key';
import { createCluster } from './cluster';
import { EHR_DEFAULT_PORT, EhrDatabaseEngine, EhrDatabaseProps } from './ehr-database-props';
import { createInstance } from './instance';
import { createLogGroups } from './log-groups';
import { DatabaseBase } from './shared';
import { validateEhrDatabaseProps } from './validate';

// This module is what lib/index.ts re-exports (`export *`). Its public names are listed here one by one, so that the
// helpers in the other files of lib/database stay out of the public (and jsii) API.
export {
  EHR_DEFAULT_PORT, EHR_MIN_BACKUP_RETENTION_DAYS, EHR_MIN_LOG_RETENTION_DAYS, EhrDatabaseEngine, POSTGRES_DEFAULT_PORT,
} from './ehr-database-props';
export type { EhrDatabaseProps } from './ehr-database-props';
export { EHR_TLS_PARAMETERS } from './parameters';

const AWS_SOLUTIONS = 'AwsSolutions::AwsSolutions';

/**
 * The EHR database: charts, notes and billing data on RDS for PostgreSQL (Multi-AZ instance) or Aurora PostgreSQL.
 *
 * Default settings: storage, snapshots, Performance Insights, the RDS-managed master secret and the exported
 * `postgresql`/`upgrade` log groups all encrypted with one customer-managed key (a PhiKey for the `ehr` domain); a
 * parameter group with `rds.force_ssl = 1` and `ssl_min_protocol_version = TLSv1.2`; IAM database authentication;
 * the master password generated and rotated (every 7 days) by RDS; 35-day automated backups kept after deletion, copy
 * tags to snapshots; Enhanced Monitoring every 60 s; deletion protection; retained on stack removal; isolated
 * subnets; not publicly accessible; port 5433 (not PostgreSQL's default 5432); a security group with no ingress until
 * you grant it (`connections`); the RSA2048-G1 CA.
 *
 * @see https://www.hhs.gov/hipaa/for-professionals/security/laws-regulations/index.html 45 CFR 164.312(a)(2)(iv), (e)(1)
 */
export class EhrDatabase extends Construct {
  /** The engine this database runs. */
  public readonly engine: EhrDatabaseEngine;
  /** The DB instance (`POSTGRES_INSTANCE` only). */
  public readonly instance?: rds.DatabaseInstance;
  /** The Aurora cluster (`AURORA_POSTGRES_CLUSTER` only). */
  public readonly cluster?: rds.DatabaseCluster;
  /** ARN of the DB instance or cluster: what a backup plan selects. */
  public readonly arn: string;
  /** The DB instance or cluster identifier. */
  public readonly identifier: string;
  /** The customer-managed key protecting everything the database stores (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** Network access: `db.connections.allowDefaultPortFrom(appSecurityGroup)`. */
  public readonly connections: ec2.Connections;
  /** The database's security group (no ingress until granted, no egress). */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** The parameter group in use (the construct's, or the one you passed). */
  public readonly parameterGroup: rds.IParameterGroup;
  /** The master user secret RDS manages and rotates in Secrets Manager. */
  public readonly masterSecret: secretsmanager.ISecret;
  /** The writer endpoint (instance endpoint, or the cluster endpoint). */
  public readonly endpoint: rds.Endpoint;
  /** The port the database listens on (never 5432). Open it to clients with `connections.allowFrom(peer, Port.tcp(port))`. */
  public readonly port: number;
  /** The exported database log groups, by log type (`postgresql`, `upgrade`). */
  public readonly logGroups: Readonly<Record<string, logs.ILogGroup>>;

  constructor(scope: Construct, id: string, props: EhrDatabaseProps) {
    super(scope, id);
    const engine = props.engine ?? EhrDatabaseEngine.POSTGRES_INSTANCE;
    // Every prop is checked before anything is created (validate.ts).
    validateEhrDatabaseProps(this, props, engine);
    const isCluster = engine === EhrDatabaseEngine.AURORA_POSTGRES_CLUSTER;

    this.engine = engine;
    this.port = props.port ?? EHR_DEFAULT_PORT;
    this.identifier = props.identifier ?? defaultIdentifier(this);
    // The key, and what it protects outside the database: the log groups (log-groups.ts).
    this.encryptionKey = props.encryptionKey ?? new PhiKey(this, 'Key', {
      domain: 'ehr',
      description: 'DermaShield customer-managed key for the EHR database',
      // One alias per database, so two EHR databases in one account and Region do not collide.
      alias: Token.isUnresolved(this.identifier) ? undefined : `alias/dermashield/ehr/${this.identifier}`,
    });
    // CloudWatch Logs must be allowed to use the key for the log groups; an imported key's policy is its owner's job.
    allowCloudWatchLogs(this.encryptionKey);
    this.logGroups = createLogGroups(this, isCluster ? 'cluster' : 'instance', this.identifier, this.encryptionKey, props.logRetention);
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `EHR database ${this.node.path}: ingress only from granted peers`,
      // aws-cdk-lib allows all outbound traffic by default; the database never initiates connections.
      allowAllOutbound: false,
    });

    // The database in one of its two forms (instance.ts, cluster.ts), built on what exists so far.
    const base: DatabaseBase = {
      identifier: this.identifier, port: this.port, encryptionKey: this.encryptionKey, securityGroup: this.securityGroup, logGroups: this.logGroups,
    };
    const database = isCluster ? createCluster(this, props, base) : createInstance(this, props, base);
    this.instance = database.instance;
    this.cluster = database.cluster;
    this.arn = database.arn;
    this.connections = database.connections;
    this.endpoint = database.endpoint;
    this.masterSecret = database.masterSecret;
    this.parameterGroup = database.parameterGroup;
    const resource = this.cluster ?? this.instance!;
    // The log groups must exist before the database writes to them.
    resource.node.addDependency(...Object.values(this.logGroups));
    this.acknowledgeFindings(resource);
  }

  /** What the cdk-nag packs report on the database that the construct answers by design (docs/ehr-database.md). */
  private acknowledgeFindings(database: Construct): void {
    Validations.of(database).acknowledge(
      {
        id: `${AWS_SOLUTIONS}-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]`,
        reason: 'Enhanced Monitoring (always on) needs the AWS-maintained AmazonRDSEnhancedMonitoringRole policy, which AWS keeps in step '
          + 'with the service and which only writes OS metrics to the RDSOSMetrics log group; the role is assumable only by monitoring.rds.amazonaws.com.',
      },
      ...['HIPAA.Security::HIPAA.Security', 'NIST.800.53.R5::NIST.800.53.R5'].map((pack) => ({
        id: `${pack}-RDSInBackupPlan`,
        reason: 'RDS automated backups are always on (point-in-time recovery, 7 to 35 days, 35 by default) and kept after deletion, '
          + 'encrypted with the EHR key. Long-term, locked, cross-Region backups come from PhiBackupVault.protect(db); once protected, the pack no longer reports it.',
      })),
    );
  }

  /**
   * Let a principal connect as `dbUser` with IAM database authentication (`rds-db:connect`).
   * The connection itself still needs TLS and a security-group grant through `connections`.
   */
  public grantConnect(grantee: iam.IGrantable, dbUser: string): iam.Grant {
    if (this.cluster) return this.cluster.grantConnect(grantee, dbUser);
    return this.instance!.grantConnect(grantee, dbUser);
  }

  /** Let a principal read the master secret (and decrypt it with the key, through Secrets Manager only). */
  public grantReadMasterSecret(grantee: iam.IGrantable): iam.Grant {
    const grant = this.masterSecret.grantRead(grantee);
    if (PhiKey.isPhiKey(this.encryptionKey)) this.encryptionKey.grantDecryptViaService(grantee, 'secretsmanager');
    else this.encryptionKey.grantDecrypt(grantee);
    return grant;
  }
}

/** A valid RDS identifier (letters, digits, single hyphens, starts with a letter, at most 63) unique to this construct. */
function defaultIdentifier(scope: Construct): string {
  const unique = Names.uniqueResourceName(scope, { maxLength: 59, separator: '-' }).toLowerCase();
  const cleaned = `ehr-${unique}`.replace(/[^a-z0-9-]/g, '-').replace(/-+/g, '-').replace(/-$/, '');
  return cleaned.slice(0, 63).replace(/-$/, '');
}
