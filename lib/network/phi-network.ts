import { CustomResource, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DermaShieldError } from '../errors';
import { requireCustomerManagedKey, requireLogRetention, requireReason } from '../validation';
import { allowCloudWatchLogs } from '../keys/key-policy';
import { PhiKey } from '../keys/phi-key';

/** The shortest flow-log retention PhiNetwork accepts: one year. */
export const MIN_FLOW_LOG_RETENTION_DAYS = 365;

/** Properties of a {@link PhiNetwork}. */
export interface PhiNetworkProps {
  /**
   * The VPC's IPv4 range, /16 to /20. It is also the only source the VPC endpoints accept HTTPS from.
   * @default '10.0.0.0/16'
   */
  readonly cidr?: string;
  /**
   * How many Availability Zones to spread each subnet tier over.
   * @default 2
   */
  readonly maxAzs?: number;
  /**
   * NAT gateways for the private (application) subnets' outbound traffic: 1 or more (put workloads that need no
   * egress in the Isolated tier; AWS traffic flows through the VPC endpoints either way).
   * @default - one per Availability Zone
   */
  readonly natGateways?: number;
  /**
   * The customer-managed key for the network's log groups (flow logs, the default-security-group closer): any
   * `kms.IKey`, a `PhiKey` included. Its policy is extended to let CloudWatch Logs use it (an imported key's policy
   * must already allow it).
   * @default - a new PhiKey for the `network-logs` domain
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * How long flow logs are kept: one year or longer (`RetentionDays.INFINITE` is allowed). Shorter values throw.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly flowLogRetention?: logs.RetentionDays;
  /**
   * Interface endpoints to add besides the floor (KMS, Secrets Manager, CloudWatch Logs, STS), e.g. ECR or SSM.
   * Each gets the construct id `<ShortName>Endpoint` (e.g. `EcrApiEndpoint` for `ecr.api`).
   * @default - none
   */
  readonly additionalInterfaceEndpoints?: ec2.InterfaceVpcEndpointAwsService[];
  /**
   * Why the public subnets' default route to the internet gateway is acceptable for this app. Recorded as the
   * acknowledgement of cdk-nag's `HIPAA.Security-VPCNoUnrestrictedRouteToIGW` and `NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW`
   * on those routes.
   * @default - public subnets hold only internet-facing load balancers that terminate TLS 1.2+ (TlsLoadBalancer); no compute gets a public IP
   */
  readonly publicRouteReason?: string;
}

/** The interface endpoints PhiNetwork always creates, keyed by the construct id each gets. */
const FLOOR_INTERFACE_ENDPOINTS: ReadonlyArray<readonly [string, ec2.InterfaceVpcEndpointAwsService]> = [
  ['KmsEndpoint', ec2.InterfaceVpcEndpointAwsService.KMS],
  ['SecretsManagerEndpoint', ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER],
  ['LogsEndpoint', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS],
  ['StsEndpoint', ec2.InterfaceVpcEndpointAwsService.STS],
];

/**
 * A VPC for ePHI workloads: three subnet tiers, flow logs to a CMK-encrypted log group, a closed default security
 * group, and VPC endpoints so traffic to S3, KMS, Secrets Manager, CloudWatch Logs and STS stays on the AWS network.
 *
 * Default settings: `10.0.0.0/16` over 2 AZs; `Public` subnets (/24) for load balancers only, `Private` subnets (/20,
 * NAT egress) for applications, `Isolated` subnets (/24, no route out) for data stores; no subnet assigns public
 * IPs automatically; a flow log of ALL traffic to a log group encrypted with a `network-logs` PhiKey, kept one year
 * and retained on stack deletion; the default security group stripped of all rules; an S3 gateway endpoint and
 * interface endpoints (private DNS, HTTPS from the VPC range only) for KMS, Secrets Manager, CloudWatch Logs and STS.
 *
 * What you cannot change: flow logs (always ALL traffic, always CMK-encrypted, never under one year), the closed
 * default security group, automatic public IPs (always off), the floor endpoints.
 */
export class PhiNetwork extends Construct {
  /** The VPC. */
  public readonly vpc: ec2.Vpc;
  /** The key that encrypts the network's log groups (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** The CMK-encrypted log group flow logs are delivered to. */
  public readonly flowLogGroup: logs.LogGroup;
  /** The VPC flow log (ALL traffic). */
  public readonly flowLog: ec2.FlowLog;
  /** The role VPC Flow Logs assumes to write to the log group (permissions in a customer-managed policy). */
  public readonly flowLogRole: iam.Role;
  /** The S3 gateway endpoint. */
  public readonly s3Endpoint: ec2.GatewayVpcEndpoint;
  /** The interface endpoints, by construct id (`KmsEndpoint`, `SecretsManagerEndpoint`, `LogsEndpoint`, `StsEndpoint`, ...). */
  public readonly interfaceEndpoints: Readonly<Record<string, ec2.InterfaceVpcEndpoint>>;

  /**
   * Context that gives the CDK the Availability Zones of one account and Region, so that a stack with
   * `env: { account, region }` synthesizes offline: without it the CDK looks the zones up with AWS credentials
   * (`ec2.Vpc` asks the stack for its zones even when it is given a list). Pass it to the App:
   * `new App({ context: PhiNetwork.availabilityZonesContext('111122223333', 'us-east-1', ['us-east-1a', 'us-east-1b']) })`,
   * or write the same key and list in `cdk.json`. `maxAzs` then picks the first zones of the list.
   * A stack with only `env: { region }` needs no lookup at all (the template selects the zones at deploy time).
   * @param account the 12-digit account id of the stack's `env`
   * @param region the Region of the stack's `env`, e.g. `us-east-1`
   * @param availabilityZones zone names of that Region, e.g. `['us-east-1a', 'us-east-1b']`
   */
  public static availabilityZonesContext(account: string, region: string, availabilityZones: string[]): { [key: string]: string[] } {
    const subject = 'PhiNetwork.availabilityZonesContext';
    if (!/^\d{12}$/.test(account)) {
      throw DermaShieldError.forSubject('PhiNetworkAvailabilityZones', subject, `account ${JSON.stringify(account)} is not a 12-digit AWS account id.`);
    }
    const wrong = availabilityZones.filter((az) => !new RegExp(`^${region.replace(/[^a-z0-9-]/g, '')}[a-z]$`).test(az));
    if (availabilityZones.length === 0 || wrong.length > 0) {
      throw DermaShieldError.forSubject('PhiNetworkAvailabilityZones', subject, `availabilityZones ${JSON.stringify(availabilityZones)} is not allowed; `
        + `name one or more zones of ${region}, e.g. ['${region}a', '${region}b'].`);
    }
    return { [`availability-zones:account=${account}:region=${region}`]: [...availabilityZones] };
  }

  constructor(scope: Construct, id: string, props: PhiNetworkProps = {}) {
    super(scope, id);
    const retention = props.flowLogRetention ?? logs.RetentionDays.ONE_YEAR;
    requireCustomerManagedKey(this, 'PhiNetworkAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-LOGS-1');
    requireLogRetention(this, 'PhiNetworkFlowLogRetention', 'flowLogRetention', retention, { min: MIN_FLOW_LOG_RETENTION_DAYS, hint: '(control DS-VPC-1)' });
    if (props.maxAzs !== undefined && !Token.isUnresolved(props.maxAzs) && (!Number.isInteger(props.maxAzs) || props.maxAzs < 1)) {
      throw new DermaShieldError('PhiNetworkMaxAzs', this, `maxAzs ${props.maxAzs} is not allowed; use a whole number of 1 or more.`);
    }
    if (props.natGateways !== undefined && !Token.isUnresolved(props.natGateways) && (!Number.isInteger(props.natGateways) || props.natGateways < 1)) {
      throw new DermaShieldError('PhiNetworkNatGateways', this,
        `natGateways ${props.natGateways} is not allowed; the Private tier needs at least 1 (use the Isolated tier for workloads without egress).`);
    }
    const cidr = props.cidr ?? '10.0.0.0/16';
    if (!Token.isUnresolved(cidr)) {
      const mask = /^(\d{1,3}\.){3}\d{1,3}\/(\d{1,2})$/.exec(cidr)?.[2];
      if (mask === undefined || Number(mask) < 16 || Number(mask) > 20) {
        throw new DermaShieldError('PhiNetworkCidr', this,
          `cidr ${JSON.stringify(cidr)} is not allowed; use an IPv4 range from /16 to /20 (e.g. '10.0.0.0/16').`);
      }
    }
    const publicRouteReason = requireReason(this, 'PhiNetworkPublicRouteReason', 'publicRouteReason', props.publicRouteReason
      ?? 'Public subnets hold only internet-facing load balancers that terminate TLS 1.2+ (TlsLoadBalancer, DS-ELB-1); '
        + 'PhiNetwork turns off automatic public IPs, applications run in Private and data stores in Isolated subnets.',
    'naming what compensates');

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(cidr),
      maxAzs: props.maxAzs ?? 2,
      natGateways: props.natGateways,
      subnetConfiguration: [
        // aws-cdk-lib turns on MapPublicIpOnLaunch for public subnets by default: off here, load balancers do not need it.
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
        { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      // aws-cdk-lib leaves the default security group open unless this is on, and when it is on it closes the group with
      // a Lambda outside any VPC (Control Tower CT.LAMBDA.PR.3 fails it). Off here: closeDefaultSecurityGroup() below
      // does the same from inside the VPC.
      restrictDefaultSecurityGroup: false,
      enableDnsHostnames: true,
      enableDnsSupport: true,
    });
    for (const subnet of this.vpc.publicSubnets) {
      Validations.of(subnet).acknowledge(...['HIPAA.Security::HIPAA.Security', 'NIST.800.53.R5::NIST.800.53.R5']
        .map((pack) => ({ id: `${pack}-VPCNoUnrestrictedRouteToIGW`, reason: publicRouteReason })));
    }

    this.encryptionKey = props.encryptionKey ?? new PhiKey(this, 'FlowLogKey', { domain: 'network-logs' });
    allowCloudWatchLogs(this.encryptionKey);
    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogGroup', {
      encryptionKey: this.encryptionKey,
      retention,
      // aws-cdk-lib destroys log groups on stack deletion by default: flow logs are audit records, keep them.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The flow-log role's permissions live in a customer-managed policy (no inline policy, HIPAA IAMNoInlinePolicy);
    // the role handed to FlowLog is immutable so aws-cdk-lib cannot add an inline default policy.
    const stack = Stack.of(this);
    const policy = new iam.ManagedPolicy(this, 'FlowLogPolicy', {
      description: 'VPC Flow Logs delivery to the PhiNetwork flow-log group',
      statements: [new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        resources: [this.flowLogGroup.logGroupArn],
      })],
    });
    this.flowLogRole = new iam.Role(this, 'FlowLogRole', {
      assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': stack.account },
      }),
      managedPolicies: [policy],
    });
    this.flowLog = new ec2.FlowLog(this, 'FlowLog', {
      resourceType: ec2.FlowLogResourceType.fromVpc(this.vpc),
      trafficType: ec2.FlowLogTrafficType.ALL,
      destination: ec2.FlowLogDestination.toCloudWatchLogs(this.flowLogGroup, this.flowLogRole.withoutPolicyUpdates()),
    });

    this.s3Endpoint = this.vpc.addGatewayEndpoint('S3Endpoint', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    const endpoints: Record<string, ec2.InterfaceVpcEndpoint> = {};
    const extra = (props.additionalInterfaceEndpoints ?? []).map((service) => [`${pascal(service.shortName)}Endpoint`, service] as const);
    const services = new Set<string>();
    for (const [endpointId, service] of [...FLOOR_INTERFACE_ENDPOINTS, ...extra]) {
      if (services.has(service.name)) continue; // a floor endpoint passed again: private DNS allows one per service
      services.add(service.name);
      const endpoint = this.vpc.addInterfaceEndpoint(endpointId, {
        service,
        privateDnsEnabled: true,
        subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        // aws-cdk-lib opens the endpoint to the VPC CIDR as a token; use the literal range so reviewers and
        // cdk-nag can read it (HTTPS only).
        open: false,
      });
      endpoint.connections.allowFrom(ec2.Peer.ipv4(Token.isUnresolved(cidr) ? this.vpc.vpcCidrBlock : cidr), ec2.Port.tcp(443),
        `HTTPS to ${service.shortName} from inside the VPC`);
      endpoints[endpointId] = endpoint;
    }
    this.interfaceEndpoints = endpoints;
    this.closeDefaultSecurityGroup(retention);
  }

  /**
   * Strip the default security group of its rules (all traffic from itself in, all traffic out), as aws-cdk-lib's
   * `restrictDefaultSecurityGroup` does, with a Lambda function placed in this VPC's Private subnets: egress 443 only,
   * through the NAT gateways (EC2 API) and the S3 gateway endpoint (the CloudFormation response), its log group
   * encrypted with the flow-log key. The custom resource keeps aws-cdk-lib's id and type
   * (`RestrictDefaultSecurityGroupCustomResource`, `Custom::VpcRestrictDefaultSG`) under the VPC, so the packs that look
   * for it (cdk-nag `VPCDefaultSecurityGroupClosed`) still find the control.
   */
  private closeDefaultSecurityGroup(retention: logs.RetentionDays): void {
    const stack = Stack.of(this);
    const defaultSg = this.vpc.vpcDefaultSecurityGroup;
    const logGroup = new logs.LogGroup(this, 'DefaultSecurityGroupCloserLogs', {
      encryptionKey: this.encryptionKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const policy = new iam.ManagedPolicy(this, 'DefaultSecurityGroupCloserPolicy', {
      description: 'PhiNetwork: strip the rules of the VPC default security group, from inside the VPC',
      statements: [
        new iam.PolicyStatement({
          sid: 'RevokeDefaultSecurityGroupRules',
          actions: ['ec2:RevokeSecurityGroupIngress', 'ec2:RevokeSecurityGroupEgress'],
          resources: [stack.formatArn({ service: 'ec2', resource: 'security-group', resourceName: defaultSg })],
        }),
        new iam.PolicyStatement({
          sid: 'LambdaNetworkInterfacesInTheVpc',
          actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface',
            'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          sid: 'WriteOwnLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn],
        }),
      ],
    });
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason: 'The network-interface actions a Lambda function in a VPC needs (ec2:DescribeNetworkInterfaces and the ENI calls Lambda makes '
        + 'for it) do not support resource-level permissions; the role is assumable only by lambda.amazonaws.com and used by one function.',
    });
    const role = new iam.Role(this, 'DefaultSecurityGroupCloserRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'PhiNetwork: closes the VPC default security group',
      managedPolicies: [policy],
    });
    const securityGroup = new ec2.SecurityGroup(this, 'DefaultSecurityGroupCloserSecurityGroup', {
      vpc: this.vpc,
      description: 'PhiNetwork default-security-group closer: HTTPS out only (EC2 API, CloudFormation response)',
      allowAllOutbound: false,
    });
    securityGroup.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the EC2 API and the CloudFormation response URL');
    const fn = new lambda.Function(this, 'DefaultSecurityGroupCloser', {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(CLOSE_DEFAULT_SG_HANDLER),
      description: 'PhiNetwork: strips the VPC default security group of its rules',
      timeout: Duration.minutes(2),
      memorySize: 128,
      reservedConcurrentExecutions: 1,
      role,
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [securityGroup],
      logGroup,
    });
    Validations.of(fn).acknowledge(...['HIPAA.Security::HIPAA.Security', 'NIST.800.53.R5::NIST.800.53.R5'].map((pack) => ({
      id: `${pack}-LambdaDLQ`,
      reason: 'CloudFormation is the only invoker (a custom resource): a failed invocation fails and rolls back the stack operation, '
        + 'so no event is lost silently and a dead-letter queue would hold nothing to act on.',
    })));
    const closer = new CustomResource(this.vpc, 'RestrictDefaultSecurityGroupCustomResource', {
      serviceToken: fn.functionArn,
      resourceType: 'Custom::VpcRestrictDefaultSG',
      properties: { DefaultSecurityGroupId: defaultSg, Account: stack.account },
    });
    // The function reaches the EC2 API through NAT and answers CloudFormation through S3: wait for both routes.
    for (const subnet of this.vpc.privateSubnets) closer.node.addDependency(subnet.internetConnectivityEstablished);
    closer.node.addDependency(this.s3Endpoint);
  }
}

/**
 * The closer's handler (Node.js, AWS SDK v3 from the runtime): revoke the two rules a new VPC's default security group
 * has (all traffic from itself; all traffic out), ignoring rules already gone; nothing to undo on Delete.
 */
const CLOSE_DEFAULT_SG_HANDLER = `
const https = require('https');
const { EC2Client, RevokeSecurityGroupIngressCommand, RevokeSecurityGroupEgressCommand } = require('@aws-sdk/client-ec2');
const ec2 = new EC2Client({});
async function revoke(command) {
  try { await ec2.send(command); } catch (e) { if (e.name !== 'InvalidPermission.NotFound') throw e; }
}
function respond(event, status, reason) {
  const body = JSON.stringify({
    Status: status, Reason: reason, StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId,
    PhysicalResourceId: event.PhysicalResourceId || ('restrict-' + event.ResourceProperties.DefaultSecurityGroupId),
  });
  return new Promise((resolve) => {
    const req = https.request(event.ResponseURL, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } },
      (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', (e) => { console.error('response failed', e); resolve(); });
    req.end(body);
  });
}
exports.handler = async (event) => {
  try {
    if (event.RequestType !== 'Delete') {
      const GroupId = event.ResourceProperties.DefaultSecurityGroupId;
      await revoke(new RevokeSecurityGroupIngressCommand({ GroupId,
        IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId, UserId: event.ResourceProperties.Account }] }] }));
      await revoke(new RevokeSecurityGroupEgressCommand({ GroupId, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
    }
    await respond(event, 'SUCCESS', 'default security group rules revoked');
  } catch (e) {
    console.error(e);
    await respond(event, 'FAILED', String((e && e.message) || e));
  }
};
`;

/** `ecr.api` -> `EcrApi`, `secretsmanager` -> `Secretsmanager`. */
function pascal(shortName: string): string {
  return shortName.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}
