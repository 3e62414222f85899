import { Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { HIPAASecurityChecks } from 'cdk-nag';
import { PhiAuditTrail, PhiKey } from '../../lib';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

const env = { account: '111122223333', region: 'us-east-1' };

function build(props: ConstructorParameters<typeof PhiAuditTrail>[2] = {}, withImages = true) {
  const app = testApp();
  const stack = new Stack(app, 'S', { env });
  const images = withImages ? [new s3.Bucket(stack, 'Photos'), s3.Bucket.fromBucketName(stack, 'Legacy', 'legacy-photos')] : [];
  const audit = new PhiAuditTrail(stack, 'Audit', { imageBuckets: images, ...props });
  return { app, stack, audit, template: () => Template.fromStack(stack) };
}

function logicalId(stack: Stack, c: { node: { defaultChild?: unknown } }): string {
  return stack.resolve((c.node.defaultChild as any).logicalId);
}

describe('PhiAuditTrail', () => {
  describe('defaults', () => {
    test('a multi-Region trail with CMK encryption, log file validation and CloudWatch Logs delivery', () => {
      const { template, stack, audit } = build();
      template().hasResourceProperties('AWS::CloudTrail::Trail', {
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        IsLogging: true,
        EnableLogFileValidation: true,
        KMSKeyId: { 'Fn::GetAtt': [logicalId(stack, (audit.encryptionKey as PhiKey).key), 'Arn'] },
        S3BucketName: { Ref: logicalId(stack, audit.bucket) },
        CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': [logicalId(stack, audit.logGroup), 'Arn'] },
        CloudWatchLogsRoleArn: { 'Fn::GetAtt': [logicalId(stack, audit.logsRole), 'Arn'] },
      });
    });

    test('S3 data events, read and write, for exactly the image buckets passed in; management events kept', () => {
      const { template, stack } = build();
      const [trail] = Object.values(template().findResources('AWS::CloudTrail::Trail'));
      expect(trail.Properties.EventSelectors).toEqual([
        { IncludeManagementEvents: true, ReadWriteType: 'All' },
        {
          IncludeManagementEvents: false,
          ReadWriteType: 'All',
          DataResources: [{ Type: 'AWS::S3::Object', Values: [
            { 'Fn::Join': ['', [{ 'Fn::GetAtt': [stack.resolve((stack.node.findChild('Photos').node.defaultChild as s3.CfnBucket).logicalId), 'Arn'] }, '/']] },
            { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::legacy-photos/']] },
          ] }],
        },
      ]);
    });

    test('without image buckets the trail records management events only', () => {
      const { template } = build({}, false);
      const [trail] = Object.values(template().findResources('AWS::CloudTrail::Trail'));
      expect(trail.Properties.EventSelectors).toEqual([{ IncludeManagementEvents: true, ReadWriteType: 'All' }]);
    });

    test('the log bucket: SSE-KMS with the audit key, Object Lock GOVERNANCE six years, versioned, private, logged, retained', () => {
      const { template, stack, audit } = build();
      template().hasResource('AWS::S3::Bucket', {
        Properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [logicalId(stack, (audit.encryptionKey as PhiKey).key), 'Arn'] } },
          }] },
          ObjectLockEnabled: true,
          ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Days: 2190, Mode: 'GOVERNANCE' } } },
          VersioningConfiguration: { Status: 'Enabled' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack, audit.accessLogBucket) }, LogFilePrefix: 'audit-log-bucket/' },
        },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    });

    test('both log buckets deny non-TLS and TLS < 1.2; CloudTrail and S3 logging may write', () => {
      const { template, stack, audit } = build();
      const t = template();
      for (const bucket of [audit.bucket, audit.accessLogBucket]) {
        t.hasResourceProperties('AWS::S3::BucketPolicy', {
          Bucket: { Ref: logicalId(stack, bucket) },
          PolicyDocument: { Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            Match.objectLike({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
          ]) },
        });
      }
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalId(stack, audit.bucket) },
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 's3:PutObject', Principal: { Service: 'cloudtrail.amazonaws.com' } })]) },
      });
      t.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalId(stack, audit.accessLogBucket) },
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(stack, audit.bucket), 'Arn'] } }, StringEquals: { 'aws:SourceAccount': '111122223333' } },
        })]) },
      });
    });

    test('the key policy lets CloudTrail use the key for this trail only, and CloudWatch Logs for log groups', () => {
      const { template, audit, stack } = build();
      const [key] = Object.values(template().findResources('AWS::KMS::Key'));
      const bySid = Object.fromEntries(key.Properties.KeyPolicy.Statement.map((s: any) => [s.Sid, s]));
      // Plain JSON: stack.resolve returns objects whose prototype toMatchObject would not equate.
      const trailArn = JSON.parse(JSON.stringify(stack.resolve(audit.trailArn)));
      expect(bySid.AllowCloudTrailToEncryptLogs).toMatchObject({
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 'kms:GenerateDataKey*',
        Condition: { StringEquals: { 'aws:SourceArn': trailArn } },
      });
      expect(JSON.stringify(bySid.AllowCloudTrailToEncryptLogs.Condition.StringLike)).toContain(':cloudtrail:*:111122223333:trail/*');
      expect(bySid.AllowCloudTrailToDescribeKeyAndUseBucketKey).toMatchObject({
        Action: ['kms:DescribeKey', 'kms:Decrypt'], Condition: { StringEquals: { 'aws:SourceArn': trailArn } },
      });
      expect(bySid.AllowCloudWatchLogsInThisAccount).toBeDefined();
      // The trail ARN in the conditions is the trail's real ARN.
      expect(JSON.stringify(trailArn)).toContain(':trail/S-Audit-');
    });

    test('a CMK-encrypted log group kept one year and retained; the delivery role uses a managed policy, no inline policy', () => {
      const { template, stack, audit } = build();
      const t = template();
      t.hasResource('AWS::Logs::LogGroup', {
        Properties: { RetentionInDays: 365, KmsKeyId: { 'Fn::GetAtt': [logicalId(stack, (audit.encryptionKey as PhiKey).key), 'Arn'] } },
        DeletionPolicy: 'Retain',
      });
      t.resourceCountIs('AWS::IAM::Policy', 0);
      t.hasResourceProperties('AWS::IAM::ManagedPolicy', { PolicyDocument: { Statement: [Match.objectLike({
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [logicalId(stack, audit.logGroup), 'Arn'] },
      })] } });
      t.hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceArn': stack.resolve(audit.trailArn) } },
      })] } });
      const [trail] = Object.values(t.findResources('AWS::CloudTrail::Trail'));
      expect(trail.DependsOn).toEqual(expect.arrayContaining([logicalId(stack, audit.logsRole), logicalId(stack, (audit.encryptionKey as PhiKey).key)]));
    });

    test('the access-log bucket is SSE-S3 (S3 limit), private, versioned, retained', () => {
      const { template, stack, audit } = build();
      template().hasResource('AWS::S3::Bucket', {
        Properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          VersioningConfiguration: { Status: 'Enabled' },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        },
        DeletionPolicy: 'Retain',
      });
      expect(logicalId(stack, audit.accessLogBucket)).toMatch(/^AuditAccessLogBucket/);
    });
  });

  describe('validation', () => {
    test('log files expire when the Object Lock retention ends (never sooner); a shorter logFileExpiration throws', () => {
      const { template, audit, stack } = build({ objectLockRetention: Duration.days(400) }, false);
      const rule = { Id: 'ExpireAuditLogsAfterRetention', Status: 'Enabled', ExpirationInDays: 400, NoncurrentVersionExpiration: { NoncurrentDays: 400 } };
      template().hasResourceProperties('AWS::S3::Bucket', {
        ObjectLockConfiguration: Match.objectLike({ Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 400 } } }),
        LifecycleConfiguration: { Rules: [Match.objectLike(rule)] },
        NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
      });
      // The access records of the audit log bucket are kept as long, in a versioned, Object Lock-enabled log bucket.
      expect(stack.resolve((audit.accessLogBucket.node.defaultChild as s3.CfnBucket).lifecycleConfiguration)).toEqual({
        rules: [expect.objectContaining({ expirationInDays: 400, noncurrentVersionExpiration: { noncurrentDays: 400 } })] });
      expect((audit.accessLogBucket.node.defaultChild as s3.CfnBucket).objectLockEnabled).toBe(true);
      const other = new Stack(testApp(), 'T', { env });
      expect(() => new PhiAuditTrail(other, 'A', { objectLockRetention: Duration.days(400), logFileExpiration: Duration.days(399) }))
        .toThrow(/logFileExpiration 399 days is not allowed; use a whole number of days, at least 400 \(never shorter than the Object Lock retention/);
      expect(() => new PhiAuditTrail(other, 'B', { logFileExpiration: Duration.days(4000) })).not.toThrow();
    });

    test.each([
      [{ objectLockRetention: Duration.days(365) }, 365, 'GOVERNANCE'],
      [{ objectLockRetention: Duration.days(3650), objectLockMode: s3.ObjectLockMode.COMPLIANCE }, 3650, 'COMPLIANCE'],
    ])('stricter or equal Object Lock settings are accepted (%#)', (props, days, mode) => {
      build(props).template().hasResourceProperties('AWS::S3::Bucket', { ObjectLockConfiguration: { Rule: { DefaultRetention: { Days: days, Mode: mode } } } });
    });

    test.each([[1], [90], [364]])('objectLockRetention %s days throws', (days) => {
      expect(() => build({ objectLockRetention: Duration.days(days) })).toThrow(
        new RegExp(`objectLockRetention ${days} days is not allowed; use a whole number of days, at least 365`));
    });

    test.each([[logs.RetentionDays.ONE_MONTH], [logs.RetentionDays.SIX_MONTHS]])('cloudWatchLogsRetention %s throws', (retention) => {
      expect(() => build({ cloudWatchLogsRetention: retention })).toThrow(
        new RegExp(`cloudWatchLogsRetention ${retention} days is below the allowed minimum of 365 days`));
    });

    test('longer CloudWatch Logs retention is accepted', () => {
      build({ cloudWatchLogsRetention: logs.RetentionDays.TWO_YEARS }).template().hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 731 });
    });

    test('more than 250 image buckets throws', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env });
      const buckets = Array.from({ length: 251 }, (_, i) => s3.Bucket.fromBucketName(stack, `B${i}`, `bucket-${i}`));
      expect(() => new PhiAuditTrail(stack, 'Audit', { imageBuckets: buckets })).toThrow(/imageBuckets has 251 buckets; a trail records data events for at most 250/);
    });

    test.each([['-bad'], ['ab'], ['has space']])('trailName %j throws', (trailName) => {
      expect(() => build({ trailName })).toThrow(/trailName .* is not allowed; use 3-128 letters/);
    });

    test('a short replicationReason throws', () => {
      expect(() => build({ replicationReason: 'no' })).toThrow(/replicationReason "no" is not allowed; write a reason of at least 20 characters/);
    });

    test('a caller-supplied key is used', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env });
      const key = new PhiKey(stack, 'Mine', { domain: 'audit' });
      const audit = new PhiAuditTrail(stack, 'Audit', { encryptionKey: key });
      expect(audit.encryptionKey).toBe(key);
      Template.fromStack(stack).resourceCountIs('AWS::KMS::Key', 1);
    });
  });

  describe('grants', () => {
    test('grantRead gives S3 read on the log bucket and decrypt on the audit key', () => {
      const { template, stack, audit } = build();
      const reader = new iam.Role(stack, 'Auditor', { assumedBy: new iam.AccountRootPrincipal() });
      audit.grantRead(reader);
      const [policy] = Object.values(template().findResources('AWS::IAM::Policy'));
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(statements).toEqual(expect.arrayContaining([
        expect.objectContaining({ Action: expect.arrayContaining(['s3:GetObject*']), Resource: expect.arrayContaining([{ 'Fn::GetAtt': [logicalId(stack, audit.bucket), 'Arn'] }]) }),
        expect.objectContaining({ Action: expect.arrayContaining(['kms:Decrypt']), Resource: { 'Fn::GetAtt': [logicalId(stack, (audit.encryptionKey as PhiKey).key), 'Arn'] } }),
      ]));
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings; the construct acknowledges what it must', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env });
      new PhiAuditTrail(stack, 'Audit', { imageBuckets: [s3.Bucket.fromBucketName(stack, 'Images', 'clinic-images')] });
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([
        'DermaShield: DermaShield-S3CustomerManagedKey @ S/Audit/AccessLogBucket/Resource',
        'HIPAA.Security: HIPAA.Security-S3BucketReplicationEnabled @ S/Audit/AccessLogBucket/Resource',
        'HIPAA.Security: HIPAA.Security-S3BucketReplicationEnabled @ S/Audit/Bucket/Resource',
        'HIPAA.Security: HIPAA.Security-S3DefaultEncryptionKMS @ S/Audit/AccessLogBucket/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3BucketReplicationEnabled @ S/Audit/AccessLogBucket/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3BucketReplicationEnabled @ S/Audit/Bucket/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-S3DefaultEncryptionKMS @ S/Audit/AccessLogBucket/Resource',
        'cdk-validator-cfnguard: s3_bucket_default_encryption_kms_check @ S/Audit/AccessLogBucket/Resource',
        'cdk-validator-cfnguard: s3_bucket_logging_enabled_check @ S/Audit/AccessLogBucket/Resource',
      ]);
    });

    test('passes DermaShield, HIPAASecurityChecks and CloudFormation validation; acknowledgements carry the AWS limit or compensating control', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        // Image buckets imported by name: this test judges the trail's own resources.
        const app = testApp();
        const stack = new Stack(app, 'S', { env });
        new PhiAuditTrail(stack, 'Audit', { imageBuckets: [s3.Bucket.fromBucketName(stack, 'Images', 'clinic-images')] });
        const result = synthWithPack(app, undefined, new HIPAASecurityChecks());
        expectNoFindings(result);
        const acks = result.acknowledged.map((a) => `${a.ruleId} @ ${a.path}`).sort();
        expect(acks).toEqual([
          'DermaShield-S3CustomerManagedKey @ S/Audit/AccessLogBucket/Resource',
          'HIPAA.Security-S3BucketReplicationEnabled @ S/Audit/AccessLogBucket/Resource',
          'HIPAA.Security-S3BucketReplicationEnabled @ S/Audit/Bucket/Resource',
          'HIPAA.Security-S3DefaultEncryptionKMS @ S/Audit/AccessLogBucket/Resource',
        ]);
        for (const a of result.acknowledged) {
          expect(a.reason).toMatch(/AWS limit: S3 server access logging delivers only to buckets with SSE-S3|Object Lock/);
        }
      } finally {
        process.env.CDK_VALIDATION = previous;
      }
    });

    test('turning log file validation off by escape hatch is caught by the pack', () => {
      const { app, audit } = build({}, false);
      (audit.trail.node.defaultChild as cloudtrail.CfnTrail).addPropertyOverride('EnableLogFileValidation', false);
      expectFinding(synthWithPack(app), 'CloudTrailLogFileValidation', 'S/Audit/Trail/Resource');
    });
  });
});
