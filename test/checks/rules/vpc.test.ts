import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  return { app, stack: new Stack(app, 'S') };
}

/** A small VPC without NAT gateways (keeps the template small). */
function vpc(s: Stack, id: string, flowLogs?: Record<string, ec2.FlowLogOptions>): ec2.Vpc {
  return new ec2.Vpc(s, id, {
    natGateways: 0,
    maxAzs: 1,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    flowLogs,
  });
}

function flowLogOf(v: ec2.Vpc, id: string): ec2.CfnFlowLog {
  return v.node.findChild(id).node.defaultChild as ec2.CfnFlowLog;
}

describe('DermaShield-VpcFlowLogs', () => {
  test('compliant: a VPC flow log of ALL traffic (the aws-cdk-lib default traffic type)', () => {
    const { app, stack: s } = stack();
    vpc(s, 'V', { All: {} });
    expectNoFinding(synthWithPack(app), 'VpcFlowLogs');
  });

  test('non-compliant: no flow log', () => {
    const { app, stack: s } = stack();
    vpc(s, 'V');
    const f = expectFinding(synthWithPack(app), 'VpcFlowLogs', 'S/V/Resource');
    expect(f.description).toContain('[DS-VPC-1]');
    expect(f.description).toContain('no AWS::EC2::FlowLog in this template names the VPC');
  });

  test.each([
    [ec2.FlowLogTrafficType.ACCEPT],
    [ec2.FlowLogTrafficType.REJECT],
  ])('non-compliant: a flow log of %s traffic only', (trafficType) => {
    const { app, stack: s } = stack();
    vpc(s, 'V', { Partial: { trafficType } });
    expect(expectFinding(synthWithPack(app), 'VpcFlowLogs', 'S/V/Resource').description).toContain(`captures only ${trafficType} traffic`);
  });

  test('non-compliant: a flow log of another VPC, or of one subnet, does not count', () => {
    const { app, stack: s } = stack();
    vpc(s, 'Covered', { All: {} });
    const bare = vpc(s, 'Bare');
    new ec2.FlowLog(s, 'SubnetLog', { resourceType: ec2.FlowLogResourceType.fromSubnet(bare.isolatedSubnets[0]) });
    const result = synthWithPack(app);
    expectNoFinding(result, 'VpcFlowLogs', 'S/Covered');
    expectFinding(result, 'VpcFlowLogs', 'S/Bare/Resource');
  });

  test.each([
    ['TrafficType overridden to REJECT', (f: ec2.CfnFlowLog) => f.addPropertyOverride('TrafficType', 'REJECT'), 'captures only REJECT'],
    ['TrafficType deleted', (f: ec2.CfnFlowLog) => f.addPropertyDeletionOverride('TrafficType'), 'has no TrafficType'],
    ['ResourceId pointed elsewhere', (f: ec2.CfnFlowLog) => f.addPropertyOverride('ResourceId', 'vpc-0123456789abcdef0'), 'no AWS::EC2::FlowLog'],
  ])('escape hatch: %s after the L2 set it', (_name, mutate, message) => {
    const { app, stack: s } = stack();
    const v = vpc(s, 'V', { All: {} });
    mutate(flowLogOf(v, 'All'));
    expect(expectFinding(synthWithPack(app), 'VpcFlowLogs', 'S/V/Resource').description).toContain(message);
  });

  test('raw CfnResource VPC and flow log, judged on the type strings', () => {
    const { app, stack: s } = stack();
    const raw = new CfnResource(s, 'RawVpc', { type: 'AWS::EC2::VPC', properties: { CidrBlock: '10.0.0.0/16' } });
    new CfnResource(s, 'RawLog', {
      type: 'AWS::EC2::FlowLog',
      properties: { ResourceId: raw.ref, ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::logs' },
    });
    new CfnResource(s, 'BareVpc', { type: 'AWS::EC2::VPC', properties: { CidrBlock: '10.1.0.0/16' } });
    const result = synthWithPack(app);
    expectNoFinding(result, 'VpcFlowLogs', 'S/RawVpc');
    expectFinding(result, 'VpcFlowLogs', 'S/BareVpc');
  });

  test.each([
    ['TrafficType from a parameter', (s: Stack, f: ec2.CfnFlowLog) => f.addPropertyOverride('TrafficType', new CfnParameter(s, 'P', { type: 'String' }).valueAsString)],
    ['ResourceId from an import', (_s: Stack, f: ec2.CfnFlowLog) => f.addPropertyOverride('ResourceId', Fn.importValue('SomeVpcId'))],
    ['TrafficType behind Fn::If', (s: Stack, f: ec2.CfnFlowLog) => {
      const c = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(Fn.ref('AWS::Region'), 'us-east-1') });
      f.addPropertyOverride('TrafficType', Fn.conditionIf(c.logicalId, 'ALL', 'REJECT'));
    }],
    ['the flow log itself conditional', (s: Stack, f: ec2.CfnFlowLog) => {
      f.cfnOptions.condition = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(Fn.ref('AWS::Region'), 'us-east-1') });
    }],
  ])('token: %s is unverifiable, never a pass', (_name, mutate) => {
    const { app, stack: s } = stack();
    const v = vpc(s, 'V', { All: {} });
    mutate(s, flowLogOf(v, 'All'));
    const result = synthWithPack(app);
    expectFinding(result, 'VpcFlowLogs', 'S/V/Resource', { unverifiable: true });
    expect(result.findings.filter((f) => f.ruleId === 'DermaShield-VpcFlowLogs')).toHaveLength(0);
  });
});
