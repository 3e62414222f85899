import { CfnCondition, CfnParameter, CfnResource, Duration, Fn, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import { guardDescription, guardedControlId } from '../../../lib/controls/markers';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  return { app, stack: s, topic: new sns.Topic(s, 'Topic') };
}

const metric = new cloudwatch.Metric({ namespace: 'AWS/KMS', metricName: 'SecondsUntilKeyMaterialExpiration', period: Duration.minutes(5) });

function alarm(s: Stack, id: string, description?: string, topic?: sns.ITopic): cloudwatch.Alarm {
  const a = new cloudwatch.Alarm(s, id, { metric, threshold: 1, evaluationPeriods: 1, alarmDescription: description });
  if (topic) a.addAlarmAction(new actions.SnsAction(topic));
  return a;
}

function cfn(a: cloudwatch.Alarm): cloudwatch.CfnAlarm {
  return a.node.defaultChild as cloudwatch.CfnAlarm;
}

describe('guard marker', () => {
  test.each([
    ['[DS-KMS-1] rotation off', 'DS-KMS-1'],
    ['[DS-S3-12] bucket policy deleted', 'DS-S3-12'],
    ['DS-KMS-1 rotation off', undefined],
    [' [DS-KMS-1] leading space', undefined],
    ['[ds-kms-1] lower case', undefined],
  ])('%j guards %s', (description, id) => {
    expect(guardedControlId(description)).toBe(id);
  });

  test('guardDescription round-trips', () => {
    expect(guardedControlId(guardDescription('DS-TRAIL-2', 'x'))).toBe('DS-TRAIL-2');
  });
});

describe('DermaShield-CloudWatchAlarmAction', () => {
  test('compliant: a guarding alarm with an SNS action, a guarding rule with a target, unmarked alarms are not judged', () => {
    const { app, stack: s, topic } = stack();
    alarm(s, 'Guard', guardDescription('DS-KMS-1', 'rotation off'), topic);
    alarm(s, 'Unmarked', 'latency is high');
    alarm(s, 'NoDescription');
    new events.Rule(s, 'Rule', {
      description: guardDescription('DS-KMS-3', 'key scheduled for deletion'),
      eventPattern: { source: ['aws.kms'] },
      targets: [new targets.SnsTopic(topic)],
    });
    expectNoFinding(synthWithPack(app), 'CloudWatchAlarmAction');
  });

  test('non-compliant: a guarding alarm without an action, a disabled rule, a rule without targets', () => {
    const { app, stack: s, topic } = stack();
    alarm(s, 'Silent', guardDescription('DS-KMS-1', 'rotation off'));
    new events.Rule(s, 'Disabled', {
      description: guardDescription('DS-KMS-3', 'deletion'), eventPattern: { source: ['aws.kms'] }, enabled: false, targets: [new targets.SnsTopic(topic)],
    });
    new events.Rule(s, 'NoTarget', { description: guardDescription('DS-KMS-3', 'deletion'), eventPattern: { source: ['aws.kms'] } });
    const result = synthWithPack(app);
    const f = expectFinding(result, 'CloudWatchAlarmAction', 'S/Silent/Resource');
    expect(f.description).toContain('[DS-CW-1]');
    expect(f.description).toContain('AlarmActions is empty');
    expect(expectFinding(result, 'CloudWatchAlarmAction', 'S/Disabled').description).toContain('State is DISABLED');
    expect(expectFinding(result, 'CloudWatchAlarmAction', 'S/NoTarget').description).toContain('Targets is empty');
  });

  test('non-compliant: a marker naming a control that is not in the catalog', () => {
    const { app, stack: s, topic } = stack();
    alarm(s, 'Typo', '[DS-KSM-1] rotation off', topic);
    expect(expectFinding(synthWithPack(app), 'CloudWatchAlarmAction', 'S/Typo').description).toContain('DS-KSM-1, which is not a DermaShield catalog control');
  });

  test.each([
    ['ActionsEnabled overridden to false', (a: cloudwatch.CfnAlarm) => a.addPropertyOverride('ActionsEnabled', false), 'ActionsEnabled is false'],
    ['AlarmActions deleted', (a: cloudwatch.CfnAlarm) => a.addPropertyDeletionOverride('AlarmActions'), 'AlarmActions is empty'],
    ['AlarmActions emptied', (a: cloudwatch.CfnAlarm) => a.addPropertyOverride('AlarmActions', []), 'AlarmActions is empty'],
  ])('escape hatch: %s after the L2 set an action', (_name, mutate, message) => {
    const { app, stack: s, topic } = stack();
    const a = alarm(s, 'Guard', guardDescription('DS-KMS-1', 'rotation off'), topic);
    mutate(cfn(a));
    expect(expectFinding(synthWithPack(app), 'CloudWatchAlarmAction', 'S/Guard/Resource').description).toContain(message);
  });

  test('escape hatch: an L2 rule whose targets are deleted', () => {
    const { app, stack: s, topic } = stack();
    const rule = new events.Rule(s, 'Rule', {
      description: guardDescription('DS-KMS-3', 'deletion'), eventPattern: { source: ['aws.kms'] }, targets: [new targets.SnsTopic(topic)],
    });
    (rule.node.defaultChild as events.CfnRule).addPropertyDeletionOverride('Targets');
    expectFinding(synthWithPack(app), 'CloudWatchAlarmAction', 'S/Rule/Resource');
  });

  test('raw CfnResource alarm, composite alarm and rule', () => {
    const { app, stack: s, topic } = stack();
    new CfnResource(s, 'RawAlarm', {
      type: 'AWS::CloudWatch::Alarm',
      properties: { AlarmDescription: '[DS-KMS-1] x', ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1, Threshold: 1, MetricName: 'm', Namespace: 'n', Period: 60, Statistic: 'Sum' },
    });
    new CfnResource(s, 'RawComposite', { type: 'AWS::CloudWatch::CompositeAlarm', properties: { AlarmDescription: '[DS-KMS-1] x', AlarmRule: 'ALARM(a)', OKActions: [topic.topicArn] } });
    new CfnResource(s, 'RawCompositeOk', { type: 'AWS::CloudWatch::CompositeAlarm', properties: { AlarmDescription: '[DS-KMS-1] x', AlarmRule: 'ALARM(a)', AlarmActions: [topic.topicArn] } });
    new CfnResource(s, 'RawRule', { type: 'AWS::Events::Rule', properties: { Description: '[DS-KMS-3] x', EventPattern: { source: ['aws.kms'] }, Targets: [{ Id: 't', Arn: topic.topicArn }] } });
    new CfnResource(s, 'BadRule', { type: 'AWS::Events::Rule', properties: { Description: '[DS-KMS-3] x', EventPattern: { source: ['aws.kms'] }, Targets: [] } });
    const result = synthWithPack(app);
    expectFinding(result, 'CloudWatchAlarmAction', 'S/RawAlarm');
    // An OK action alone does not tell anyone the control failed.
    expectFinding(result, 'CloudWatchAlarmAction', 'S/RawComposite');
    expectNoFinding(result, 'CloudWatchAlarmAction', 'S/RawCompositeOk');
    expectNoFinding(result, 'CloudWatchAlarmAction', 'S/RawRule');
    expectFinding(result, 'CloudWatchAlarmAction', 'S/BadRule');
  });

  test.each([
    ['an action from a parameter', (s: Stack, a: cloudwatch.CfnAlarm) => a.addPropertyOverride('AlarmActions', [new CfnParameter(s, 'P', { type: 'String' }).valueAsString])],
    ['ActionsEnabled behind Fn::If', (s: Stack, a: cloudwatch.CfnAlarm) => {
      const c = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(Fn.ref('AWS::Region'), 'us-east-1') });
      a.addPropertyOverride('ActionsEnabled', Fn.conditionIf(c.logicalId, true, false));
    }],
    ['the action list imported', (_s: Stack, a: cloudwatch.CfnAlarm) => a.addPropertyOverride('AlarmActions', Fn.split(',', Fn.importValue('Topics')))],
    ['an unmarked description from a parameter, with no action', (s: Stack, a: cloudwatch.CfnAlarm) => {
      a.addPropertyOverride('AlarmDescription', new CfnParameter(s, 'D', { type: 'String' }).valueAsString);
      a.addPropertyDeletionOverride('AlarmActions');
    }],
  ])('token: %s is unverifiable, never a pass', (_name, mutate) => {
    const { app, stack: s, topic } = stack();
    const a = alarm(s, 'Guard', guardDescription('DS-KMS-1', 'rotation off'), topic);
    mutate(s, cfn(a));
    const result = synthWithPack(app);
    expectFinding(result, 'CloudWatchAlarmAction', 'S/Guard', { unverifiable: true });
    expect(result.findings.filter((f) => f.ruleId === 'DermaShield-CloudWatchAlarmAction')).toHaveLength(0);
  });
});
