import { RemovalPolicy, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeRule } from '../checks/acknowledge';
import { DermaShieldError } from '../errors';
import { requireCustomerManagedKey, requireLogRetention, requireReason } from '../validation';
import { allowCloudWatchLogs, perConstructAlias } from '../keys/key-policy';
import { PhiKey } from '../keys/phi-key';

/** The longest session ClinicVpnEndpoint allows, in hours (control DS-VPN-3). */
export const CLINIC_VPN_MAX_SESSION_HOURS = 12;

/** The shortest connection-log retention ClinicVpnEndpoint allows, in days (one year). */
export const CLINIC_VPN_MIN_LOG_RETENTION_DAYS = 365;

/** Client VPN's limit on the login banner text. */
export const CLINIC_VPN_MAX_BANNER_LENGTH = 1400;

/** The login banner shown when no `loginBanner` is given: a HIPAA use notice. */
export const DEFAULT_CLINIC_VPN_LOGIN_BANNER = 'NOTICE: This VPN is for authorized members of the practice workforce only. '
  + 'It gives access to systems that hold electronic protected health information (ePHI) protected by HIPAA. '
  + 'Use it only for your job duties and access only the minimum necessary information. '
  + 'Connections and activity are logged and monitored. Unauthorized access, use or disclosure of ePHI is prohibited '
  + 'and may lead to disciplinary action and civil or criminal penalties. By connecting you accept these terms.';

const ACM_CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/;
const SAML_PROVIDER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:saml-provider\/[\w+=,.@-]+$/;
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const ALLOWED_SESSION_HOURS: readonly number[] = [
  ec2.ClientVpnSessionTimeout.EIGHT_HOURS, ec2.ClientVpnSessionTimeout.TEN_HOURS, ec2.ClientVpnSessionTimeout.TWELVE_HOURS,
];

/** Properties of a {@link ClinicVpnEndpoint}. */
export interface ClinicVpnEndpointProps {
  /** The VPC that holds the practice systems (EHR, image storage) VPN users reach. */
  readonly vpc: ec2.IVpc;

  /**
   * IPv4 range, in CIDR notation, that client addresses are assigned from: /12 to /22, not overlapping the VPC.
   * Changing it replaces the endpoint.
   */
  readonly cidr: string;

  /** ARN of the server certificate in AWS Certificate Manager (ACM). The construct never creates or stores private keys. */
  readonly serverCertificateArn: string;

  /**
   * ARN of the IAM SAML identity provider (`arn:aws:iam::<account>:saml-provider/<name>`) that authenticates users.
   * The identity provider must enforce MFA for the Client VPN application: that is configured at the IdP and cannot be
   * verified here. Required unless `certificateOnlyReason` is given.
   * @default - none; `certificateOnlyReason` and `clientCertificateArn` must then be given
   */
  readonly samlProviderArn?: string;

  /**
   * ARN, in ACM, of the client root certificate chain for mutual-certificate authentication. Used alongside SAML
   * federation (device plus user), or alone only with `certificateOnlyReason`.
   * @default - no mutual-certificate authentication
   */
  readonly clientCertificateArn?: string;

  /**
   * Written reason (at least 20 characters) for an endpoint with mutual-certificate authentication only (no SAML
   * federation, so no per-user MFA). Becomes the acknowledgement of DermaShield-ClientVpnFederatedAuth in the
   * validation report. Only allowed without `samlProviderArn` and with `clientCertificateArn`.
   * @default - SAML federation is required
   */
  readonly certificateOnlyReason?: string;

  /**
   * The customer-managed key that encrypts the connection-log group: any `kms.IKey`, a `PhiKey` included. The
   * construct adds the CloudWatch Logs key policy statement to it (an imported key's policy must already allow it).
   * @default - a new PhiKey for the `vpn-logs` domain
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * How long connection logs are kept: at least one year (`RetentionDays.ONE_YEAR`); longer, or `INFINITE`, is allowed.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * Maximum VPN session duration: 8, 10 or 12 hours. `TWENTY_FOUR_HOURS` throws. Sessions are always disconnected at
   * the timeout, and the user must sign in again.
   * @default ec2.ClientVpnSessionTimeout.EIGHT_HOURS
   */
  readonly sessionTimeout?: ec2.ClientVpnSessionTimeout;

  /**
   * Text of the login banner shown by AWS-provided clients when a session is established (1 to 1400 UTF-8
   * characters). Replace it with the practice's own use notice; it cannot be turned off.
   * @default DEFAULT_CLINIC_VPN_LOGIN_BANNER, a HIPAA use notice
   */
  readonly loginBanner?: string;

  /**
   * Written reason (at least 20 characters) to turn split tunnel on. Becomes the acknowledgement of
   * DermaShield-ClientVpnSplitTunnel in the validation report.
   * @default - split tunnel off: all client traffic goes through the VPN
   */
  readonly splitTunnelReason?: string;

  /**
   * Subnets the endpoint is associated with (one per Availability Zone).
   * @default - the VPC's default subnet selection (private subnets)
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * Up to two DNS servers for clients (e.g. the VPC resolver, VPC CIDR base + 2). Open their port 53 with
   * `connections.allowTo`.
   * @default - the DNS servers configured on the device
   */
  readonly dnsServers?: string[];

  /**
   * Transport protocol of the VPN session.
   * @default ec2.TransportProtocol.UDP
   */
  readonly transportProtocol?: ec2.TransportProtocol;

  /**
   * Description of the endpoint.
   * @default 'DermaShield clinic remote access'
   */
  readonly description?: string;
}

/** One authorization: an identity-provider group may reach one destination network. */
export interface ClinicVpnAuthorizationOptions {
  /** The identity-provider group (the SAML `memberOf` attribute value, e.g. `clinicians`). Required: never "all users". */
  readonly groupId: string;
  /** Destination network, in CIDR notation (e.g. the EHR subnet). */
  readonly cidr: string;
  /**
   * Description of the rule.
   * @default - none
   */
  readonly description?: string;
}

/**
 * Remote access to the practice network for clinicians and billing staff: an AWS Client VPN endpoint with HIPAA
 * defaults.
 *
 * Default settings: SAML federation (MFA enforced at the identity provider), connection logging to a log group
 * encrypted with a PhiKey and kept for a year (retained on stack deletion), 8-hour sessions that disconnect at the
 * timeout, a HIPAA use-notice login banner, split tunnel off, self-service portal off, port 443, no authorization
 * until `addAuthorization` names an identity-provider group and a destination CIDR, and a security group with no
 * outbound rules, so VPN clients reach only what `connections.allowTo` opens.
 *
 * What you cannot change: logging and its CMK encryption, the banner (only its text), disconnect on timeout, the
 * self-service portal (off), authorize-all rules. Split tunnel and certificate-only authentication need a written
 * reason, recorded as an acknowledgement.
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/what-is.html
 * @see HIPAA 45 CFR 164.312(a)(2)(iii), 164.312(b), 164.312(d)
 */
export class ClinicVpnEndpoint extends Construct implements ec2.IConnectable {
  /** The aws-cdk-lib Client VPN endpoint. Use `endpoint.addRoute` for routes beyond the associated subnets. */
  public readonly endpoint: ec2.ClientVpnEndpoint;
  /** The connection-log group. */
  public readonly logGroup: logs.LogGroup;
  /** The key that encrypts the connection logs (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** The security group applied to the endpoint's network interfaces: it limits what VPN clients reach. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** Connections of the VPN clients: `vpn.connections.allowTo(ehr, ec2.Port.tcp(ehr.port))`. */
  public readonly connections: ec2.Connections;
  /** Id of the Client VPN endpoint. */
  public readonly endpointId: string;

  constructor(scope: Construct, id: string, props: ClinicVpnEndpointProps) {
    super(scope, id);
    this.validate(props);

    this.encryptionKey = props.encryptionKey ?? new PhiKey(this, 'LogKey', {
      domain: 'vpn-logs',
      // Unique per endpoint, so two practices (or stacks) in one account and Region do not collide on the alias.
      alias: perConstructAlias(this, 'vpn-logs'),
    });
    allowCloudWatchLogs(this.encryptionKey);
    this.logGroup = new logs.LogGroup(this, 'ConnectionLogs', {
      encryptionKey: this.encryptionKey,
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      // Connection logs are audit evidence: keep them when the stack is deleted.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'DermaShield Client VPN: what VPN clients may reach (opened with connections.allowTo)',
      // aws-cdk-lib allows all outbound traffic by default; VPN clients reach only what is opened explicitly.
      allowAllOutbound: false,
    });

    const saml = props.samlProviderArn === undefined ? undefined
      : iam.SamlProvider.fromSamlProviderArn(this, 'SamlProvider', props.samlProviderArn);
    this.endpoint = new ec2.ClientVpnEndpoint(this, 'Endpoint', {
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      cidr: props.cidr,
      serverCertificateArn: props.serverCertificateArn,
      clientCertificateArn: props.clientCertificateArn,
      userBasedAuthentication: saml ? ec2.ClientVpnUserBasedAuthentication.federated(saml) : undefined,
      logging: true,
      logGroup: this.logGroup,
      securityGroups: [this.securityGroup],
      // aws-cdk-lib (and Client VPN) turn the self-service portal on by default; it is not needed with SAML clients.
      selfServicePortal: false,
      splitTunnel: props.splitTunnelReason !== undefined,
      port: ec2.VpnPort.HTTPS,
      transportProtocol: props.transportProtocol,
      dnsServers: props.dnsServers,
      // aws-cdk-lib defaults to 24 hours.
      sessionTimeout: props.sessionTimeout ?? ec2.ClientVpnSessionTimeout.EIGHT_HOURS,
      // Client VPN's default, stated so the session really ends: the user signs in again (with MFA).
      disconnectOnSessionTimeout: true,
      // aws-cdk-lib shows no banner by default.
      clientLoginBanner: props.loginBanner ?? DEFAULT_CLINIC_VPN_LOGIN_BANNER,
      // aws-cdk-lib authorizes ALL users to the whole VPC CIDR by default; access is granted per group with
      // addAuthorization instead.
      authorizeAllUsersToVpcCidr: false,
      description: props.description ?? 'DermaShield clinic remote access',
    });
    this.connections = this.endpoint.connections;
    this.endpointId = this.endpoint.endpointId;

    if (props.splitTunnelReason !== undefined) {
      acknowledgeRule(this.endpoint, 'ClientVpnSplitTunnel', props.splitTunnelReason);
    }
    if (props.certificateOnlyReason !== undefined) {
      acknowledgeRule(this.endpoint, 'ClientVpnFederatedAuth', props.certificateOnlyReason);
    }
  }

  /**
   * Let one identity-provider group reach one destination network (an `AWS::EC2::ClientVpnAuthorizationRule` with
   * `AccessGroupId`, never `AuthorizeAllGroups`). Open the matching ports with `connections.allowTo` too.
   * @param id construct id of the rule
   */
  public addAuthorization(id: string, options: ClinicVpnAuthorizationOptions): ec2.ClientVpnAuthorizationRule {
    const groupId = options.groupId;
    if (!Token.isUnresolved(groupId) && (typeof groupId !== 'string' || groupId.trim() === '')) {
      throw new DermaShieldError('ClinicVpnAuthorizationWithoutGroup', this,
        `addAuthorization('${id}'): groupId ${JSON.stringify(groupId)} is not allowed; name the identity-provider group `
        + '(authorizing all users is not allowed, control DS-VPN-5).');
    }
    this.validateCidr(`addAuthorization('${id}'): cidr`, options.cidr, 0, 32);
    return this.endpoint.addAuthorizationRule(id, { cidr: options.cidr, groupId, description: options.description });
  }

  /**
   * Let a principal read the connection logs. CloudWatch Logs decrypts with the log key on the reader's behalf, so
   * no KMS permission is granted to the reader.
   */
  public grantReadConnectionLogs(grantee: iam.IGrantable): iam.Grant {
    return this.logGroup.grantRead(grantee);
  }

  private validate(props: ClinicVpnEndpointProps): void {
    requireCustomerManagedKey(this, 'ClinicVpnEndpointAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-VPN-1');
    this.validateArn('serverCertificateArn', props.serverCertificateArn, ACM_CERTIFICATE_ARN, 'an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)');
    if (props.clientCertificateArn !== undefined) {
      this.validateArn('clientCertificateArn', props.clientCertificateArn, ACM_CERTIFICATE_ARN, 'an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)');
    }
    if (props.samlProviderArn !== undefined) {
      this.validateArn('samlProviderArn', props.samlProviderArn, SAML_PROVIDER_ARN, 'an IAM SAML provider ARN (arn:aws:iam::<account>:saml-provider/<name>)');
      if (props.certificateOnlyReason !== undefined) {
        throw new DermaShieldError('ClinicVpnCertificateOnlyReasonWithSaml', this,
          'certificateOnlyReason is only allowed without samlProviderArn; remove it, SAML federation is configured.');
      }
    } else {
      if (props.certificateOnlyReason === undefined) {
        throw new DermaShieldError('ClinicVpnSamlRequired', this,
          'samlProviderArn is required: users authenticate through SAML federation with an identity provider that enforces '
          + 'MFA (control DS-VPN-2). For a certificate-only endpoint give clientCertificateArn and a written certificateOnlyReason.');
      }
      this.validateReason('certificateOnlyReason', props.certificateOnlyReason);
      if (props.clientCertificateArn === undefined) {
        throw new DermaShieldError('ClinicVpnNoAuthentication', this,
          'certificateOnlyReason needs clientCertificateArn: without samlProviderArn the endpoint would have no authentication.');
      }
    }
    if (props.splitTunnelReason !== undefined) this.validateReason('splitTunnelReason', props.splitTunnelReason);

    const hours = props.sessionTimeout;
    if (hours !== undefined && !Token.isUnresolved(hours) && !ALLOWED_SESSION_HOURS.includes(hours)) {
      throw new DermaShieldError('ClinicVpnSessionTimeout', this,
        `sessionTimeout ${hours} hours is not allowed; use 8, 10 or ${CLINIC_VPN_MAX_SESSION_HOURS} hours `
        + `(at most ${CLINIC_VPN_MAX_SESSION_HOURS}, control DS-VPN-3).`);
    }
    requireLogRetention(this, 'ClinicVpnLogRetention', 'logRetention', props.logRetention, { min: CLINIC_VPN_MIN_LOG_RETENTION_DAYS });
    const banner = props.loginBanner;
    if (banner !== undefined && !Token.isUnresolved(banner)
      && (banner.trim() === '' || banner.length > CLINIC_VPN_MAX_BANNER_LENGTH)) {
      throw new DermaShieldError('ClinicVpnLoginBanner', this,
        `loginBanner of ${banner.length} characters is not allowed; use 1 to ${CLINIC_VPN_MAX_BANNER_LENGTH} characters `
        + '(the banner cannot be removed, control DS-VPN-4).');
    }
    this.validateCidr('cidr', props.cidr, 12, 22);
    if (props.dnsServers && props.dnsServers.length > 2) {
      throw new DermaShieldError('ClinicVpnDnsServers', this,
        `dnsServers has ${props.dnsServers.length} entries; Client VPN allows at most 2.`);
    }
  }

  private validateArn(prop: string, value: string, pattern: RegExp, what: string): void {
    if (Token.isUnresolved(value)) return;
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new DermaShieldError('ClinicVpnInvalidArn', this, `${prop} ${JSON.stringify(value)} is not allowed; it must be ${what}.`);
    }
  }

  private validateReason(prop: string, reason: string): void {
    requireReason(this, 'ClinicVpnReasonTooShort', prop, reason,
      'naming the compensating control; it becomes the acknowledgement in the validation report');
  }

  private validateCidr(prop: string, value: string, minPrefix: number, maxPrefix: number): void {
    if (Token.isUnresolved(value)) return;
    const m = IPV4_CIDR.exec(value ?? '');
    const octetsOk = m !== null && m.slice(1, 5).every((o) => Number(o) <= 255);
    const prefix = m ? Number(m[5]) : NaN;
    if (!octetsOk || prefix < minPrefix || prefix > maxPrefix) {
      throw new DermaShieldError('ClinicVpnInvalidCidr', this,
        `${prop} ${JSON.stringify(value)} is not allowed; use an IPv4 CIDR block from /${minPrefix} to /${maxPrefix}.`);
    }
  }
}
