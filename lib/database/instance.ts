import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { EhrDatabaseProps } from './ehr-database-props';
import { parameterGroupFor } from './parameters';
import { commonDatabaseProps, CreatedDatabase, DatabaseBase, formDefaults } from './shared';

/**
 * The `POSTGRES_INSTANCE` form: one RDS for PostgreSQL instance, Multi-AZ by default, on gp3 storage. Its construct ids
 * (`ParameterGroup`, `Instance`) are a contract: changing one replaces the database.
 */
export function createInstance(scope: Construct, props: EhrDatabaseProps, base: DatabaseBase): CreatedDatabase {
  const engine = rds.DatabaseInstanceEngine.postgres({ version: props.postgresVersion ?? rds.PostgresEngineVersion.VER_17_6 });
  const parameterGroup = parameterGroupFor(scope, engine, props);
  const defaults = formDefaults(props);
  const instance = new rds.DatabaseInstance(scope, 'Instance', {
    ...commonDatabaseProps(props, base, parameterGroup),
    engine,
    instanceIdentifier: base.identifier,
    databaseName: defaults.databaseName,
    instanceType: defaults.instanceType,
    multiAz: props.multiAz ?? true,
    allocatedStorage: props.allocatedStorageGiB ?? 100,
    storageType: rds.StorageType.GP3,
    storageEncrypted: true,
    backupRetention: defaults.backupRetention,
    deleteAutomatedBackups: false,
    publiclyAccessible: false,
    caCertificate: defaults.caCertificate,
  });
  return {
    instance,
    arn: instance.instanceArn,
    connections: instance.connections,
    endpoint: instance.instanceEndpoint,
    masterSecret: instance.secret!,
    parameterGroup,
  };
}
