import { App, Duration, Stack, Tags } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import {
  ACCESS_LOG_SSE_S3_REASON, CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE, ClinicalImageBucket, ClinicalImageBucketProps,
  ClinicalImageRetention, PhiKey, UploadIntegrity,
} from '../../lib';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

/** A template of a stack holding one ClinicalImageBucket (no pack attached, so Template assertions work). */
function template(props: ClinicalImageBucketProps = {}, context: Record<string, unknown> = {}) {
  const app = new App({ context });
  const stack = new Stack(app, 'S');
  const images = new ClinicalImageBucket(stack, 'Images', props);
  return { t: Template.fromStack(stack), images, stack };
}

const imagesBucket = (t: Template) => {
  const buckets = t.findResources('AWS::S3::Bucket', { Properties: { Tags: Match.arrayWith([{ Key: CLINICAL_IMAGE_TAG_KEY, Value: CLINICAL_IMAGE_TAG_VALUE }]) } });
  expect(Object.keys(buckets)).toHaveLength(1);
  return Object.values(buckets)[0] as any;
};

const denyStatement = (sid: string, condition: unknown) => Match.objectLike({
  Sid: sid, Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:PutObject', Condition: condition,
});

function expectThrows(props: ClinicalImageBucketProps, code: string, ...parts: (string | RegExp)[]) {
  const stack = new Stack(new App(), 'S');
  expectDermaShieldError(() => new ClinicalImageBucket(stack, 'Images', props), code, ...parts);
  // Validation happens before any child is created.
  expect(stack.node.findChild('Images').node.children).toHaveLength(0);
}

describe('ClinicalImageBucket', () => {
  describe('defaults', () => {
    test('SSE-KMS with a new PhiKey for the images domain and an S3 Bucket Key', () => {
      const { t, images } = template();
      expect(images.encryptionKey).toBeInstanceOf(PhiKey);
      expect((images.encryptionKey as PhiKey).domain).toBe('images');
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: Match.stringLikeRegexp('^alias/dermashield/images/[A-Za-z0-9]+$') });
      expect(imagesBucket(t).Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{
          BucketKeyEnabled: true,
          ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [expect.stringMatching(/^ImagesKey/), 'Arn'] } },
        }],
      });
    });

    test('Block Public Access on all four settings, ACLs disabled, versioned, retained', () => {
      const { t } = template();
      const b = imagesBucket(t);
      expect(b.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
      expect(b.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
      expect(b.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(b.DeletionPolicy).toBe('Retain');
      expect(b.UpdateReplacePolicy).toBe('Retain');
    });

    test('Object Lock in GOVERNANCE mode for 7 years; noncurrent versions expire no sooner; multipart aborted after 7 days', () => {
      const { t } = template();
      const b = imagesBucket(t);
      expect(b.Properties.ObjectLockEnabled).toBe(true);
      expect(b.Properties.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Years: 7 } } });
      expect(b.Properties.LifecycleConfiguration.Rules).toEqual([
        { Id: 'ExpireNoncurrentVersionsAfterLock', Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 7 * 366 } },
        { Id: 'AbortIncompleteMultipartUploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
      ]);
    });

    test('EventBridge notifications through the native property (no custom-resource Lambda)', () => {
      const { t } = template();
      expect(imagesBucket(t).Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
      t.resourceCountIs('AWS::Lambda::Function', 0);
      t.resourceCountIs('Custom::S3BucketNotifications', 0);
    });

    test('bucket policy: TLS deny, TLS 1.2 floor, and upload guards', () => {
      const { t } = template();
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: Match.stringLikeRegexp('^ImagesBucket') },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
            denyStatement('DenyOtherEncryption', { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption': ['aws:kms', 'aws:kms:dsse'] } }),
            denyStatement('DenyOtherKmsKey', { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption-aws-kms-key-id': { 'Fn::GetAtt': [Match.stringLikeRegexp('^ImagesKey'), 'Arn'] } } }),
            denyStatement('DenyCustomerProvidedKeys', { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'false' } }),
            denyStatement('DenyUnsignedPayloads', { StringEquals: { 's3:x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } }),
            denyStatement('DenyOverwrites', { Null: { 's3:if-none-match': 'true' }, Bool: { 's3:ObjectCreationOperation': 'true' } }),
          ]),
        },
      });
    });

    test('marked as holding clinical images', () => {
      const { t } = template();
      expect(imagesBucket(t).Properties.Tags).toEqual([{ Key: 'dermashield:data-class', Value: 'clinical-images' }]);
    });

    test('the marker survives a broader tag removal', () => {
      const app = new App();
      const stack = new Stack(app, 'S');
      new ClinicalImageBucket(stack, 'Images');
      Tags.of(app).remove(CLINICAL_IMAGE_TAG_KEY);
      Tags.of(app).add(CLINICAL_IMAGE_TAG_KEY, 'scratch');
      expect(imagesBucket(Template.fromStack(stack)).Properties.Tags).toEqual([{ Key: CLINICAL_IMAGE_TAG_KEY, Value: CLINICAL_IMAGE_TAG_VALUE }]);
    });

    test('server access logs go to a dedicated SSE-S3 log bucket that accepts them by bucket policy', () => {
      const { t, images, stack } = template();
      const logs = images.accessLogsBucket as s3.Bucket;
      const logsId = stack.getLogicalId(logs.node.defaultChild as s3.CfnBucket);
      expect(imagesBucket(t).Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logsId }, LogFilePrefix: 'clinical-images/' });
      t.hasResource('AWS::S3::Bucket', {
        Properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          VersioningConfiguration: { Status: 'Enabled' },
          LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 2196, NoncurrentVersionExpiration: { NoncurrentDays: 30 } })] },
        },
        DeletionPolicy: 'Retain',
      });
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logsId },
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject',
            Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('^ImagesBucket'), 'Arn'] } }, StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          })]),
        },
      });
      // No ACL-based log delivery.
      expect(JSON.stringify(t.toJSON())).not.toContain('LogDeliveryWrite');
    });
  });

  describe('stricter and alternative settings', () => {
    test('DSSE-KMS: no S3 Bucket Key (unsupported), uploads may only name DSSE', () => {
      const { t } = template({ encryption: s3.BucketEncryption.DSSE });
      const rule = imagesBucket(t).Properties.BucketEncryption.ServerSideEncryptionConfiguration[0];
      expect(rule.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms:dsse');
      expect(rule.BucketKeyEnabled).not.toBe(true);
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([denyStatement('DenyOtherEncryption', { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption': ['aws:kms:dsse'] } })]) },
      });
    });

    test.each([
      ['a PhiKey', (stack: Stack) => new PhiKey(stack, 'Mine', { domain: 'photos' })],
      ['the kms.Key inside a PhiKey', (stack: Stack) => new PhiKey(stack, 'Mine', { domain: 'photos' }).key],
    ])('a key the user passes (%s) is used and no PhiKey is created', (_, make) => {
      const app = new App();
      const stack = new Stack(app, 'S');
      const given = make(stack);
      const key = stack.node.findChild('Mine') as PhiKey;
      const images = new ClinicalImageBucket(stack, 'Images', { encryptionKey: given });
      expect(images.encryptionKey).toBe(given);
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::KMS::Key', 1);
      expect(imagesBucket(t).Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID)
        .toEqual({ 'Fn::GetAtt': [stack.getLogicalId(key.key.node.defaultChild as kms.CfnKey), 'Arn'] });
    });

    test('TLS 1.3 floor', () => {
      const { t } = template({ minimumTlsVersion: 1.3 });
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Condition: { NumericLessThan: { 's3:TlsVersion': 1.3 } } })]) },
      });
    });

    test.each([
      [ClinicalImageRetention.days(30), s3.ObjectLockMode.COMPLIANCE, { Mode: 'COMPLIANCE', Days: 30 }, 30],
      [ClinicalImageRetention.years(10), undefined, { Mode: 'GOVERNANCE', Years: 10 }, 3660],
      [ClinicalImageRetention.days(1), undefined, { Mode: 'GOVERNANCE', Days: 1 }, 1],
    ])('retention %s, mode %s', (retention, mode, expected, noncurrentDays) => {
      const { t } = template({ objectLockRetention: retention, objectLockMode: mode });
      const b = imagesBucket(t);
      expect(b.Properties.ObjectLockConfiguration.Rule.DefaultRetention).toEqual(expected);
      expect(b.Properties.LifecycleConfiguration.Rules[0].NoncurrentVersionExpiration).toEqual({ NoncurrentDays: noncurrentDays });
    });

    test('a longer noncurrent expiration and a shorter multipart abort are accepted', () => {
      const { t } = template({ objectLockRetention: ClinicalImageRetention.days(90), noncurrentVersionExpiration: Duration.days(400), abortIncompleteMultipartUploadAfter: Duration.days(1) });
      const rules = imagesBucket(t).Properties.LifecycleConfiguration.Rules;
      expect(rules[0].NoncurrentVersionExpiration).toEqual({ NoncurrentDays: 400 });
      expect(rules[1].AbortIncompleteMultipartUpload).toEqual({ DaysAfterInitiation: 1 });
    });

    test('CLIENT_CHECKSUM and preventOverwrites false drop only those two guards', () => {
      const { t } = template({ uploadIntegrity: UploadIntegrity.CLIENT_CHECKSUM, preventOverwrites: false });
      const policy = JSON.stringify(t.findResources('AWS::S3::BucketPolicy'));
      expect(policy).not.toContain('DenyUnsignedPayloads');
      expect(policy).not.toContain('DenyOverwrites');
      expect(policy).toContain('DenyOtherKmsKey');
      expect(policy).toContain('aws:SecureTransport');
    });

    test('an existing log bucket receives the logs and the delivery grant', () => {
      const app = new App();
      const stack = new Stack(app, 'S');
      const logs = new s3.Bucket(stack, 'CentralLogs');
      const images = new ClinicalImageBucket(stack, 'Images', { serverAccessLogsBucket: logs, serverAccessLogsPrefix: 'images/' });
      expect(images.accessLogsBucket).toBe(logs);
      const t = Template.fromStack(stack);
      expect(images.node.tryFindChild('AccessLogs')).toBeUndefined();
      expect(imagesBucket(t).Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: stack.getLogicalId(logs.node.defaultChild as s3.CfnBucket) }, LogFilePrefix: 'images/' });
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logging.s3.amazonaws.com' } })]) },
      });
    });

    test('CloudTrail data events instead of server access logs', () => {
      const { t, images } = template({ accessLoggedByCloudTrail: 'PhiAuditTrail records S3 data events for every clinical image bucket' });
      expect(images.accessLogsBucket).toBeUndefined();
      expect(imagesBucket(t).Properties.LoggingConfiguration).toBeUndefined();
      t.resourceCountIs('AWS::S3::Bucket', 1);
    });
  });

  describe('validation', () => {
    test('a replicationReason shorter than 20 characters throws; the reason given is the acknowledgement', () => {
      expectThrows({ replicationReason: 'backed up' }, 'ClinicalImageBucketReplicationReason', /replicationReason "backed up" is not allowed/);
      const { images } = template({ replicationReason: 'Protected by the practice PhiBackupVault with a us-west-2 copy vault' });
      const acks = images.bucket.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').map((m) => m.data);
      expect(Object.assign({}, ...acks)).toEqual({
        'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled': 'Protected by the practice PhiBackupVault with a us-west-2 copy vault',
        'NIST.800.53.R5::NIST.800.53.R5-S3BucketReplicationEnabled': 'Protected by the practice PhiBackupVault with a us-west-2 copy vault',
      });
    });

    test.each([
      [s3.BucketEncryption.S3_MANAGED],
      [s3.BucketEncryption.KMS_MANAGED],
      [s3.BucketEncryption.DSSE_MANAGED],
      [s3.BucketEncryption.UNENCRYPTED],
    ])('encryption %s throws', (encryption) => {
      expectThrows({ encryption }, 'ClinicalImageBucketEncryption', `encryption ${encryption} is not allowed`, /BucketEncryption\.KMS or BucketEncryption\.DSSE/);
    });

    test('the AWS-managed key throws', () => {
      const stack = new Stack(new App(), 'X');
      const awsS3 = kms.Alias.fromAliasName(stack, 'AwsS3', 'alias/aws/s3');
      expectThrows({ encryptionKey: awsS3 }, 'ClinicalImageBucketAwsManagedKey', 'encryptionKey alias/aws/s3 is an AWS-managed key', /customer-managed key/);
    });

    test.each([[1.0, /minimumTlsVersion 1\.0 is below the allowed minimum 1\.2; use 1\.2 or 1\.3/], [1.1, /minimumTlsVersion 1\.1 is below the allowed minimum 1\.2/], [1.25, /minimumTlsVersion 1\.25 is not a TLS version; use 1\.2 or 1\.3/], [2, /minimumTlsVersion 2\.0 is not a TLS version/]])(
      'minimumTlsVersion %s throws', (minimumTlsVersion, message) => {
        expectThrows({ minimumTlsVersion }, 'ClinicalImageBucketTlsVersion', message);
      });

    test('autoDeleteObjects throws', () => {
      expectThrows({ autoDeleteObjects: true }, 'ClinicalImageBucketAutoDelete', 'autoDeleteObjects true is not allowed');
    });

    test.each([
      [ClinicalImageRetention.days(0), 'objectLockRetention 0 days is not allowed; use a whole number of days from 1 to 36500'],
      [ClinicalImageRetention.days(1.5), 'objectLockRetention 1.5 days is not allowed'],
      [ClinicalImageRetention.years(101), 'objectLockRetention 101 years is not allowed; use a whole number of years from 1 to 100'],
    ])('retention %s throws', (objectLockRetention, message) => {
      expectThrows({ objectLockRetention }, 'ClinicalImageBucketRetention', message);
    });

    test.each([
      [ClinicalImageRetention.days(90), 89, 'noncurrentVersionExpiration 89 days is shorter than the Object Lock retention (90 days, up to 90 days); use at least 90 days'],
      [ClinicalImageRetention.years(1), 365, 'noncurrentVersionExpiration 365 days is shorter than the Object Lock retention (1 years, up to 366 days)'],
    ])('noncurrent expiration under the lock throws (%s, %s days)', (objectLockRetention, days, message) => {
      expectThrows({ objectLockRetention, noncurrentVersionExpiration: Duration.days(days) }, 'ClinicalImageBucketNoncurrentExpiration', message);
    });

    test('boundary: noncurrent expiration equal to the lock is accepted', () => {
      const { t } = template({ objectLockRetention: ClinicalImageRetention.days(90), noncurrentVersionExpiration: Duration.days(90) });
      expect(imagesBucket(t).Properties.LifecycleConfiguration.Rules[0].NoncurrentVersionExpiration).toEqual({ NoncurrentDays: 90 });
    });

    test('multipart abort must be whole days', () => {
      expectThrows({ abortIncompleteMultipartUploadAfter: Duration.hours(12) }, 'ClinicalImageBucketDuration', 'abortIncompleteMultipartUploadAfter 0.5 days is not allowed');
    });

    test('CloudTrail instead of access logs needs a real reason, and excludes a log bucket', () => {
      expectThrows({ accessLoggedByCloudTrail: 'trail' }, 'ClinicalImageBucketAccessLogging', 'accessLoggedByCloudTrail "trail" is not allowed', /at least 20 characters/);
      const stack = new Stack(new App(), 'X');
      expectThrows({ accessLoggedByCloudTrail: 'PhiAuditTrail records S3 data events', serverAccessLogsBucket: s3.Bucket.fromBucketName(stack, 'L', 'logs') },
        'ClinicalImageBucketAccessLogging', 'cannot both be set');
    });

    test('addEventNotification (which would turn EventBridge off) fails synthesis', () => {
      const app = new App();
      const stack = new Stack(app, 'S');
      const images = new ClinicalImageBucket(stack, 'Images');
      images.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(new sqs.Queue(stack, 'Q')));
      expect(() => app.synth()).toThrow(/addEventNotification replaces the bucket's notification configuration/);
    });
  });

  describe('grants', () => {
    function granted(method: 'grantRead' | 'grantWrite' | 'grantPut') {
      const app = new App();
      const stack = new Stack(app, 'S');
      const images = new ClinicalImageBucket(stack, 'Images');
      const role = new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      images[method](role, 'patients/*');
      const t = Template.fromStack(stack);
      const policies = Object.values(t.findResources('AWS::IAM::Policy')) as any[];
      expect(policies).toHaveLength(1);
      return { statements: policies[0].Properties.PolicyDocument.Statement as any[], stack, images };
    }
    const actionsOf = (s: any) => (Array.isArray(s.Action) ? s.Action : [s.Action]) as string[];

    test.each([
      ['grantRead', 's3:GetObject*', 'kms:Decrypt'],
      ['grantWrite', 's3:PutObject', 'kms:GenerateDataKey*'],
      ['grantPut', 's3:PutObject', 'kms:GenerateDataKey*'],
    ] as const)('%s grants the objects under the pattern and the images key', (method, s3Action, kmsAction) => {
      const { statements, stack, images } = granted(method);
      const bucketId = stack.getLogicalId(images.bucket.node.defaultChild as s3.CfnBucket);
      const s3Statement = statements.find((s) => actionsOf(s).includes(s3Action));
      expect(JSON.stringify(s3Statement.Resource)).toContain(bucketId);
      expect(JSON.stringify(s3Statement.Resource)).toContain('/patients/*');
      const kmsStatement = statements.find((s) => actionsOf(s).includes(kmsAction));
      expect(kmsStatement.Resource).toEqual({ 'Fn::GetAtt': [stack.getLogicalId((images.encryptionKey as PhiKey).key.node.defaultChild as kms.CfnKey), 'Arn'] });
    });

    test('grantPut does not grant deletes', () => {
      const { statements } = granted('grantPut');
      expect(statements.flatMap(actionsOf).filter((a) => a.startsWith('s3:Delete'))).toEqual([]);
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings; the construct acknowledges only log-bucket limits', () => {
      const app = testApp();
      new ClinicalImageBucket(new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } }), 'Images');
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([
        'DermaShield: DermaShield-S3CustomerManagedKey @ S/Images/AccessLogs/Resource',
        'HIPAA.Security: HIPAA.Security-S3BucketReplicationEnabled @ S/Images/AccessLogs/Resource',
        'HIPAA.Security: HIPAA.Security-S3BucketReplicationEnabled @ S/Images/Bucket/Resource',
        'HIPAA.Security: HIPAA.Security-S3DefaultEncryptionKMS @ S/Images/AccessLogs/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3BucketReplicationEnabled @ S/Images/AccessLogs/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3BucketReplicationEnabled @ S/Images/Bucket/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3DefaultEncryptionKMS @ S/Images/AccessLogs/Resource',
        'cdk-validator-cfnguard: s3_bucket_default_encryption_kms_check @ S/Images/AccessLogs/Resource',
        'cdk-validator-cfnguard: s3_bucket_logging_enabled_check @ S/Images/AccessLogs/Resource',
      ]);
    });

    test('a stack with a ClinicalImageBucket passes the pack with zero findings', () => {
      const app = testApp();
      new ClinicalImageBucket(new Stack(app, 'S'), 'Images');
      const result = synthWithPack(app);
      expectNoFindings(result);
      // The log bucket's SSE-S3 is acknowledged by the construct, with its reason, in the report.
      expect(result.acknowledged).toEqual([expect.objectContaining({
        ruleId: 'DermaShield-S3CustomerManagedKey', path: 'S/Images/AccessLogs/Resource', reason: ACCESS_LOG_SSE_S3_REASON,
      })]);
    });

    test.each([
      ['DSSE-KMS, TLS 1.3, compliance mode', { encryption: s3.BucketEncryption.DSSE, minimumTlsVersion: 1.3, objectLockMode: s3.ObjectLockMode.COMPLIANCE }],
      ['CloudTrail instead of access logs', { accessLoggedByCloudTrail: 'PhiAuditTrail records S3 data events for this bucket' }],
    ])('zero findings with %s', (_name, props) => {
      const app = testApp();
      new ClinicalImageBucket(new Stack(app, 'S'), 'Images', props as ClinicalImageBucketProps);
      expectNoFindings(synthWithPack(app));
    });

    test('zero findings with the project feature flags (minimized IAM policies)', () => {
      const app = testApp({ context: { '@aws-cdk/aws-iam:minimizePolicies': true, '@aws-cdk/aws-s3:createDefaultLoggingPolicy': true } });
      new ClinicalImageBucket(new Stack(app, 'S'), 'Images');
      expectNoFindings(synthWithPack(app));
    });

    test('the template passes aws-cdk-lib CloudFormation validation', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        const app = testApp();
        new ClinicalImageBucket(new Stack(app, 'S'), 'Images');
        expectNoFindings(synthWithPack(app));
      } finally {
        process.env.CDK_VALIDATION = previous;
      }
    });

    test('an escape hatch that removes the lock or switches to AES256 is caught', () => {
      const app = testApp();
      const images = new ClinicalImageBucket(new Stack(app, 'S'), 'Images');
      const cfn = images.bucket.node.defaultChild as s3.CfnBucket;
      cfn.addPropertyDeletionOverride('ObjectLockConfiguration');
      cfn.addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm', 'AES256');
      const result = synthWithPack(app);
      expectFinding(result, 'S3ObjectLock', 'S/Images/Bucket/Resource');
      expectFinding(result, 'S3CustomerManagedKey', 'S/Images/Bucket/Resource');
    });
  });
});
