import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, IConstruct } from 'constructs';
import { BackupTarget, ClinicalImageBucket, EhrDatabase, EhrDatabaseEngine, PhiBackupVault, PhiKey, PhiNetwork } from '../../lib';
import { expectFinding, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';

const ENV = { account: '111111111111', region: 'us-east-1' };

function stack(app: App = testApp()): Stack {
  return new Stack(app, 'S', { env: ENV });
}

/** `{ 'Fn::GetAtt': [<logical id of the construct's L1>, attribute] }`. */
const getAtt = (s: Stack, c: IConstruct, attribute: string) => {
  const l1 = CfnResource.isCfnResource(c) ? c : c.node.defaultChild as CfnResource;
  return { 'Fn::GetAtt': [s.resolve(l1.logicalId), attribute] };
};

/** A construct of the user's own with only public attributes: its default child is the L1 that holds the data. */
class PatientFiles extends Construct {
  public readonly kmsKeyArn: string;
  constructor(scope: Construct, id: string, key: kms.IKey) {
    super(scope, id);
    this.kmsKeyArn = key.keyArn;
    new s3.CfnBucket(this, 'Resource', {
      versioningConfiguration: { status: 'Enabled' },
      bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: key.keyArn } }] },
    });
  }
}

describe('BackupTarget', () => {
  describe('fromConstruct', () => {
    test.each<[string, (s: Stack) => { construct: IConstruct; data: IConstruct; key?: kms.IKey }, string, string]>([
      ['an EhrDatabase (instance)', (s) => {
        const ehr = new EhrDatabase(s, 'Ehr', { vpc: new PhiNetwork(s, 'Net').vpc });
        return { construct: ehr, data: ehr.instance!, key: ehr.encryptionKey };
      }, 'DBInstanceArn', 'RDS'],
      ['an EhrDatabase (Aurora cluster)', (s) => {
        const ehr = new EhrDatabase(s, 'Ehr', { vpc: new PhiNetwork(s, 'Net').vpc, engine: EhrDatabaseEngine.AURORA_POSTGRES_CLUSTER });
        return { construct: ehr, data: ehr.cluster!, key: ehr.encryptionKey };
      }, 'DBClusterArn', 'Aurora'],
      ['a ClinicalImageBucket', (s) => {
        const images = new ClinicalImageBucket(s, 'Images');
        return { construct: images, data: images.bucket, key: images.encryptionKey };
      }, 'Arn', 'S3'],
      ['an s3.Bucket', (s) => {
        const bucket = new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.KMS, versioned: true });
        return { construct: bucket, data: bucket, key: bucket.encryptionKey };
      }, 'Arn', 'S3'],
      ['an rds.DatabaseInstance', (s) => {
        const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(s, 'Vpc') });
        return { construct: db, data: db };
      }, 'DBInstanceArn', 'RDS'],
      ['an rds.DatabaseCluster', (s) => {
        const db = new rds.DatabaseCluster(s, 'Db', {
          engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_6 }),
          writer: rds.ClusterInstance.provisioned('Writer'), vpc: new ec2.Vpc(s, 'Vpc'),
        });
        return { construct: db, data: db };
      }, 'DBClusterArn', 'Aurora'],
      ['a dynamodb.Table', (s) => {
        const table = new dynamodb.Table(s, 'T', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED });
        return { construct: table, data: table, key: table.encryptionKey };
      }, 'Arn', 'DynamoDB'],
      ['a dynamodb.TableV2', (s) => {
        const table = new dynamodb.TableV2(s, 'T', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
        return { construct: table, data: table };
      }, 'Arn', 'DynamoDB'],
      ['an efs.FileSystem', (s) => {
        const fileSystem = new efs.FileSystem(s, 'Fs', { vpc: new ec2.Vpc(s, 'Vpc') });
        return { construct: fileSystem, data: fileSystem };
      }, 'Arn', 'EFS'],
      ['an L1 (CfnDBCluster, Multi-AZ DB cluster engine)', (s) => {
        const cluster = new rds.CfnDBCluster(s, 'C', { engine: 'postgres', storageEncrypted: true });
        return { construct: cluster, data: cluster };
      }, 'DBClusterArn', 'RDS'],
      ['an L1 (CfnTable)', (s) => {
        const table = new dynamodb.CfnTable(s, 'T', { keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }] });
        return { construct: table, data: table };
      }, 'Arn', 'DynamoDB'],
      ['an L1 (CfnFileSystem)', (s) => {
        const fileSystem = new efs.CfnFileSystem(s, 'Fs', { encrypted: true });
        return { construct: fileSystem, data: fileSystem };
      }, 'Arn', 'EFS'],
      ['a construct of your own whose default child is a data L1', (s) => {
        const files = new PatientFiles(s, 'Files', new PhiKey(s, 'FilesKey', { domain: 'files' }));
        return { construct: files, data: files };
      }, 'Arn', 'S3'],
    ])('%s', (_name, make, attribute, resourceType) => {
      const s = stack();
      const { construct, data, key } = make(s);
      const target = BackupTarget.fromConstruct(construct);
      expect(s.resolve(target.arn)).toEqual(getAtt(s, data, attribute));
      expect(target.resourceType).toBe(resourceType);
      expect(target.encryptionKey).toBe(key);
      expect(target.resource).toBe(CfnResource.isCfnResource(data) ? data : data.node.defaultChild);
    });

    test('an imported L2 is named by its ARN attribute', () => {
      const s = stack();
      const key = kms.Key.fromKeyArn(s, 'K', 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab');
      const bucket = s3.Bucket.fromBucketAttributes(s, 'Imported', { bucketArn: 'arn:aws:s3:::legacy-images', encryptionKey: key });
      const target = BackupTarget.fromConstruct(bucket);
      expect([target.arn, target.resourceType, target.encryptionKey, target.resource]).toEqual(['arn:aws:s3:::legacy-images', 'S3', key, bucket]);
    });

    test.each<[string, (s: Stack) => IConstruct, RegExp]>([
      ['a construct with no data resource', (s) => new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() }), /construct S\/R is not a backup target/],
      ['a construct that holds a data resource below its default child', (s) => {
        const wrapper = new Construct(s, 'Wrapper');
        new s3.Bucket(wrapper, 'Bucket');
        return wrapper;
      }, /construct S\/Wrapper is not a backup target/],
    ])('rejects %s, naming what it accepts', (_name, make, message) => {
      const s = stack();
      const construct = make(s);
      const e = expectDermaShieldError(() => BackupTarget.fromConstruct(construct), 'PhiBackupVaultUnsupportedTarget',
        /^BackupTarget\.fromConstruct: /, message,
        /pass an EhrDatabase, a ClinicalImageBucket, an RDS DB instance or cluster, an S3 bucket, a DynamoDB table \(Table or TableV2\) or an EFS file system/,
        /BackupTarget\.fromArn\(\) with its literal ARN/);
      expect(e.constructPath).toBe('');
    });
  });

  describe('typed factories', () => {
    test('fromBucket: an imported bucket with its key given, which the backup role may then use', () => {
      const s = stack();
      const key = new kms.Key(s, 'LegacyKey', { enableKeyRotation: true });
      const target = BackupTarget.fromBucket(s3.Bucket.fromBucketName(s, 'Legacy', 'legacy-images'), key);
      expect([s.resolve(target.arn), target.resourceType, target.encryptionKey]).toEqual([
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::legacy-images']] }, 'S3', key]);
      const vault = new PhiBackupVault(s, 'V');
      vault.protect(target);
      const policy = Object.values(Template.fromStack(s).findResources('AWS::IAM::ManagedPolicy'))[0];
      expect(policy.Properties.PolicyDocument.Statement[1].Resource).toEqual(getAtt(s, key, 'Arn'));
    });

    test('fromBucket: a bucket defined in the app is named by its L1, with its own key by default', () => {
      const s = stack();
      const bucket = new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.KMS });
      const target = BackupTarget.fromBucket(bucket);
      expect([s.resolve(target.arn), target.encryptionKey]).toEqual([getAtt(s, bucket, 'Arn'), bucket.encryptionKey]);
    });

    test('fromDatabaseInstance: an imported instance', () => {
      const s = stack();
      const db = rds.DatabaseInstance.fromDatabaseInstanceAttributes(s, 'Db', {
        instanceIdentifier: 'legacy-ehr', instanceEndpointAddress: 'legacy-ehr.example', port: 5433, securityGroups: [],
      });
      const target = BackupTarget.fromDatabaseInstance(db);
      expect(s.resolve(target.arn)).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':rds:us-east-1:111111111111:db:legacy-ehr']] });
      expect([target.resourceType, target.encryptionKey, target.resource]).toEqual(['RDS', undefined, db]);
    });

    test.each<[string, rds.IClusterEngine | undefined, string]>([
      ['an Aurora engine', rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_6 }), 'Aurora'],
      ['no engine (Aurora assumed)', undefined, 'Aurora'],
    ])('fromDatabaseCluster: an imported cluster with %s', (_name, engine, resourceType) => {
      const s = stack();
      const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(s, 'C', { clusterIdentifier: 'legacy', engine });
      expect(BackupTarget.fromDatabaseCluster(cluster).resourceType).toBe(resourceType);
    });

    test('fromTable: an imported table, and a TableV2 with its customer-managed key', () => {
      const s = stack();
      const imported = BackupTarget.fromTable(dynamodb.Table.fromTableArn(s, 'T', 'arn:aws:dynamodb:us-east-1:111111111111:table/visits'));
      expect([imported.arn, imported.resourceType]).toEqual(['arn:aws:dynamodb:us-east-1:111111111111:table/visits', 'DynamoDB']);
      const key = new kms.Key(s, 'TableKey', { enableKeyRotation: true });
      const table = new dynamodb.TableV2(s, 'V2', {
        partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, encryption: dynamodb.TableEncryptionV2.customerManagedKey(key),
      });
      const target = BackupTarget.fromTable(table);
      expect([s.resolve(target.arn), target.encryptionKey]).toEqual([getAtt(s, table, 'Arn'), key]);
    });

    test('fromFileSystem: an imported file system', () => {
      const s = stack();
      const fileSystem = efs.FileSystem.fromFileSystemAttributes(s, 'Fs', {
        fileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:111111111111:file-system/fs-0123456789abcdef0',
        securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0'),
      });
      const target = BackupTarget.fromFileSystem(fileSystem);
      expect([target.arn, target.resourceType]).toEqual(['arn:aws:elasticfilesystem:us-east-1:111111111111:file-system/fs-0123456789abcdef0', 'EFS']);
    });
  });

  describe('fromArn', () => {
    test.each([
      ['arn:aws:rds:us-east-1:111111111111:db:legacy-ehr', 'RDS'],
      ['arn:aws:rds:us-east-1:111111111111:cluster:legacy-ehr', 'Aurora'],
      ['arn:aws:s3:::legacy-images', 'S3'],
      ['arn:aws:dynamodb:us-east-1:111111111111:table/visits', 'DynamoDB'],
      ['arn:aws:elasticfilesystem:us-east-1:111111111111:file-system/fs-0123456789abcdef0', 'EFS'],
      ['arn:aws-us-gov:rds:us-gov-west-1:111111111111:db:ehr', 'RDS'],
    ])('%s is restore-tested as %s', (arn, resourceType) => {
      const target = BackupTarget.fromArn(arn);
      expect([target.arn, target.resourceType, target.resource, target.encryptionKey]).toEqual([arn, resourceType, undefined, undefined]);
    });

    test('an ARN decided at deploy time is rejected: the resource type and key would be unknown', () => {
      const arn = new s3.Bucket(stack(), 'B').bucketArn;
      expectDermaShieldError(() => BackupTarget.fromArn(arn), 'PhiBackupVaultTokenArn',
        /^BackupTarget\.fromArn: arn \$\{Token\[.*\]\} is decided at deploy time/, /pass the construct with BackupTarget\.fromConstruct\(\) or fromBucket\(\)/);
    });

    test.each(['arn:aws:sqs:us-east-1:111111111111:q', 'arn:aws:rds:us-east-1:111111111111:snapshot:s', 'legacy-ehr'])('%s is rejected, naming the accepted shapes', (arn) => {
      expectDermaShieldError(() => BackupTarget.fromArn(arn), 'PhiBackupVaultUnsupportedArn',
        `BackupTarget.fromArn: arn '${arn}' is not an RDS DB instance or cluster, S3 bucket, DynamoDB table or EFS file system ARN`,
        /arn:<partition>:rds:<region>:<account>:db:<name> or :cluster:<name>, arn:<partition>:s3:::<bucket>/);
    });
  });

  describe('isEncryptedWith (read from public attributes and typed L1 properties)', () => {
    const kmsS3 = (kmsMasterKeyId: string) => ({ serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId } }] });

    test.each<[string, boolean, (s: Stack, key: PhiKey) => BackupTarget]>([
      ['a ClinicalImageBucket on the kms.Key inside the PhiKey', true, (s, key) => BackupTarget.fromConstruct(new ClinicalImageBucket(s, 'I', { encryptionKey: key.key }))],
      ['an s3.Bucket on one of the key\'s aliases', true, (s, key) => BackupTarget.fromBucket(new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.KMS, encryptionKey: key.alias }))],
      ['an L1 naming the key by ARN', true, (s, key) => BackupTarget.fromConstruct(new rds.CfnDBCluster(s, 'C', { engine: 'aurora-postgresql', kmsKeyId: key.keyArn }))],
      ['an L1 naming the key by its literal alias ARN', true, (s) => BackupTarget.fromConstruct(new efs.CfnFileSystem(s, 'F', { kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:alias/dermashield/shared' }))],
      ['an L1 naming another alias of the key, defined elsewhere in the stack', true, (s, key) => {
        const other = new kms.Alias(s, 'Other', { aliasName: 'alias/other', targetKey: key });
        return BackupTarget.fromConstruct(new dynamodb.CfnTable(s, 'T', {
          keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }],
          sseSpecification: { sseEnabled: true, sseType: 'KMS', kmsMasterKeyId: other.aliasArn },
        }));
      }],
      ['a TableV2 whose replica uses the key', true, (s, key) => BackupTarget.fromConstruct(new dynamodb.TableV2(s, 'T', {
        partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, encryption: dynamodb.TableEncryptionV2.customerManagedKey(key),
      }))],
      ['a construct of your own with only public attributes', true, (s, key) => BackupTarget.fromConstruct(new PatientFiles(s, 'Files', key))],
      ['a ClinicalImageBucket on its own key', false, (s) => BackupTarget.fromConstruct(new ClinicalImageBucket(s, 'I'))],
      ['an L1 on another key', false, (s) => BackupTarget.fromConstruct(new s3.CfnBucket(s, 'B', { bucketEncryption: kmsS3(new kms.Key(s, 'K').keyArn) }))],
      ['an L1 on a different literal alias', false, (s) => BackupTarget.fromConstruct(new s3.CfnBucket(s, 'B', { bucketEncryption: kmsS3('alias/dermashield/shared-2') }))],
      ['a literal ARN', false, () => BackupTarget.fromArn('arn:aws:s3:::legacy-images')],
    ])('%s: %s', (_name, expected, make) => {
      const s = stack();
      const key = new PhiKey(s, 'Shared', { domain: 'shared' });
      expect(make(s, key).isEncryptedWith(key)).toBe(expected);
    });

    test('with the aliasNameRef feature flag (aliases named by Ref), an alias still names its key', () => {
      const s = stack(testApp({ context: { '@aws-cdk/aws-kms:aliasNameRef': true } }));
      const key = new PhiKey(s, 'Shared', { domain: 'shared' });
      const bucket = new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.KMS, encryptionKey: key.alias });
      expect(JSON.stringify(s.resolve(key.alias.keyArn))).toContain('"Ref"');
      expect(BackupTarget.fromBucket(bucket).isEncryptedWith(key)).toBe(true);
    });

    test('a key imported by literal ARN matches its ARN and its id, and the vault key given as an alias matches its target key', () => {
      const s = stack();
      const imported = kms.Key.fromKeyArn(s, 'Imported', 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab');
      const byId = BackupTarget.fromConstruct(new efs.CfnFileSystem(s, 'F', { kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }));
      const byArn = BackupTarget.fromConstruct(new rds.CfnDBInstance(s, 'D', { kmsKeyId: imported.keyArn }));
      expect([byId.isEncryptedWith(imported), byArn.isEncryptedWith(imported)]).toEqual([true, true]);
      const key = new PhiKey(s, 'Shared', { domain: 'shared' });
      expect(BackupTarget.fromConstruct(new ClinicalImageBucket(s, 'I', { encryptionKey: key })).isEncryptedWith(key.alias)).toBe(true);
    });

    test('an escape-hatch override is not read at construction: the pack reports it at synth (DermaShield-BackupVaultKeySeparation)', () => {
      const app = testApp();
      const s = stack(app);
      const vault = new PhiBackupVault(s, 'V');
      const bucket = new s3.CfnBucket(s, 'B', { versioningConfiguration: { status: 'Enabled' }, bucketEncryption: kmsS3(new kms.Key(s, 'K', { enableKeyRotation: true }).keyArn) });
      bucket.addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID', vault.encryptionKey.keyArn);
      const target = BackupTarget.fromConstruct(bucket);
      expect(target.isEncryptedWith(vault.encryptionKey)).toBe(false);
      vault.protect(target);
      expectFinding(synthWithPack(app), 'BackupVaultKeySeparation', 'S/V/Vault/Resource');
    });
  });
});
