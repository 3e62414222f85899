import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { EhrDatabaseProps } from './ehr-database-props';
import { parameterGroupFor } from './parameters';
import { commonDatabaseProps, CreatedDatabase, DatabaseBase, formDefaults } from './shared';

/**
 * The `AURORA_POSTGRES_CLUSTER` form: an Aurora PostgreSQL cluster with a writer and `readers` failover readers
 * (promotion tier 1), each member private, on the modern CA and with Performance Insights under the key. Its construct
 * ids (`ParameterGroup`, `Cluster`, `Writer`, `Reader<n>`) are a contract: changing one replaces a database member.
 */
export function createCluster(scope: Construct, props: EhrDatabaseProps, base: DatabaseBase): CreatedDatabase {
  const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: props.auroraPostgresVersion ?? rds.AuroraPostgresEngineVersion.VER_17_6 });
  const parameterGroup = parameterGroupFor(scope, engine, props);
  const common = commonDatabaseProps(props, base, parameterGroup);
  const defaults = formDefaults(props);
  const member = (memberId: string, promotionTier?: number) => rds.ClusterInstance.provisioned(memberId, {
    instanceType: defaults.instanceType,
    promotionTier,
    publiclyAccessible: false,
    caCertificate: defaults.caCertificate,
    autoMinorVersionUpgrade: true,
    enablePerformanceInsights: true,
    performanceInsightEncryptionKey: base.encryptionKey,
    performanceInsightRetention: common.performanceInsightRetention,
  });
  const cluster = new rds.DatabaseCluster(scope, 'Cluster', {
    ...common,
    engine,
    clusterIdentifier: base.identifier,
    defaultDatabaseName: defaults.databaseName,
    backup: { retention: defaults.backupRetention },
    writer: member('Writer'),
    readers: Array.from({ length: props.readers ?? 1 }, (_, i) => member(`Reader${i + 1}`, 1)),
    storageEncrypted: true,
    deleteAutomatedBackups: false,
  });
  return {
    cluster,
    arn: cluster.clusterArn,
    connections: cluster.connections,
    endpoint: cluster.clusterEndpoint,
    masterSecret: cluster.secret!,
    parameterGroup,
  };
}
