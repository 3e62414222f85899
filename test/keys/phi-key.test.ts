import { App, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { DermaShieldError, PhiKey } from '../../lib';
import { PHI_KEY_GRANT_STATEMENT_SID } from '../../lib/keys/phi-key';
import { ControlTowerChecks } from '../../lib/reference';
import { expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { openFindings, synthWithAllPacks } from '../support/all-packs';

function stack() {
  const app = new App();
  return new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
}

describe('PhiKey', () => {
  describe('defaults', () => {
    test('symmetric key, rotation every 365 days, 30-day window, retained, aliased per domain', () => {
      const s = stack();
      new PhiKey(s, 'Images', { domain: 'images' });
      const t = Template.fromStack(s);
      t.hasResource('AWS::KMS::Key', {
        Properties: Match.objectLike({
          EnableKeyRotation: true,
          RotationPeriodInDays: 365,
          PendingWindowInDays: 30,
          KeySpec: 'SYMMETRIC_DEFAULT',
          KeyUsage: 'ENCRYPT_DECRYPT',
          Description: 'DermaShield customer-managed key for the images ePHI domain',
        }),
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/dermashield/images' });
    });

    test('key policy allows only the account root, never "*"', () => {
      const s = stack();
      new PhiKey(s, 'K', { domain: 'ehr' });
      const policy = Template.fromStack(s).findResources('AWS::KMS::Key');
      const statements = Object.values<any>(policy)[0].Properties.KeyPolicy.Statement;
      const allows = statements.filter((st: any) => st.Effect === 'Allow');
      expect(allows).toHaveLength(1);
      expect(JSON.stringify(allows[0].Principal)).toContain(':iam::111122223333:root');
      for (const st of allows) {
        expect(st.Principal).not.toBe('*');
        expect(st.Principal.AWS).not.toBe('*');
      }
    });

    test('kms:CreateGrant (also the one inside the root\'s kms:*) holds only for AWS resources or AWS services', () => {
      const s = stack();
      new PhiKey(s, 'K', { domain: 'ehr' });
      const statements = Object.values<any>(Template.fromStack(s).findResources('AWS::KMS::Key'))[0].Properties.KeyPolicy.Statement;
      expect(statements).toContainEqual({
        Sid: 'DenyGrantsNotForAwsResources',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:CreateGrant',
        Resource: '*',
        Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
      });
      // The account keeps administering the key: the root's kms:* Allow is still there and the Deny names one action.
      expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Allow', Action: 'kms:*' }));
      expect(statements.filter((st: any) => st.Effect === 'Deny')).toHaveLength(1);
    });

    test('stricter rotation (90 days) and a custom alias are accepted', () => {
      const s = stack();
      new PhiKey(s, 'K', { domain: 'ehr', rotationPeriod: Duration.days(90), alias: 'alias/clinic-7/ehr' });
      const t = Template.fromStack(s);
      t.hasResourceProperties('AWS::KMS::Key', { RotationPeriodInDays: 90 });
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/clinic-7/ehr' });
    });
  });

  describe('validation', () => {
    test('enableKeyRotation: false throws, naming the prop and the control', () => {
      const s = stack();
      expect(() => new PhiKey(s, 'K', { domain: 'ehr', enableKeyRotation: false })).toThrow(DermaShieldError);
      expect(() => new PhiKey(s, 'K2', { domain: 'ehr', enableKeyRotation: false })).toThrow(/enableKeyRotation false is not allowed.*DS-KMS-1/);
    });

    test.each([
      [89, /rotationPeriod 89 days is not allowed; use a whole number of days from 90 to 365/],
      [366, /rotationPeriod 366 days is not allowed.*KMS allows up to 2560/],
      [2560, /rotationPeriod 2560 days/],
    ])('rotationPeriod %i days throws', (days, message) => {
      const s = stack();
      expect(() => new PhiKey(s, 'K', { domain: 'ehr', rotationPeriod: Duration.days(days) })).toThrow(message);
    });

    test.each([90, 180, 365])('rotationPeriod %i days is accepted', (days) => {
      const s = stack();
      expect(() => new PhiKey(s, 'K', { domain: 'ehr', rotationPeriod: Duration.days(days) })).not.toThrow();
    });

    test.each(['', 'Images', 'ph i', '9lives'])('domain %j throws', (domain) => {
      const s = stack();
      expect(() => new PhiKey(s, 'K', { domain })).toThrow(/domain .* is not allowed; use 1-48 lower-case letters/);
    });

    test.each(['alias/aws/s3', 'dermashield/images'])('alias %j throws', (alias) => {
      const s = stack();
      expect(() => new PhiKey(s, 'K', { domain: 'images', alias })).toThrow(/alias .* is not allowed/);
    });

    test('the error carries a stable code and the construct path', () => {
      const s = stack();
      const e = expectDermaShieldError(() => new PhiKey(s, 'Bad', { domain: 'ehr', enableKeyRotation: false }), 'PhiKeyRotationDisabled');
      expect(e.constructPath).toBe('S/Bad');
    });

    test('a key policy statement with a "*" principal fails synthesis', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'ehr' });
      k.key.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], principals: [new iam.AnyPrincipal()], resources: ['*'] }));
      expect(() => Template.fromStack(s)).toThrow(/allows the "\*" principal/);
    });
  });

  describe('grants', () => {
    test('grantEncryptDecryptViaService scopes the grant with kms:ViaService', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'images' });
      const role = new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      k.grantEncryptDecryptViaService(role, 's3');
      Template.fromStack(s).hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [Match.objectLike({
            Action: Match.arrayWith(['kms:Decrypt', 'kms:GenerateDataKey*']),
            Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
          })],
        },
      });
    });

    test('grantDecryptViaService grants decrypt only', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'ehr' });
      const role = new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      k.grantDecryptViaService(role, 'rds');
      Template.fromStack(s).hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: [Match.objectLike({ Action: ['kms:Decrypt', 'kms:DescribeKey'] })] },
      });
    });

    test('a service name that is not an endpoint prefix throws', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'ehr' });
      const role = new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      expect(() => k.grantDecryptViaService(role, 'rds.amazonaws.com')).toThrow(/not an AWS service endpoint prefix/);
    });

    test('allowCloudWatchLogs adds one statement for the Region\'s logs principal, scoped to this account', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'logs' });
      k.allowCloudWatchLogs();
      k.allowCloudWatchLogs();
      const statements = Object.values<any>(Template.fromStack(s).findResources('AWS::KMS::Key'))[0].Properties.KeyPolicy.Statement;
      const logsStatements = statements.filter((st: any) => st.Sid === 'AllowCloudWatchLogsInThisAccount');
      expect(logsStatements).toHaveLength(1);
      expect(logsStatements[0].Principal).toEqual({ Service: 'logs.us-east-1.amazonaws.com' });
      expect(JSON.stringify(logsStatements[0].Condition.ArnLike['kms:EncryptionContext:aws:logs:arn'])).toContain(':logs:us-east-1:111122223333:log-group:*');
    });

    test('allowServicePrincipal adds decrypt/data-key for the service, scoped by aws:SourceAccount', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'alerts' });
      k.allowServicePrincipal('events.amazonaws.com');
      Template.fromStack(s).hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([Match.objectLike({
            Principal: { Service: 'events.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
          })]),
        },
      });
    });
  });

  describe('a PhiKey is a kms.IKey', () => {
    test('aws-cdk-lib L2s take the PhiKey itself: the bucket names its key, and a bucket grant grants the key', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'images' });
      const key: kms.IKey = k;
      const bucket = new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
      const role = new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      bucket.grantRead(role);
      const keyArn = { 'Fn::GetAtt': [s.getLogicalId(k.key.node.defaultChild as kms.CfnKey), 'Arn'] };
      const t = Template.fromStack(s);
      t.hasResourceProperties('AWS::S3::Bucket', {
        BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } })] },
      });
      t.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: keyArn })]) },
      });
      expect(s.resolve(k.keyRef.keyArn)).toEqual(keyArn);
      expect(k.stack).toBe(s);
      expect(k.env).toEqual({ account: '111122223333', region: 'us-east-1' });
    });

    test('addToResourcePolicy and grant* reach the key policy and principals of the wrapped key', () => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'ehr' });
      const role = new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      expect(k.addToResourcePolicy(new iam.PolicyStatement({ sid: 'Extra', principals: [new iam.AccountRootPrincipal()], actions: ['kms:DescribeKey'], resources: ['*'] })).statementAdded).toBe(true);
      k.grantEncrypt(role);
      const t = Template.fromStack(s);
      t.hasResourceProperties('AWS::KMS::Key', { KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'Extra' })]) } });
      t.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['kms:Encrypt']) })]) },
      });
    });

    test('isPhiKey tells a PhiKey from a plain kms.Key and from other constructs', () => {
      const s = stack();
      expect(PhiKey.isPhiKey(new PhiKey(s, 'K', { domain: 'ehr' }))).toBe(true);
      expect(PhiKey.isPhiKey(new kms.Key(s, 'Plain'))).toBe(false);
      expect(PhiKey.isPhiKey(s)).toBe(false);
    });

    test.each([RemovalPolicy.DESTROY, RemovalPolicy.SNAPSHOT])('applyRemovalPolicy(%s) throws: the key is always retained', (policy) => {
      const s = stack();
      const k = new PhiKey(s, 'K', { domain: 'ehr' });
      expectDermaShieldError(() => k.applyRemovalPolicy(policy), 'PhiKeyRemovalPolicy', new RegExp(`removal policy ${policy} is not allowed`));
      k.applyRemovalPolicy(RemovalPolicy.RETAIN);
      Template.fromStack(s).hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
    });
  });

  describe('nag', () => {
    test('a stack of PhiKeys passes the pack with zero findings', () => {
      const app = testApp();
      const s = new Stack(app, 'S');
      for (const domain of ['images', 'ehr', 'backup', 'logs']) new PhiKey(s, domain, { domain });
      expectNoFindings(synthWithPack(app));
    });

    test('all four packs and AWS Control Tower\'s proactive controls: zero findings, nothing acknowledged', () => {
      const app = testApp();
      const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
      new PhiKey(s, 'K', { domain: 'images' });
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(result.acknowledged).toEqual([]);
    });

    test('without the CreateGrant restriction, Control Tower\'s CT.KMS.PR.3 fails the key', () => {
      const app = testApp();
      const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
      const k = new PhiKey(s, 'K', { domain: 'images' });
      const cfn = k.key.node.defaultChild as kms.CfnKey;
      const statements = s.resolve(cfn.keyPolicy).Statement.filter((st: any) => st.Sid !== 'DenyGrantsNotForAwsResources');
      cfn.addPropertyOverride('KeyPolicy.Statement', statements);
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual(['cdk-validator-cfnguard: kms_create_grant_aws_service_check @ S/K/Key/Resource']);
    });

    test('an open Control Tower finding fails synthesis even when another Control Tower finding is acknowledged', () => {
      const app = new App({ outdir: testApp().outdir, context: { '@aws-cdk/core:failSynthOnValidationErrors': true } });
      const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
      const k = new PhiKey(s, 'K', { domain: 'images' });
      const cfn = k.key.node.defaultChild as kms.CfnKey;
      cfn.addPropertyOverride('KeyPolicy.Statement', s.resolve(cfn.keyPolicy).Statement.filter((st: any) => st.Sid !== PHI_KEY_GRANT_STATEMENT_SID));
      // Acknowledge every Control Tower finding of another resource, as the log-delivery buckets do.
      const other = new PhiKey(s, 'Other', { domain: 'other' });
      const otherCfn = other.key.node.defaultChild as kms.CfnKey;
      otherCfn.addPropertyOverride('KeyPolicy.Statement', s.resolve(otherCfn.keyPolicy).Statement.filter((st: any) => st.Sid !== PHI_KEY_GRANT_STATEMENT_SID));
      Validations.of(other).acknowledge({ id: 'cdk-validator-cfnguard::kms_create_grant_aws_service_check', reason: 'a test of the acknowledgement path' });
      Validations.of(app).addPlugins(new ControlTowerChecks());
      // (The bare CfnGuardValidator leaves severity unset; aws-cdk-lib would then count this plugin as passing.)
      expect(() => app.synth()).toThrow(/CT\.KMS\.PR\.3[\s\S]*S\/K\/Key\/Resource[\s\S]*kms_create_grant_aws_service_check/);
    });
  });
});
