import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { EhrDatabase, EhrDatabaseEngine, EhrDatabaseProps, PhiKey } from '../../lib';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { acknowledgedFindings, openFindings, synthWithAllPacks } from '../support/all-packs';

function setup() {
  const app = testApp();
  const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a', 'us-east-1b'],
    isolatedSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
  });
  return { app, stack, vpc };
}

function build(props: Partial<EhrDatabaseProps> = {}) {
  const { app, stack, vpc } = setup();
  const db = new EhrDatabase(stack, 'Db', { vpc, ...props });
  return { app, stack, vpc, db };
}

const AURORA = { engine: EhrDatabaseEngine.AURORA_POSTGRES_CLUSTER };

describe('EhrDatabase', () => {
  describe('defaults', () => {
    test('PostgreSQL instance: Multi-AZ, encrypted with the EHR PhiKey, TLS-only, IAM auth, managed secret', () => {
      const { stack, db } = build();
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::RDS::DBInstance', 1);
      const key = { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbKey'), 'Arn'] };
      t.hasResource('AWS::RDS::DBInstance', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          Engine: 'postgres',
          EngineVersion: '17.6',
          MultiAZ: true,
          StorageEncrypted: true,
          KmsKeyId: key,
          DeletionProtection: true,
          PubliclyAccessible: false,
          EnableIAMDatabaseAuthentication: true,
          ManageMasterUserPassword: true,
          MasterUserSecret: { KmsKeyId: key },
          EnablePerformanceInsights: true,
          PerformanceInsightsKMSKeyId: key,
          MonitoringInterval: 60,
          BackupRetentionPeriod: 35,
          CopyTagsToSnapshot: true,
          DeleteAutomatedBackups: false,
          CACertificateIdentifier: 'rds-ca-rsa2048-g1',
          EnableCloudwatchLogsExports: ['postgresql', 'upgrade'],
          DBParameterGroupName: { Ref: Match.stringLikeRegexp('^DbParameterGroup') },
          DBInstanceIdentifier: db.identifier,
        }),
      });
      t.hasResourceProperties('AWS::RDS::DBParameterGroup', {
        Family: 'postgres17',
        Parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.2' },
      });
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: `alias/dermashield/ehr/${db.identifier}` });
      expect(db.instance).toBeDefined();
      expect(db.cluster).toBeUndefined();
      expect(PhiKey.isPhiKey(db.encryptionKey) && db.encryptionKey.domain).toBe('ehr');
      expect(stack.resolve(db.encryptionKey.keyArn)).toEqual(stack.resolve((db.encryptionKey as PhiKey).key.keyArn));
      expect(stack.resolve(db.arn)).toEqual(stack.resolve(db.instance!.instanceArn));
    });

    test('log groups exist before the database, encrypted with the key, kept a year and retained', () => {
      const { stack, db } = build();
      const t = Template.fromStack(stack);
      for (const log of ['postgresql', 'upgrade']) {
        t.hasResource('AWS::Logs::LogGroup', {
          DeletionPolicy: 'Retain',
          Properties: {
            LogGroupName: `/aws/rds/instance/${db.identifier}/${log}`,
            KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbKey'), 'Arn'] },
            RetentionInDays: 365,
          },
        });
      }
      const instance = Object.values<any>(t.findResources('AWS::RDS::DBInstance'))[0];
      expect(instance.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^DbPostgresqlLogGroup/), expect.stringMatching(/^DbUpgradeLogGroup/)]));
      // The key policy lets CloudWatch Logs use the key for those groups.
      t.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logs.us-east-1.amazonaws.com' } })]) },
      });
      expect(db.identifier).toMatch(/^ehr-[a-z0-9-]+$/);
      expect(db.identifier.length).toBeLessThanOrEqual(63);
    });

    test('security group admits nothing and sends nothing until granted', () => {
      const { stack } = build();
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
      t.hasResourceProperties('AWS::EC2::SecurityGroup', {
        SecurityGroupIngress: Match.absent(),
        SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32' })],
      });
    });

    test('Aurora PostgreSQL cluster: cluster parameter group carries TLS, writer + one failover reader', () => {
      const { stack, db } = build(AURORA);
      const t = Template.fromStack(stack);
      const key = { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbKey'), 'Arn'] };
      t.hasResource('AWS::RDS::DBCluster', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({
          Engine: 'aurora-postgresql',
          StorageEncrypted: true,
          KmsKeyId: key,
          DeletionProtection: true,
          EnableIAMDatabaseAuthentication: true,
          ManageMasterUserPassword: true,
          MasterUserSecret: { KmsKeyId: key },
          PerformanceInsightsEnabled: true,
          PerformanceInsightsKmsKeyId: key,
          BackupRetentionPeriod: 35,
          EnableCloudwatchLogsExports: ['postgresql'],
          DBClusterParameterGroupName: { Ref: Match.stringLikeRegexp('^DbParameterGroup') },
          DBClusterIdentifier: db.identifier,
        }),
      });
      t.hasResourceProperties('AWS::RDS::DBClusterParameterGroup', {
        Family: 'aurora-postgresql17',
        Parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.2' },
      });
      t.resourceCountIs('AWS::RDS::DBInstance', 2);
      t.hasResourceProperties('AWS::RDS::DBInstance', { PromotionTier: 1, PubliclyAccessible: false, CACertificateIdentifier: 'rds-ca-rsa2048-g1', PerformanceInsightsKMSKeyId: key });
      t.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: `/aws/rds/cluster/${db.identifier}/postgresql` });
      expect(db.cluster).toBeDefined();
      expect(stack.resolve(db.arn)).toEqual(stack.resolve(db.cluster!.clusterArn));
    });
  });

  describe('validation', () => {
    test.each([
      [{ publiclyAccessible: true }, /publiclyAccessible true is not allowed/],
      [{ deletionProtection: false }, /deletionProtection false is not allowed/],
      [{ removalPolicy: RemovalPolicy.DESTROY }, /removalPolicy DESTROY is not allowed.*RETAIN.*SNAPSHOT/],
      [{ vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }, /vpcSubnets subnetType PUBLIC is not allowed/],
      [{ parameters: { 'rds.force_ssl': '0' } }, /parameters rds.force_ssl "0"; it must be '1'/],
      [{ parameters: { ssl_min_protocol_version: 'TLSv1.1' } }, /ssl_min_protocol_version "TLSv1.1"; it must be 'TLSv1.2' or 'TLSv1.3'/],
      [{ logRetention: logs.RetentionDays.SIX_MONTHS }, /logRetention 180 days is below the allowed minimum of 365 days/],
      [{ monitoringInterval: Duration.seconds(0) }, /monitoringInterval 0 seconds is not allowed; use one of 1, 5, 10, 15, 30, 60/],
      [{ caCertificate: rds.CaCertificate.RDS_CA_2019 }, /caCertificate rds-ca-2019 is not allowed/],
      [{ postgresVersion: rds.PostgresEngineVersion.VER_12_22 }, /major version 12 is not allowed; use 13 or newer/],
      [{ readers: 1 }, /readers is only valid with engine AURORA_POSTGRES_CLUSTER/],
      [{ identifier: 'ehr--db' }, /identifier "ehr--db" is not allowed/],
      [{ identifier: '1ehr' }, /identifier "1ehr" is not allowed/],
    ])('rejects %j', (props, message) => {
      expect(() => build(props as Partial<EhrDatabaseProps>)).toThrow(message);
    });

    test.each([
      [5432, false], [1149, false], [65536, false], [5433.5, false], [1150, true], [5433, true], [65535, true],
    ])('port %d -> allowed %s', (port, ok) => {
      const attempt = () => build({ port });
      if (ok) expect(attempt).not.toThrow();
      else expectDermaShieldError(attempt, 'EhrDatabasePort', new RegExp(`port ${port} is not allowed; use a whole number from 1150 to 65535 other than PostgreSQL's default 5432`));
    });

    test.each([
      ['instance', {}, 'AWS::RDS::DBInstance'],
      ['cluster', AURORA, 'AWS::RDS::DBCluster'],
    ])('the %s listens on 5433 by default, or on the port given', (_name, props, type) => {
      const { stack, db } = build(props);
      expect(db.port).toBe(5433);
      // aws-cdk-lib renders an instance's port as a string and a cluster's as a number.
      const rendered = (port: number) => (type === 'AWS::RDS::DBInstance' ? String(port) : port);
      Template.fromStack(stack).hasResourceProperties(type, { Port: rendered(5433) });
      const other = build({ ...props, port: 6432 });
      Template.fromStack(other.stack).hasResourceProperties(type, { Port: rendered(6432) });
    });

    test.each([
      [6, false], [7, true], [35, true], [36, false],
    ])('backupRetention %d days -> allowed %s', (days, ok) => {
      const attempt = () => build({ backupRetention: Duration.days(days) });
      if (ok) expect(attempt).not.toThrow();
      else expect(attempt).toThrow(new RegExp(`backupRetention ${days} days is not allowed; use a whole number of days from 7 to 35 \\(the DermaShield minimum and the RDS maximum\\)`));
    });

    test('a user parameter group without rds.force_ssl throws; a compliant one is used as is', () => {
      const { stack, vpc } = setup();
      const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_17_6 });
      const weak = new rds.ParameterGroup(stack, 'Weak', { engine, parameters: { ssl_min_protocol_version: 'TLSv1.2' } });
      expect(() => new EhrDatabase(stack, 'A', { vpc, parameterGroup: weak })).toThrow(/parameterGroup rds.force_ssl is not set; it must be '1'/);
      const strict = new rds.ParameterGroup(stack, 'Strict', { engine, parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.3' } });
      const db = new EhrDatabase(stack, 'B', { vpc, parameterGroup: strict });
      expect(db.parameterGroup).toBe(strict);
      const later = new rds.ParameterGroup(stack, 'Off', { engine, parameters: { 'rds.force_ssl': '0', 'ssl_min_protocol_version': 'TLSv1.2' } });
      expect(() => new EhrDatabase(stack, 'C', { vpc, parameterGroup: later })).toThrow(/parameterGroup rds.force_ssl "0"/);
      const aurora = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_6 });
      const weakCluster = new rds.ParameterGroup(stack, 'WeakCluster', { engine: aurora, parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1' } });
      expect(() => new EhrDatabase(stack, 'D', { vpc, ...AURORA, parameterGroup: weakCluster })).toThrow(/ssl_min_protocol_version "TLSv1"/);
    });

    test('an AWS-managed key is rejected; a customer-managed kms.Key is accepted', () => {
      const { stack, vpc } = setup();
      expect(() => new EhrDatabase(stack, 'A', { vpc, encryptionKey: kms.Alias.fromAliasName(stack, 'AwsRds', 'alias/aws/rds') }))
        .toThrow(/encryptionKey alias\/aws\/rds is an AWS-managed key, which is not allowed; pass a customer-managed key/);
      const key = new kms.Key(stack, 'Own', { enableKeyRotation: true });
      const db = new EhrDatabase(stack, 'B', { vpc, encryptionKey: key });
      expect(db.encryptionKey).toBe(key);
    });

    test('stricter values are accepted: TLSv1.3, 30-second monitoring, 2-year logs, SNAPSHOT', () => {
      expect(() => build({
        parameters: { ssl_min_protocol_version: 'TLSv1.3', log_min_duration_statement: '1000' },
        monitoringInterval: Duration.seconds(30),
        logRetention: logs.RetentionDays.TWO_YEARS,
        removalPolicy: RemovalPolicy.SNAPSHOT,
      })).not.toThrow();
    });

    test.each([['instance', {}], ['Aurora cluster', AURORA]])('a stricter TLSv1.3 minimum in parameters is deployed as TLSv1.3 (%s), not lowered to the floor', (_, form) => {
      const { stack } = build({ ...form, parameters: { ssl_min_protocol_version: 'TLSv1.3' } });
      const groups = Template.fromStack(stack).findResources(form === AURORA ? 'AWS::RDS::DBClusterParameterGroup' : 'AWS::RDS::DBParameterGroup');
      expect(Object.values<any>(groups).map((g) => g.Properties.Parameters)).toEqual([{ 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.3' }]);
    });

    test('errors carry a stable code and the construct path', () => {
      const e = expectDermaShieldError(() => build({ publiclyAccessible: true }), 'EhrDatabasePublic', "EhrDatabase 'S/Db'");
      expect(e.constructPath).toBe('S/Db');
    });
  });

  describe('grants', () => {
    test('grantConnect gives rds-db:connect on the dbuser ARN (instance and cluster)', () => {
      for (const props of [{}, AURORA]) {
        const { stack, db } = build(props);
        const role = new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
        db.grantConnect(role, 'clinician_app');
        Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
          PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
            Action: 'rds-db:connect',
            Resource: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/clinician_app$')])] },
          })]) },
        });
      }
    });

    test('connections opens the port only to the granted peer', () => {
      const { stack, vpc, db } = build();
      const app = new ec2.SecurityGroup(stack, 'AppSg', { vpc });
      db.connections.allowDefaultPortFrom(app);
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        IpProtocol: 'tcp',
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbSecurityGroup'), 'GroupId'] },
        SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AppSg'), 'GroupId'] },
      });
    });

    test('grantReadMasterSecret grants the secret and decrypt through Secrets Manager only', () => {
      const { stack, db } = build();
      const role = new iam.Role(stack, 'Ops', { assumedBy: new iam.AccountRootPrincipal() });
      db.grantReadMasterSecret(role);
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['secretsmanager:GetSecretValue']) }),
          Match.objectLike({ Action: ['kms:Decrypt', 'kms:DescribeKey'], Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } } }),
        ]) },
      });
    });
  });

  describe('nag', () => {
    test.each([
      ['PostgreSQL instance (Multi-AZ)', {}],
      ['Aurora PostgreSQL cluster', AURORA],
    ])('%s passes DermaShieldChecks with zero findings', (_name, props) => {
      const { app } = build(props);
      expectNoFindings(synthWithPack(app), { onlyDermaShield: true });
    });

    test.each([
      ['PostgreSQL instance (Multi-AZ)', {}],
      ['Aurora PostgreSQL cluster', AURORA],
    ])('%s: all four packs and Control Tower\'s proactive controls, zero open findings', (_name, props) => {
      const { app } = build(props);
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      // Acknowledged by the construct (docs/ehr-database.md): the AWS-maintained Enhanced Monitoring policy, and "not in
      // a backup plan" (automated backups are always on; PhiBackupVault.protect adds the plan).
      const rules = new Set(acknowledgedFindings(result).map((f) => f.split(' @ ')[0]));
      expect([...rules].sort()).toEqual([
        'AwsSolutions: AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]',
        'HIPAA.Security: HIPAA.Security-RDSInBackupPlan',
        'NIST.800.53.R5: NIST.800.53.R5-RDSInBackupPlan',
      ]);
    });

    test('the engine\'s default port (through an escape hatch) fails Control Tower\'s CT.RDS.PR.20', () => {
      const { app, db } = build();
      (db.instance!.node.defaultChild as rds.CfnDBInstance).addPropertyOverride('Port', '5432');
      const result = synthWithAllPacks(app, { controlTower: true });
      // (cdk-nag's AwsSolutions-RDS11 reads the L1 property, not the override, so only the cfn-guard rule sees it.)
      expect(openFindings(result)).toEqual(['cdk-validator-cfnguard: rds_instance_no_default_ports_check @ S/Db/Instance/Resource']);
    });

    test('both engine options pass aws-cdk-lib CloudFormation validation too (no findings from any plugin)', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        const { app, stack, vpc } = setup();
        new EhrDatabase(stack, 'Db', { vpc });
        new EhrDatabase(stack, 'Cluster', { vpc, ...AURORA });
        expectNoFindings(synthWithPack(app));
      } finally {
        if (previous === undefined) delete process.env.CDK_VALIDATION;
        else process.env.CDK_VALIDATION = previous;
      }
    });

    test('an imported parameter group is reported as unverifiable, not passed', () => {
      const { app } = build({ parameterGroup: rds.ParameterGroup.fromParameterGroupName(new Stack(testApp(), 'X'), 'Pg', 'practice-pg17') });
      const result = synthWithPack(app);
      expectFinding(result, 'RdsForceSsl', 'S/Db/Instance', { unverifiable: true });
      expectFinding(result, 'RdsMinimumTlsVersion', 'S/Db/Instance', { unverifiable: true });
    });

    test('weakening the construct with escape hatches is caught', () => {
      const { app, db } = build();
      const cfn = db.instance!.node.defaultChild as rds.CfnDBInstance;
      cfn.addPropertyOverride('StorageEncrypted', false);
      cfn.addPropertyDeletionOverride('PerformanceInsightsKMSKeyId');
      const group = db.parameterGroup.node.findChild('Resource') as rds.CfnDBParameterGroup;
      group.addPropertyOverride('Parameters.rds\\.force_ssl', '0');
      const result = synthWithPack(app);
      expectFinding(result, 'RdsCustomerManagedKey', 'S/Db/Instance');
      expectFinding(result, 'RdsPerformanceInsightsCustomerManagedKey', 'S/Db/Instance');
      expectFinding(result, 'RdsForceSsl', 'S/Db/Instance');
    });
  });

  test('a PhiKey passed in is used and exposed', () => {
    const { stack, vpc } = setup();
    const phiKey = new PhiKey(stack, 'Ehr', { domain: 'ehr' });
    const db = new EhrDatabase(stack, 'Db', { vpc, encryptionKey: phiKey });
    expect(db.encryptionKey).toBe(phiKey);
  });
});
