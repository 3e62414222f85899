import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { EhrDatabase, EhrDatabaseEngine, EhrDatabaseProps } from '../../lib';
import { createCluster } from '../../lib/database/cluster';
import { createInstance } from '../../lib/database/instance';
import { createLogGroups } from '../../lib/database/log-groups';
import { commonDatabaseProps, DatabaseBase } from '../../lib/database/shared';
import { testApp } from '../support/harness';

// The two forms an EhrDatabase takes (instance.ts, cluster.ts) and what they share (shared.ts, log-groups.ts).

function setup() {
  const stack = new Stack(testApp(), 'S', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a', 'us-east-1b'],
    isolatedSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
  });
  return { stack, vpc };
}

/** What the construct would have made before calling a form, under a bare scope. */
function base(stack: Stack, vpc: ec2.IVpc, form: 'instance' | 'cluster'): { scope: Construct; base: DatabaseBase } {
  const scope = new Construct(stack, 'Db');
  const encryptionKey = new kms.Key(scope, 'Key');
  return {
    scope,
    base: {
      identifier: `ehr-${form}`, port: 5433, encryptionKey,
      securityGroup: new ec2.SecurityGroup(scope, 'SecurityGroup', { vpc, allowAllOutbound: false }),
      logGroups: createLogGroups(scope, form, `ehr-${form}`, encryptionKey),
    },
  };
}

describe('EhrDatabase forms', () => {
  // Renaming a construct id replaces a stateful PHI resource (DESIGN.md): these logical ids must never change.
  test.each([
    ['instance', {}, ['Instance', 'Key', 'ParameterGroup', 'PostgresqlLogGroup', 'SecurityGroup', 'UpgradeLogGroup'], {
      DbKey8D20E9B8: 'AWS::KMS::Key', DbPostgresqlLogGroup13A076F6: 'AWS::Logs::LogGroup', DbUpgradeLogGroup5C2B0FAC: 'AWS::Logs::LogGroup',
      DbParameterGroupB60E38C6: 'AWS::RDS::DBParameterGroup', DbInstanceD710EDDF: 'AWS::RDS::DBInstance',
    }],
    ['cluster', { engine: EhrDatabaseEngine.AURORA_POSTGRES_CLUSTER }, ['Cluster', 'Key', 'ParameterGroup', 'PostgresqlLogGroup', 'SecurityGroup'], {
      DbKey8D20E9B8: 'AWS::KMS::Key', DbPostgresqlLogGroup13A076F6: 'AWS::Logs::LogGroup', DbParameterGroupB60E38C6: 'AWS::RDS::DBClusterParameterGroup',
      DbClusterA0CF0968: 'AWS::RDS::DBCluster', DbClusterWriter04F49224: 'AWS::RDS::DBInstance', DbClusterReader1FA584AB2: 'AWS::RDS::DBInstance',
    }],
  ])('the %s form keeps its construct ids and the logical ids of its stateful resources', (_form, props, children, logicalIds) => {
    const { stack, vpc } = setup();
    const db = new EhrDatabase(stack, 'Db', { vpc, ...props });
    expect(db.node.children.map((c) => c.node.id).sort()).toEqual(children);
    const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string }>;
    for (const [logicalId, type] of Object.entries(logicalIds)) expect(resources[logicalId]?.Type).toBe(type);
  });

  test('createLogGroups: the instance exports postgresql and upgrade, an Aurora cluster only postgresql', () => {
    const { stack, vpc } = setup();
    expect(Object.keys(base(stack, vpc, 'instance').base.logGroups)).toEqual(['postgresql', 'upgrade']);
    const other = setup();
    expect(Object.keys(base(other.stack, other.vpc, 'cluster').base.logGroups)).toEqual(['postgresql']);
    Template.fromStack(other.stack).hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/rds/cluster/ehr-cluster/postgresql', RetentionInDays: 365 });
  });

  test('commonDatabaseProps carries the floor whatever the props say, and exports exactly the logs that have groups', () => {
    const { stack, vpc } = setup();
    const { base: b } = base(stack, vpc, 'instance');
    // Props validation would refuse these; the shared settings must not read them either (no merging over the floor).
    const weakening = { vpc, deletionProtection: false, publiclyAccessible: true, storageEncrypted: false, iamAuthentication: false } as EhrDatabaseProps;
    const group = rds.ParameterGroup.fromParameterGroupName(stack, 'Pg', 'pg');
    const common = commonDatabaseProps(weakening, b, group);
    expect(common).toMatchObject({
      deletionProtection: true, iamAuthentication: true, manageMasterUserPassword: true, enablePerformanceInsights: true, copyTagsToSnapshot: true,
      storageEncryptionKey: b.encryptionKey, performanceInsightEncryptionKey: b.encryptionKey, parameterGroup: group, securityGroups: [b.securityGroup],
      port: 5433, removalPolicy: RemovalPolicy.RETAIN, monitoringInterval: Duration.seconds(60),
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      cloudwatchLogsExports: ['postgresql', 'upgrade'],
    });
    expect(common).not.toHaveProperty('publiclyAccessible');
    expect(common).not.toHaveProperty('storageEncrypted');
  });

  test.each([
    ['createInstance', 'instance' as const, createInstance],
    ['createCluster', 'cluster' as const, createCluster],
  ])('%s returns what the construct exposes, all taken from the database it created', (_name, form, create) => {
    const { stack, vpc } = setup();
    const { scope, base: b } = base(stack, vpc, form);
    const created = create(scope, { vpc }, b);
    const l2 = (created.instance ?? created.cluster)!;
    expect(created.instance && created.cluster).toBeUndefined();
    expect(l2.node.id).toBe(form === 'instance' ? 'Instance' : 'Cluster');
    // (instanceArn is a getter that builds a new token on each read: compare what they resolve to.)
    expect(stack.resolve(created.arn)).toEqual(stack.resolve(created.instance ? created.instance.instanceArn : created.cluster!.clusterArn));
    expect(created.endpoint).toBe(created.instance ? created.instance.instanceEndpoint : created.cluster!.clusterEndpoint);
    expect(created.masterSecret).toBe(l2.secret);
    expect(created.connections).toBe(l2.connections);
    expect(created.parameterGroup).toBe(scope.node.findChild('ParameterGroup'));
    expect(created.connections.securityGroups).toEqual([b.securityGroup]);
  });
});
