import { CfnResource, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { HIPAASecurityChecks } from 'cdk-nag';
import { PhiKey, PhiNetwork } from '../../lib';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

const env = { account: '111122223333', region: 'us-east-1' };

function build(props?: ConstructorParameters<typeof PhiNetwork>[2]) {
  const app = testApp();
  const stack = new Stack(app, 'S', { env });
  const network = new PhiNetwork(stack, 'Net', props);
  return { app, stack, network, template: () => Template.fromStack(stack) };
}

describe('PhiNetwork', () => {
  describe('defaults', () => {
    test('three subnet tiers over two AZs, none assigning public IPs', () => {
      const { template } = build();
      const t = template();
      t.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16', EnableDnsHostnames: true, EnableDnsSupport: true });
      t.resourceCountIs('AWS::EC2::Subnet', 6);
      const subnets = Object.values(t.findResources('AWS::EC2::Subnet'));
      expect(subnets.map((s) => s.Properties.MapPublicIpOnLaunch)).toEqual(Array(6).fill(false));
      const tiers = subnets.map((s) => s.Properties.Tags.find((tag: any) => tag.Key === 'aws-cdk:subnet-name').Value).sort();
      expect(tiers).toEqual(['Isolated', 'Isolated', 'Private', 'Private', 'Public', 'Public']);
      // Public subnets route to the internet gateway; isolated ones have no default route at all.
      t.resourceCountIs('AWS::EC2::NatGateway', 2);
      t.resourceCountIs('AWS::EC2::Route', 4);
    });

    test('the default security group is closed by a custom resource whose Lambda runs inside the VPC (no Lambda outside it)', () => {
      const { template, stack, network } = build();
      const t = template();
      const fnId = stack.resolve((network.node.findChild('DefaultSecurityGroupCloser').node.defaultChild as CfnResource).logicalId);
      t.hasResourceProperties('Custom::VpcRestrictDefaultSG', {
        ServiceToken: { 'Fn::GetAtt': [fnId, 'Arn'] },
        DefaultSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NetVpc'), 'DefaultSecurityGroup'] },
      });
      // Every Lambda function of the construct is in the VPC's Private subnets, behind a 443-egress-only group.
      const functions = Object.values<any>(t.findResources('AWS::Lambda::Function'));
      expect(functions).toHaveLength(1);
      expect(functions[0].Properties.VpcConfig.SubnetIds).toHaveLength(2);
      expect(functions[0].Properties.ReservedConcurrentExecutions).toBe(1);
      t.hasResourceProperties('AWS::EC2::SecurityGroup', {
        GroupDescription: Match.stringLikeRegexp('default-security-group closer'),
        SecurityGroupEgress: [{ CidrIp: '0.0.0.0/0', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Description: Match.anyValue() }],
      });
      // aws-cdk-lib's provider (a Lambda outside the VPC) is not used.
      expect(JSON.stringify(t.toJSON())).not.toContain('VpcRestrictDefaultSGCustomResourceProvider');
      // The custom resource waits for the NAT routes and the S3 endpoint its function needs.
      const cr = Object.values<any>(t.findResources('Custom::VpcRestrictDefaultSG'))[0];
      expect(cr.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^NetVpcPrivateSubnet1DefaultRoute/), expect.stringMatching(/^NetVpcS3Endpoint/)]));
      // Its log group is encrypted with the flow-log key and kept as long as the flow logs.
      t.hasResourceProperties('AWS::Logs::LogGroup', {
        KmsKeyId: { 'Fn::GetAtt': [stack.resolve(((network.encryptionKey as PhiKey).key.node.defaultChild as any).logicalId), 'Arn'] },
        RetentionInDays: 365,
      });
    });

    test('the closer\'s handler revokes exactly the two default rules and always answers CloudFormation', async () => {
      const { stack, network } = build();
      const fn = network.node.findChild('DefaultSecurityGroupCloser').node.defaultChild as CfnResource;
      const code: string = stack.resolve((fn as any).code).zipFile;
      const sent: any[] = [];
      const responses: any[] = [];
      class Command { constructor(public readonly input: any) {} }
      const fakeRequire = (m: string): any => (m === 'https'
        ? { request: (_url: string, _opts: unknown, cb: (res: any) => void) => ({
          on: () => undefined,
          end: (body: string) => { responses.push(JSON.parse(body)); cb({ resume: () => undefined, on: (_e: string, f: () => void) => f() }); },
        }) }
        : {
          EC2Client: class { async send(c: any) { sent.push([c.constructor.name, c.input]); } },
          RevokeSecurityGroupIngressCommand: class RevokeSecurityGroupIngressCommand extends Command {},
          RevokeSecurityGroupEgressCommand: class RevokeSecurityGroupEgressCommand extends Command {},
        });
      const mod: any = { exports: {} };
      new Function('require', 'module', 'exports', 'console', code)(fakeRequire, mod, mod.exports, { error: () => undefined });
      const event = { RequestType: 'Create', ResponseURL: 'https://example.invalid/x', StackId: 's', RequestId: 'r', LogicalResourceId: 'l',
        ResourceProperties: { DefaultSecurityGroupId: 'sg-1', Account: '111122223333' } };
      await mod.exports.handler(event);
      expect(sent).toEqual([
        ['RevokeSecurityGroupIngressCommand', { GroupId: 'sg-1', IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-1', UserId: '111122223333' }] }] }],
        ['RevokeSecurityGroupEgressCommand', { GroupId: 'sg-1', IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }],
      ]);
      expect(responses).toEqual([expect.objectContaining({ Status: 'SUCCESS', PhysicalResourceId: 'restrict-sg-1', RequestId: 'r' })]);
      await mod.exports.handler({ ...event, RequestType: 'Delete', PhysicalResourceId: 'restrict-sg-1' });
      expect(sent).toHaveLength(2);
      expect(responses[1]).toEqual(expect.objectContaining({ Status: 'SUCCESS', PhysicalResourceId: 'restrict-sg-1' }));
    });

    test('a flow log of ALL traffic on the VPC, to a CMK-encrypted log group kept a year and retained', () => {
      const { template, stack, network } = build();
      const t = template();
      const vpcId = stack.resolve((network.vpc.node.defaultChild as ec2.CfnVPC).logicalId);
      const groupId = stack.resolve((network.flowLogGroup.node.defaultChild as logs.CfnLogGroup).logicalId);
      const keyId = stack.resolve(((network.encryptionKey as PhiKey).key.node.defaultChild as any).logicalId);
      t.hasResourceProperties('AWS::EC2::FlowLog', {
        ResourceId: { Ref: vpcId },
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogDestinationType: 'cloud-watch-logs',
        LogGroupName: { Ref: groupId },
        DeliverLogsPermissionArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NetFlowLogRole'), 'Arn'] },
      });
      t.hasResource('AWS::Logs::LogGroup', {
        Properties: { RetentionInDays: 365, KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      // The key lets CloudWatch Logs in this Region use it for log groups of this account only.
      const [key] = Object.values(t.findResources('AWS::KMS::Key'));
      const logsStatement = key.Properties.KeyPolicy.Statement.find((st: any) => st.Sid === 'AllowCloudWatchLogsInThisAccount');
      expect(logsStatement.Principal).toEqual({ Service: 'logs.us-east-1.amazonaws.com' });
      expect(JSON.stringify(logsStatement.Condition.ArnLike['kms:EncryptionContext:aws:logs:arn'])).toContain(':logs:us-east-1:111122223333:log-group:*');
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/dermashield/network-logs' });
    });

    test('the flow-log role has no inline policy: a customer-managed policy scoped to the log group, trust scoped to the account', () => {
      const { template } = build();
      const t = template();
      t.resourceCountIs('AWS::IAM::Policy', 0);
      t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: { Statement: [{
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NetFlowLogGroup'), 'Arn'] },
        }] },
      });
      t.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: { Statement: [Match.objectLike({
          Principal: { Service: 'vpc-flow-logs.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
        })] },
        ManagedPolicyArns: [{ Ref: Match.stringLikeRegexp('^NetFlowLogPolicy') }],
      });
    });

    test('an S3 gateway endpoint and interface endpoints for KMS, Secrets Manager, CloudWatch Logs and STS, HTTPS from the VPC only', () => {
      const { template } = build();
      const t = template();
      t.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Gateway',
        ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] },
      });
      const interfaces = Object.values(t.findResources('AWS::EC2::VPCEndpoint', { Properties: { VpcEndpointType: 'Interface' } }));
      expect(interfaces.map((e) => e.Properties.ServiceName).sort()).toEqual([
        'com.amazonaws.us-east-1.kms', 'com.amazonaws.us-east-1.logs', 'com.amazonaws.us-east-1.secretsmanager', 'com.amazonaws.us-east-1.sts',
      ]);
      expect(interfaces.every((e) => e.Properties.PrivateDnsEnabled === true)).toBe(true);
      const groups = Object.values(t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: Match.stringLikeRegexp('Endpoint') } }));
      expect(groups).toHaveLength(4);
      for (const g of groups) {
        expect(g.Properties.SecurityGroupIngress).toEqual([expect.objectContaining({ CidrIp: '10.0.0.0/16', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' })]);
      }
    });

    test('additional interface endpoints are added; a floor service passed again is not duplicated', () => {
      const { template, network } = build({
        additionalInterfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.ECR, ec2.InterfaceVpcEndpointAwsService.KMS],
      });
      expect(Object.keys(network.interfaceEndpoints).sort()).toEqual(['EcrApiEndpoint', 'KmsEndpoint', 'LogsEndpoint', 'SecretsManagerEndpoint', 'StsEndpoint']);
      template().resourceCountIs('AWS::EC2::VPCEndpoint', 6);
    });
  });

  describe('validation', () => {
    test.each([
      [logs.RetentionDays.ONE_YEAR, 365],
      [logs.RetentionDays.EIGHTEEN_MONTHS, 545],
      [logs.RetentionDays.TEN_YEARS, 3653],
      [logs.RetentionDays.INFINITE, undefined],
    ])('flowLogRetention %s (stricter or equal) is accepted', (retention, expected) => {
      const { template } = build({ flowLogRetention: retention });
      template().hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: expected ?? Match.absent() });
    });

    test.each([
      [logs.RetentionDays.ONE_DAY],
      [logs.RetentionDays.SIX_MONTHS],
      [364 as logs.RetentionDays],
    ])('flowLogRetention %s days throws, naming the prop, the value and the minimum', (retention) => {
      expectDermaShieldError(() => build({ flowLogRetention: retention }), 'PhiNetworkFlowLogRetention',
        `flowLogRetention ${retention} days is below the allowed minimum of 365 days`);
    });

    test.each([
      ['10.0.0.0/8', /cidr "10.0.0.0\/8" is not allowed; use an IPv4 range from \/16 to \/20/],
      ['10.0.0.0/24', /cidr "10.0.0.0\/24" is not allowed/],
      ['not-a-cidr', /cidr "not-a-cidr" is not allowed/],
    ])('cidr %s throws', (cidr, message) => {
      expect(() => build({ cidr })).toThrow(message);
    });

    test.each([[0], [1.5]])('natGateways %s throws', (natGateways) => {
      expect(() => build({ natGateways })).toThrow(new RegExp(`natGateways ${natGateways} is not allowed; the Private tier needs at least 1`));
    });

    test('a short publicRouteReason throws', () => {
      expect(() => build({ publicRouteReason: 'fine' })).toThrow(/publicRouteReason "fine" is not allowed; write a reason of at least 20 characters/);
    });

    test('a caller-supplied key is used and gets the CloudWatch Logs statement', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env });
      const key = new PhiKey(stack, 'Shared', { domain: 'logs' });
      const network = new PhiNetwork(stack, 'Net', { encryptionKey: key });
      expect(network.encryptionKey).toBe(key);
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::KMS::Key', 1);
      t.hasResourceProperties('AWS::KMS::Key', { KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowCloudWatchLogsInThisAccount' })]) } });
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings; the construct acknowledges what it must', () => {
      const { app } = build();
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([
        'AwsSolutions: AwsSolutions-IAM5[Resource::*] @ S/Net/DefaultSecurityGroupCloserPolicy/Resource',
        'HIPAA.Security: HIPAA.Security-LambdaDLQ @ S/Net/DefaultSecurityGroupCloser/Resource',
        'HIPAA.Security: HIPAA.Security-VPCNoUnrestrictedRouteToIGW @ S/Net/Vpc/PublicSubnet1/DefaultRoute',
        'HIPAA.Security: HIPAA.Security-VPCNoUnrestrictedRouteToIGW @ S/Net/Vpc/PublicSubnet2/DefaultRoute',
        'NIST.800.53.R5: NIST.800.53.R5-LambdaDLQ @ S/Net/DefaultSecurityGroupCloser/Resource',
        'NIST.800.53.R5: NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW @ S/Net/Vpc/PublicSubnet1/DefaultRoute',
        'NIST.800.53.R5: NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW @ S/Net/Vpc/PublicSubnet2/DefaultRoute',
      ]);
    });

    test('passes DermaShield, HIPAASecurityChecks and CloudFormation validation; the public route is acknowledged with its reason', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        const { app } = build();
        const result = synthWithPack(app, undefined, new HIPAASecurityChecks());
        expectNoFindings(result);
        const acks = result.acknowledged.filter((a) => a.ruleId === 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW');
        expect(acks.map((a) => a.path).sort()).toEqual(['S/Net/Vpc/PublicSubnet1/DefaultRoute', 'S/Net/Vpc/PublicSubnet2/DefaultRoute']);
        expect(acks[0].reason).toContain('internet-facing load balancers');
        // ... plus the closer's LambdaDLQ (CloudFormation is its only invoker).
        expect(result.acknowledged.map((a) => a.ruleId).sort()).toEqual([
          'HIPAA.Security-LambdaDLQ', 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW', 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW']);
      } finally {
        process.env.CDK_VALIDATION = previous;
      }
    });

    test('removing the flow log by escape hatch is caught by the pack', () => {
      const { app, network } = build();
      (network.flowLog.node.defaultChild as ec2.CfnFlowLog).addPropertyOverride('TrafficType', 'REJECT');
      expectFinding(synthWithPack(app), 'VpcFlowLogs', 'S/Net/Vpc/Resource');
    });
  });
});
