import { RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DermaShieldError } from '../errors';
import { requireLogRetention, requireReason } from '../validation';
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
   * The customer-managed key for the flow-log log group. Its policy is extended to let CloudWatch Logs use it.
   * @default - a new PhiKey for the `network-logs` domain
   */
  readonly flowLogKey?: PhiKey;
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
   * acknowledgement of cdk-nag's `HIPAA.Security-VPCNoUnrestrictedRouteToIGW` on those routes.
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
  /** The key that encrypts the flow-log log group. */
  public readonly flowLogKey: PhiKey;
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
      // aws-cdk-lib leaves the default security group open (unless a feature flag is set): always close it.
      restrictDefaultSecurityGroup: true,
      enableDnsHostnames: true,
      enableDnsSupport: true,
    });
    for (const subnet of this.vpc.publicSubnets) {
      Validations.of(subnet).acknowledge({ id: 'HIPAA.Security::HIPAA.Security-VPCNoUnrestrictedRouteToIGW', reason: publicRouteReason });
    }

    this.flowLogKey = props.flowLogKey ?? new PhiKey(this, 'FlowLogKey', { domain: 'network-logs' });
    this.flowLogKey.allowCloudWatchLogs();
    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogGroup', {
      encryptionKey: this.flowLogKey.key,
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
  }
}

/** `ecr.api` -> `EcrApi`, `secretsmanager` -> `Secretsmanager`. */
function pascal(shortName: string): string {
  return shortName.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}
