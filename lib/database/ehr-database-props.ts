import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
// Only for the {@link EhrDatabase} references in the docs, which jsii renders as links when the name resolves.
// Type-only: erased at run time, so no import cycle.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
import type { EhrDatabase } from './ehr-database';

// What a user passes to an EhrDatabase, and the defaults and limits those props document. Public through
// ehr-database.ts, which re-exports these names (all but RDS_MAX_BACKUP_RETENTION_DAYS) for lib/index.ts.

/** The database engines an {@link EhrDatabase} can run. */
export enum EhrDatabaseEngine {
  /** RDS for PostgreSQL: one DB instance, Multi-AZ by default. */
  POSTGRES_INSTANCE = 'postgres-instance',
  /** Aurora PostgreSQL: a cluster with a writer and (by default) one reader in another AZ. */
  AURORA_POSTGRES_CLUSTER = 'aurora-postgres-cluster',
}

/** Backup retention bounds in days: 7 is the DermaShield floor, 35 the RDS maximum. */
export const EHR_MIN_BACKUP_RETENTION_DAYS = 7;
/** Also the default: the longest point-in-time recovery RDS offers. Internal (not re-exported). */
export const RDS_MAX_BACKUP_RETENTION_DAYS = 35;
/** Database logs hold SQL text and client addresses: keep them at least a year. */
export const EHR_MIN_LOG_RETENTION_DAYS = 365;
/** PostgreSQL's well-known port, which an EhrDatabase does not listen on (AWS Control Tower CT.RDS.PR.20, AwsSolutions-RDS11). */
export const POSTGRES_DEFAULT_PORT = 5432;
/** The port an EhrDatabase listens on unless told otherwise. */
export const EHR_DEFAULT_PORT = 5433;

/** Properties of an {@link EhrDatabase}. */
export interface EhrDatabaseProps {
  /** The VPC to place the database in. */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets for the database. Public subnets are rejected.
   * @default - the VPC's isolated subnets (`SubnetType.PRIVATE_ISOLATED`)
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * The engine: a single RDS for PostgreSQL instance, or an Aurora PostgreSQL cluster.
   * @default EhrDatabaseEngine.POSTGRES_INSTANCE
   */
  readonly engine?: EhrDatabaseEngine;
  /**
   * PostgreSQL version for `POSTGRES_INSTANCE` (13 or newer). Only valid with that engine.
   * @default rds.PostgresEngineVersion.VER_17_6
   */
  readonly postgresVersion?: rds.PostgresEngineVersion;
  /**
   * Aurora PostgreSQL version for `AURORA_POSTGRES_CLUSTER` (13 or newer). Only valid with that engine.
   * @default rds.AuroraPostgresEngineVersion.VER_17_6
   */
  readonly auroraPostgresVersion?: rds.AuroraPostgresEngineVersion;
  /**
   * Customer-managed key for storage, snapshots, Performance Insights, the master secret and the database log groups.
   * Any `kms.IKey`, a `PhiKey` included; AWS-managed keys (`alias/aws/rds`) are rejected. The construct adds a key
   * policy statement letting CloudWatch Logs use the key; an imported key's policy cannot be changed here and must
   * already allow it.
   * @default - a new PhiKey for the `ehr` domain, alias `alias/dermashield/ehr/<identifier>`
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * The port the database listens on: 1150 to 65535, not PostgreSQL's default 5432 (AWS Control Tower CT.RDS.PR.20 and
   * cdk-nag AwsSolutions-RDS11 require a non-default port, so scans for 5432 find nothing). Clients take the port
   * from `endpoint.port` or the master secret. Passing 5432 throws.
   * @default 5433
   */
  readonly port?: number;
  /**
   * Instance class of the instance (or of each cluster member).
   * @default ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE)
   */
  readonly instanceType?: ec2.InstanceType;
  /**
   * Multi-AZ standby for `POSTGRES_INSTANCE`. Only valid with that engine.
   * @default true
   */
  readonly multiAz?: boolean;
  /**
   * Number of Aurora readers (0 to 15) for `AURORA_POSTGRES_CLUSTER`. Only valid with that engine.
   * @default 1
   */
  readonly readers?: number;
  /**
   * Allocated storage in GiB for `POSTGRES_INSTANCE` (20 to 65536).
   * @default 100
   */
  readonly allocatedStorageGiB?: number;
  /**
   * How long automated backups are kept: 7 to 35 days (whole days).
   * @default Duration.days(35)
   */
  readonly backupRetention?: Duration;
  /**
   * Extra PostgreSQL parameters for the parameter group the construct owns. `rds.force_ssl` must stay `1` and
   * `ssl_min_protocol_version` must be `TLSv1.2` or `TLSv1.3`; any other value throws. Cannot be combined with
   * `parameterGroup`.
   * @default - only the TLS parameters
   */
  readonly parameters?: Record<string, string>;
  /**
   * Your own parameter group (a cluster parameter group for Aurora) instead of the construct's. It is checked, not
   * trusted: a group built with `rds.ParameterGroup` must set `rds.force_ssl = 1` and `ssl_min_protocol_version`
   * TLSv1.2 or TLSv1.3, or construction throws. An imported group cannot be read here; DermaShieldChecks then
   * reports RdsForceSsl / RdsMinimumTlsVersion as unverifiable until you acknowledge them with evidence.
   * @default - a parameter group the construct owns, with the TLS parameters
   */
  readonly parameterGroup?: rds.IParameterGroup;
  /**
   * Master user name. Its password is generated, stored and rotated by RDS in Secrets Manager under the key.
   * @default 'ehradmin'
   */
  readonly masterUsername?: string;
  /**
   * Name of the database created with the instance or cluster.
   * @default 'ehr'
   */
  readonly databaseName?: string;
  /**
   * DB instance (or cluster) identifier; also names the log groups `/aws/rds/<instance|cluster>/<id>/<log>`.
   * A fixed name means CloudFormation cannot replace the database silently: a change that needs replacement fails.
   * @default - derived from the construct path, e.g. `ehr-mystack-db-1a2b3c4d`
   */
  readonly identifier?: string;
  /**
   * Retention of the exported database log groups: at least one year.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * Enhanced Monitoring interval: 1, 5, 10, 15, 30 or 60 seconds. It cannot be turned off.
   * @default Duration.seconds(60)
   */
  readonly monitoringInterval?: Duration;
  /**
   * Performance Insights retention. Performance Insights is always on and encrypted with the key.
   * @default rds.PerformanceInsightRetention.DEFAULT (7 days)
   */
  readonly performanceInsightRetention?: rds.PerformanceInsightRetention;
  /**
   * Server certificate authority: RDS_CA_RSA2048_G1, RDS_CA_RSA4096_G1 or RDS_CA_ECC384_G1.
   * @default rds.CaCertificate.RDS_CA_RSA2048_G1
   */
  readonly caCertificate?: rds.CaCertificate;
  /**
   * What happens to the database when it leaves the stack: RETAIN or SNAPSHOT. DESTROY throws.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Deletion protection. It cannot be turned off: `false` throws.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Public accessibility. It cannot be turned on: `true` throws.
   * @default false
   */
  readonly publiclyAccessible?: boolean;
}
