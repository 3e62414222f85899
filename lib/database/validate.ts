import { RemovalPolicy, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { DermaShieldError } from '../errors';
import { requireCustomerManagedKey, requireLogRetention, requireWholeDays } from '../validation';
import {
  EHR_DEFAULT_PORT, EHR_MIN_BACKUP_RETENTION_DAYS, EHR_MIN_LOG_RETENTION_DAYS, EhrDatabaseEngine, EhrDatabaseProps,
  POSTGRES_DEFAULT_PORT, RDS_MAX_BACKUP_RETENTION_DAYS,
} from './ehr-database-props';
import { checkTlsParameters, renderedParameters } from './parameters';

// Checks of EhrDatabaseProps, run by the construct before it creates anything: each throws a DermaShieldError with
// the construct as scope (its path is in the message) and skips unresolved tokens, which the pack judges at synth.

/** CA certificates with a modern (2061+) root that RDS supports. */
const MODERN_CAS = new Set(['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1']);
const MONITORING_INTERVALS = [1, 5, 10, 15, 30, 60];
const MIN_POSTGRES_MAJOR = 13;
/** The ports RDS for PostgreSQL and Aurora PostgreSQL accept. */
const RDS_POSTGRES_PORT_RANGE = [1150, 65535] as const;

/**
 * Throw on the first prop that is below the floor or does not fit the engine. The order of the checks is the order
 * in which a user with several wrong props meets the errors.
 */
export function validateEhrDatabaseProps(scope: Construct, props: EhrDatabaseProps, engine: EhrDatabaseEngine): void {
  const isCluster = engine === EhrDatabaseEngine.AURORA_POSTGRES_CLUSTER;
  checkEngine(scope, engine);
  checkFloor(scope, props);
  checkEngineOptions(scope, props, isCluster);
  checkValues(scope, props);
  requireCustomerManagedKey(scope, 'EhrDatabaseAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-RDS-1');
  checkParameters(scope, props, isCluster);
}

function checkEngine(scope: Construct, engine: EhrDatabaseEngine): void {
  if (!Object.values(EhrDatabaseEngine).includes(engine)) {
    throw new DermaShieldError('EhrDatabaseEngine', scope,
      `engine ${JSON.stringify(engine)} is not supported; use EhrDatabaseEngine.POSTGRES_INSTANCE or AURORA_POSTGRES_CLUSTER.`);
  }
}

/** The floor controls a user may not turn off: they choose how, never whether. */
function checkFloor(scope: Construct, props: EhrDatabaseProps): void {
  if (props.publiclyAccessible === true) {
    throw new DermaShieldError('EhrDatabasePublic', scope,
      'publiclyAccessible true is not allowed: the EHR database must not be reachable from the internet. Remove the prop.');
  }
  if (props.deletionProtection === false) {
    throw new DermaShieldError('EhrDatabaseDeletionProtection', scope,
      'deletionProtection false is not allowed: the EHR database must keep deletion protection. Remove the prop.');
  }
  if (props.removalPolicy === RemovalPolicy.DESTROY) {
    throw new DermaShieldError('EhrDatabaseRemovalPolicy', scope,
      'removalPolicy DESTROY is not allowed; use RemovalPolicy.RETAIN (default) or RemovalPolicy.SNAPSHOT.');
  }
  if (props.vpcSubnets?.subnetType === ec2.SubnetType.PUBLIC) {
    throw new DermaShieldError('EhrDatabasePublicSubnets', scope,
      'vpcSubnets subnetType PUBLIC is not allowed; use PRIVATE_ISOLATED (default) or PRIVATE_WITH_EGRESS subnets.');
  }
}

/** Props that belong to the other engine, and the supported PostgreSQL versions. */
function checkEngineOptions(scope: Construct, props: EhrDatabaseProps, isCluster: boolean): void {
  if (!isCluster && props.auroraPostgresVersion) {
    throw new DermaShieldError('EhrDatabaseEngineMismatch', scope,
      'auroraPostgresVersion is only valid with engine AURORA_POSTGRES_CLUSTER; use postgresVersion for POSTGRES_INSTANCE.');
  }
  if (isCluster && props.postgresVersion) {
    throw new DermaShieldError('EhrDatabaseEngineMismatch', scope,
      'postgresVersion is only valid with engine POSTGRES_INSTANCE; use auroraPostgresVersion for AURORA_POSTGRES_CLUSTER.');
  }
  if (isCluster && (props.multiAz !== undefined || props.allocatedStorageGiB !== undefined)) {
    throw new DermaShieldError('EhrDatabaseEngineMismatch', scope,
      'multiAz and allocatedStorageGiB are only valid with engine POSTGRES_INSTANCE; an Aurora cluster uses readers and grows its storage itself.');
  }
  if (!isCluster && props.readers !== undefined) {
    throw new DermaShieldError('EhrDatabaseEngineMismatch', scope,
      'readers is only valid with engine AURORA_POSTGRES_CLUSTER; use multiAz for POSTGRES_INSTANCE.');
  }
  const major = Number(isCluster ? props.auroraPostgresVersion?.auroraPostgresMajorVersion : props.postgresVersion?.postgresMajorVersion);
  if (Number.isFinite(major) && major < MIN_POSTGRES_MAJOR) {
    throw new DermaShieldError('EhrDatabaseVersion', scope,
      `PostgreSQL major version ${major} is not allowed; use ${MIN_POSTGRES_MAJOR} or newer (older versions are out of RDS standard support).`);
  }
}

/** Names, counts, sizes and durations: each within what RDS accepts and what the floor requires. */
function checkValues(scope: Construct, props: EhrDatabaseProps): void {
  if (props.identifier !== undefined && !Token.isUnresolved(props.identifier)
    && !/^[a-z](?!.*--)[a-z0-9-]{0,62}(?<!-)$/i.test(props.identifier)) {
    throw new DermaShieldError('EhrDatabaseIdentifier', scope,
      `identifier ${JSON.stringify(props.identifier)} is not allowed; use 1-63 letters, digits or single hyphens, starting with a letter and not ending with a hyphen.`);
  }
  if (props.readers !== undefined && !Token.isUnresolved(props.readers) && (!Number.isInteger(props.readers) || props.readers < 0 || props.readers > 15)) {
    throw new DermaShieldError('EhrDatabaseReaders', scope, `readers ${props.readers} is not allowed; use a whole number from 0 to 15.`);
  }
  const port = props.port;
  if (port !== undefined && !Token.isUnresolved(port)) {
    const [min, max] = RDS_POSTGRES_PORT_RANGE;
    if (!Number.isInteger(port) || port < min || port > max || port === POSTGRES_DEFAULT_PORT) {
      throw new DermaShieldError('EhrDatabasePort', scope,
        `port ${port} is not allowed; use a whole number from ${min} to ${max} other than PostgreSQL's default ${POSTGRES_DEFAULT_PORT} `
        + `(e.g. ${EHR_DEFAULT_PORT}, the default; AWS Control Tower CT.RDS.PR.20).`);
    }
  }
  const storage = props.allocatedStorageGiB;
  if (storage !== undefined && !Token.isUnresolved(storage) && (!Number.isInteger(storage) || storage < 20 || storage > 65536)) {
    throw new DermaShieldError('EhrDatabaseStorage', scope, `allocatedStorageGiB ${storage} is not allowed; use a whole number from 20 to 65536.`);
  }
  if (props.backupRetention) {
    requireWholeDays(scope, 'EhrDatabaseBackupRetention', 'backupRetention', props.backupRetention, {
      min: EHR_MIN_BACKUP_RETENTION_DAYS, max: RDS_MAX_BACKUP_RETENTION_DAYS, why: '(the DermaShield minimum and the RDS maximum)' });
  }
  requireLogRetention(scope, 'EhrDatabaseLogRetention', 'logRetention', props.logRetention, { min: EHR_MIN_LOG_RETENTION_DAYS });
  if (props.monitoringInterval && !props.monitoringInterval.isUnresolved()) {
    const seconds = props.monitoringInterval.toSeconds({ integral: false });
    if (!MONITORING_INTERVALS.includes(seconds)) {
      throw new DermaShieldError('EhrDatabaseMonitoringInterval', scope,
        `monitoringInterval ${seconds} seconds is not allowed; use one of ${MONITORING_INTERVALS.join(', ')} seconds (Enhanced Monitoring cannot be turned off).`);
    }
  }
  if (props.caCertificate && !MODERN_CAS.has(props.caCertificate.toString())) {
    throw new DermaShieldError('EhrDatabaseCaCertificate', scope,
      `caCertificate ${props.caCertificate.toString()} is not allowed; use RDS_CA_RSA2048_G1, RDS_CA_RSA4096_G1 or RDS_CA_ECC384_G1.`);
  }
}

/** Extra parameters may not weaken TLS; a user's own group must carry it (an imported group cannot be read). */
function checkParameters(scope: Construct, props: EhrDatabaseProps, isCluster: boolean): void {
  if (props.parameters && props.parameterGroup) {
    throw new DermaShieldError('EhrDatabaseParameters', scope,
      'parameters and parameterGroup cannot be combined; put the parameters in your parameter group, or drop parameterGroup.');
  }
  if (props.parameters) checkTlsParameters(scope, 'parameters', props.parameters, false);
  const supplied = props.parameterGroup ? renderedParameters(scope, props.parameterGroup, isCluster) : undefined;
  if (supplied) checkTlsParameters(scope, 'parameterGroup', supplied, true);
}
