import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as logs from 'aws-cdk-lib/aws-logs';
import { HIPAASecurityChecks } from 'cdk-nag';
import { CONTROLS, EncryptionAlarms, PhiKey } from '../../lib';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

const env = { account: '111122223333', region: 'us-east-1' };

function build(props: Partial<ConstructorParameters<typeof EncryptionAlarms>[2]> = {}) {
  const app = testApp();
  const stack = new Stack(app, 'S', { env });
  const trailLogGroup = new logs.LogGroup(stack, 'TrailLogs');
  const alarms = new EncryptionAlarms(stack, 'Alarms', { trailLogGroup, ...props });
  return { app, stack, alarms, trailLogGroup, template: () => Template.fromStack(stack) };
}

const id = (stack: Stack, c: { node: { defaultChild?: unknown } }) => stack.resolve((c.node.defaultChild as any).logicalId);

/** Which event reaches the topic, and which control each rule names. */
const WIRING: ReadonlyArray<[string, string, Record<string, unknown>]> = [
  ['KmsKeyDisabledOrDeleted', 'DS-KMS-3', { source: ['aws.kms'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventSource: ['kms.amazonaws.com'], eventName: ['DisableKey', 'ScheduleKeyDeletion'] } }],
  ['KmsKeyPolicyChanged', 'DS-KMS-3', { source: ['aws.kms'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventSource: ['kms.amazonaws.com'], eventName: ['PutKeyPolicy'] } }],
  ['KmsKeyRotationDisabled', 'DS-KMS-1', { source: ['aws.kms'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventSource: ['kms.amazonaws.com'], eventName: ['DisableKeyRotation'] } }],
  ['RdsEncryptionCredentialsInaccessible', 'DS-RDS-1', { source: ['aws.rds'], 'detail-type': ['RDS DB Instance Event', 'RDS DB Cluster Event'], detail: { Message: [{ wildcard: '*ncryption credentials*' }, { wildcard: '*ncryption-credentials*' }] } }],
  ['CertificateNearExpiry', 'DS-ELB-3', { source: ['aws.acm'], 'detail-type': ['ACM Certificate Approaching Expiration'] }],
  ['BucketEncryptionChanged', 'DS-S3-1', { source: ['aws.s3'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventSource: ['s3.amazonaws.com'], eventName: ['PutBucketEncryption', 'DeleteBucketEncryption'] } }],
  ['BucketPolicyChanged', 'DS-S3-2', { source: ['aws.s3'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventSource: ['s3.amazonaws.com'], eventName: ['PutBucketPolicy', 'DeleteBucketPolicy'] } }],
  ['BackupJobFailed', 'DS-BACKUP-6', { source: ['aws.backup'], 'detail-type': ['Backup Job State Change', 'Copy Job State Change', 'Restore Job State Change'], detail: { state: ['FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'] } }],
  ['ClientVpnEndpointChanged', 'DS-VPN-1', { source: ['aws.ec2'], 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventSource: ['ec2.amazonaws.com'], eventName: [
    'ModifyClientVpnEndpoint', 'DeleteClientVpnEndpoint', 'AuthorizeClientVpnIngress', 'RevokeClientVpnIngress',
    'CreateClientVpnRoute', 'DeleteClientVpnRoute', 'AssociateClientVpnTargetNetwork', 'DisassociateClientVpnTargetNetwork',
  ] } }],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('EncryptionAlarms', () => {
  describe('defaults', () => {
    test.each(WIRING)('%s: its events reach the encrypted topic and its description names %s', (ruleId, controlId, pattern) => {
      const { template, stack, alarms } = build();
      const control = CONTROLS.find((c) => c.id === controlId)!;
      expect(control).toBeDefined();
      const rule = alarms.rules[ruleId];
      template().hasResourceProperties('AWS::Events::Rule', {
        EventPattern: pattern,
        State: 'ENABLED',
        Description: Match.stringLikeRegexp(`^\\[${controlId}\\] .*Guards: ${escape(control.title)}\\.$`),
        Targets: [Match.objectLike({ Arn: { Ref: id(stack, alarms.topic) } })],
      });
      expect(id(stack, rule)).toMatch(new RegExp(`^Alarms${ruleId}`));
      expect(alarms.guardedControls[ruleId].id).toBe(controlId);
    });

    test('exactly these rules, all targeting only the topic', () => {
      const { template, stack, alarms } = build();
      const rules = Object.values(template().findResources('AWS::Events::Rule'));
      expect(rules).toHaveLength(WIRING.length);
      expect(Object.keys(alarms.rules).sort()).toEqual(WIRING.map(([r]) => r).sort());
      for (const r of rules) expect(r.Properties.Targets).toEqual([{ Arn: { Ref: id(stack, alarms.topic) }, Id: 'Target0' }]);
    });

    test('KMS decrypt AccessDenied in the trail log group drives an alarm to the topic', () => {
      const { template, stack, alarms, trailLogGroup } = build();
      const t = template();
      t.hasResourceProperties('AWS::Logs::MetricFilter', {
        LogGroupName: { Ref: id(stack, trailLogGroup) },
        FilterPattern: '{ ($.eventSource = "kms.amazonaws.com") && ($.eventName = "Decrypt") && ($.errorCode = "AccessDenied*") }',
        MetricTransformations: [{ MetricNamespace: 'DermaShield', MetricName: 'KmsDecryptAccessDenied', MetricValue: '1', DefaultValue: 0 }],
      });
      t.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'DermaShield',
        MetricName: 'KmsDecryptAccessDenied',
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: id(stack, alarms.topic) }],
        AlarmDescription: Match.stringLikeRegexp('^\\[DS-KMS-3\\] KMS Decrypt calls were denied'),
      });
    });

    test('the topic is encrypted with the alerts PhiKey, TLS-only, and EventBridge and CloudWatch may publish', () => {
      const { template, stack, alarms } = build();
      const t = template();
      t.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [id(stack, (alarms.encryptionKey as PhiKey).key), 'Arn'] } });
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/dermashield/alerts' });
      const [key] = Object.values(t.findResources('AWS::KMS::Key'));
      const servicePrincipals = key.Properties.KeyPolicy.Statement.filter((s: any) => s.Principal?.Service).map((s: any) => s.Principal.Service).sort();
      expect(servicePrincipals).toEqual(['cloudwatch.amazonaws.com', 'events.amazonaws.com']);
      // Every service statement on the key and the topic is scoped to this account (no confused deputy).
      const serviceStatements = [
        ...key.Properties.KeyPolicy.Statement,
        ...Object.values(t.findResources('AWS::SNS::TopicPolicy'))[0].Properties.PolicyDocument.Statement,
      ].filter((s: any) => s.Effect === 'Allow' && s.Principal?.Service);
      expect(serviceStatements).toHaveLength(4);
      for (const s of serviceStatements) expect(s.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': '111122223333' } });
      const [policy] = Object.values(t.findResources('AWS::SNS::TopicPolicy'));
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(statements).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Allow', Action: 'sns:Publish', Principal: { Service: 'events.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }),
        expect.objectContaining({ Effect: 'Allow', Action: 'sns:Publish', Principal: { Service: 'cloudwatch.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }),
      ]));
    });

    test('email subscriptions', () => {
      const { template } = build({ emailAddresses: ['oncall@example.org'] });
      template().hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@example.org' });
    });
  });

  describe('validation', () => {
    test.each([[1], [3], [5]])('decryptFailureThreshold %s is accepted', (threshold) => {
      build({ decryptFailureThreshold: threshold }).template().hasResourceProperties('AWS::CloudWatch::Alarm', { Threshold: threshold });
    });

    test.each([[0], [6], [2.5]])('decryptFailureThreshold %s throws', (threshold) => {
      expect(() => build({ decryptFailureThreshold: threshold })).toThrow(
        new RegExp(`decryptFailureThreshold ${threshold} is not allowed; use a whole number from 1 to 5`));
    });

    test('a malformed email throws', () => {
      expect(() => build({ emailAddresses: ['not-an-email'] })).toThrow(/emailAddresses entry "not-an-email" is not an email address/);
    });

    test('a caller-supplied key is used', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env });
      const key = new PhiKey(stack, 'Mine', { domain: 'alerts' });
      const alarms = new EncryptionAlarms(stack, 'Alarms', { trailLogGroup: new logs.LogGroup(stack, 'L'), encryptionKey: key });
      expect(alarms.encryptionKey).toBe(key);
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings on the construct\'s resources', () => {
      const { app } = build();
      const result = synthWithAllPacks(app, { controlTower: true });
      // Only the test's own plain log group (S/TrailLogs) may be reported; nothing of the construct.
      expect(openFindings(result).filter((f) => f.includes(' @ S/Alarms'))).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([]);
    });

    test('the topic, rules and alarm pass DermaShield and HIPAASecurityChecks (the trail log group of this test is not ours)', () => {
      const { app } = build();
      const result = synthWithPack(app, undefined, new HIPAASecurityChecks());
      // Only the test's own plain log group is reported; nothing of the construct.
      expect(result.findings.filter((f) => f.path.startsWith('S/Alarms'))).toEqual([]);
    });

    test('an alarm stripped of its action by escape hatch is caught by DermaShield-CloudWatchAlarmAction', () => {
      const { app, alarms } = build();
      (alarms.decryptFailureAlarm.node.defaultChild as cloudwatch.CfnAlarm).addPropertyDeletionOverride('AlarmActions');
      (alarms.rules.BucketPolicyChanged.node.defaultChild as events.CfnRule).addPropertyOverride('State', 'DISABLED');
      const result = synthWithPack(app);
      expectFinding(result, 'CloudWatchAlarmAction', 'S/Alarms/KmsDecryptFailuresAlarm');
      expectFinding(result, 'CloudWatchAlarmAction', 'S/Alarms/BucketPolicyChanged');
    });

    test('with a CMK trail log group, zero findings', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env });
      const key = new PhiKey(stack, 'LogKey', { domain: 'logs' });
      key.allowCloudWatchLogs();
      const trailLogGroup = new logs.LogGroup(stack, 'TrailLogs', { encryptionKey: key.key, retention: logs.RetentionDays.ONE_YEAR });
      new EncryptionAlarms(stack, 'Alarms', { trailLogGroup });
      expectNoFindings(synthWithPack(app, undefined, new HIPAASecurityChecks()));
    });
  });
});
