import { CfnResource, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { HIPAASecurityChecks } from 'cdk-nag';
import { EncryptionAlarms, PhiAuditTrail, PhiConfigRules, PhiNetwork } from '../../lib';
import { expectNoFindings, synthWithPack, testApp } from '../support/harness';

describe('PhiNetwork + PhiAuditTrail + EncryptionAlarms + PhiConfigRules in one stack', () => {
  test('zero unacknowledged findings from DermaShield, HIPAASecurityChecks and aws-cdk-lib CloudFormation validation', () => {
    const previous = process.env.CDK_VALIDATION;
    process.env.CDK_VALIDATION = 'true';
    try {
      const app = testApp();
      const stack = new Stack(app, 'Practice', { env: { account: '111122223333', region: 'us-east-1' } });
      new PhiNetwork(stack, 'Network');
      const audit = new PhiAuditTrail(stack, 'Audit', { imageBuckets: [s3.Bucket.fromBucketName(stack, 'Images', 'clinic-images')] });
      new EncryptionAlarms(stack, 'Alarms', { trailLogGroup: audit.logGroup, emailAddresses: ['security@example.org'] });
      new PhiConfigRules(stack, 'ConfigRules');
      const result = synthWithPack(app, undefined, new HIPAASecurityChecks());

      const plugins = (result.report.pluginReports ?? []).map((p: any) => p.pluginName);
      expect(plugins).toEqual(expect.arrayContaining(['HIPAA.Security']));
      expectNoFindings(result);

      // Every acknowledgement is one the constructs make themselves, each with its AWS limit or compensating control.
      expect(result.acknowledged.map((a) => `${a.ruleId} @ ${a.path}`).sort()).toEqual([
        'DermaShield-S3CustomerManagedKey @ Practice/Audit/AccessLogBucket/Resource',
        'HIPAA.Security-LambdaDLQ @ Practice/Network/DefaultSecurityGroupCloser/Resource',
        'HIPAA.Security-S3BucketReplicationEnabled @ Practice/Audit/AccessLogBucket/Resource',
        'HIPAA.Security-S3BucketReplicationEnabled @ Practice/Audit/Bucket/Resource',
        'HIPAA.Security-S3DefaultEncryptionKMS @ Practice/Audit/AccessLogBucket/Resource',
        'HIPAA.Security-VPCNoUnrestrictedRouteToIGW @ Practice/Network/Vpc/PublicSubnet1/DefaultRoute',
        'HIPAA.Security-VPCNoUnrestrictedRouteToIGW @ Practice/Network/Vpc/PublicSubnet2/DefaultRoute',
      ]);
      for (const a of result.acknowledged) {
        expect(a.reason).toMatch(/AWS limit: S3 server access logging delivers only to buckets with SSE-S3|Object Lock|internet-facing load balancers|CloudFormation is the only invoker/);
      }
    } finally {
      process.env.CDK_VALIDATION = previous;
    }
  });

  test('control: the same synthesis reports a CloudFormation validation finding when the template is invalid', () => {
    const previous = process.env.CDK_VALIDATION;
    process.env.CDK_VALIDATION = 'true';
    try {
      const app = testApp();
      const stack = new Stack(app, 'Practice', { env: { account: '111122223333', region: 'us-east-1' } });
      new CfnResource(stack, 'Broken', { type: 'AWS::Logs::LogGroup', properties: { NotAProperty: true } });
      const result = synthWithPack(app);
      expect(result.findings.some((f) => f.plugin !== 'DermaShield')).toBe(true);
    } finally {
      process.env.CDK_VALIDATION = previous;
    }
  });
});
