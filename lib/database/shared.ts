import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { EhrDatabaseProps, RDS_MAX_BACKUP_RETENTION_DAYS } from './ehr-database-props';

// What createInstance (instance.ts) and createCluster (cluster.ts) share: what the construct hands them, the settings
// both carry, and what they hand back. Written once here so that the two forms cannot drift apart on the floor.

/** What the construct has made before the database: both forms build on it. */
export interface DatabaseBase {
  readonly identifier: string;
  readonly port: number;
  readonly encryptionKey: kms.IKey;
  readonly securityGroup: ec2.ISecurityGroup;
  /** The exported log groups by log type: the database exports exactly these logs. */
  readonly logGroups: Readonly<Record<string, logs.ILogGroup>>;
}

/** What the construct exposes from the database, whichever form it took. */
export interface CreatedDatabase {
  readonly instance?: rds.DatabaseInstance;
  readonly cluster?: rds.DatabaseCluster;
  readonly arn: string;
  readonly connections: ec2.Connections;
  readonly endpoint: rds.Endpoint;
  readonly masterSecret: secretsmanager.ISecret;
  readonly parameterGroup: rds.IParameterGroup;
}

/**
 * The settings an instance and a cluster both carry, in the prop names `rds.DatabaseInstanceProps` and
 * `rds.DatabaseClusterProps` share: the floor (key, TLS parameter group, IAM authentication, RDS-managed password,
 * deletion protection) and the tunables with their secure defaults.
 */
export function commonDatabaseProps(props: EhrDatabaseProps, base: DatabaseBase, parameterGroup: rds.IParameterGroup) {
  return {
    vpc: props.vpc,
    vpcSubnets: props.vpcSubnets ?? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    // aws-cdk-lib leaves the engine default (5432): set explicitly.
    port: base.port,
    securityGroups: [base.securityGroup],
    storageEncryptionKey: base.encryptionKey,
    // RDS generates, stores (under the key) and rotates the master password; no Lambda rotation to run.
    credentials: rds.Credentials.fromUsername(props.masterUsername ?? 'ehradmin', { encryptionKey: base.encryptionKey }),
    manageMasterUserPassword: true,
    iamAuthentication: true,
    parameterGroup,
    cloudwatchLogsExports: Object.keys(base.logGroups),
    monitoringInterval: props.monitoringInterval ?? Duration.seconds(60),
    enablePerformanceInsights: true,
    performanceInsightEncryptionKey: base.encryptionKey,
    performanceInsightRetention: props.performanceInsightRetention ?? rds.PerformanceInsightRetention.DEFAULT,
    deletionProtection: true,
    // aws-cdk-lib defaults to SNAPSHOT; PHI databases are retained.
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    copyTagsToSnapshot: true,
    autoMinorVersionUpgrade: true,
  };
}

/** Defaults both forms apply, each where aws-cdk-lib puts them (on the instance, or on each cluster member). */
export function formDefaults(props: EhrDatabaseProps) {
  return {
    databaseName: props.databaseName ?? 'ehr',
    instanceType: props.instanceType ?? ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    caCertificate: props.caCertificate ?? rds.CaCertificate.RDS_CA_RSA2048_G1,
    backupRetention: props.backupRetention ?? Duration.days(RDS_MAX_BACKUP_RETENTION_DAYS),
  };
}
