import { Stack, StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';
import { EncryptionAlarms } from '../audit/encryption-alarms';
import { PhiAuditTrail } from '../audit/phi-audit-trail';
import { PhiConfigRules } from '../audit/phi-config-rules';
import { BackupTarget } from '../backup/backup-target';
import { PhiBackupVault } from '../backup/phi-backup-vault';
import { EhrDatabase } from '../database/ehr-database';
import { PhiKey } from '../keys/phi-key';
import { ClinicVpnEndpoint } from '../network/clinic-vpn-endpoint';
import { PhiNetwork } from '../network/phi-network';
import { TlsLoadBalancer } from '../network/tls-load-balancer';
import { ClinicalImageBucket } from '../storage/clinical-image-bucket';
import { PracticeSettings } from './settings';

/** Properties of the {@link PracticeStack}. */
export interface PracticeStackProps extends StackProps {
  /** The practice's settings (see `cdk.json`). */
  readonly settings: PracticeSettings;
  /**
   * ARN of the backup vault in the second Region that receives copies.
   * @default - no cross-Region copy
   */
  readonly copyToVaultArn?: string;
}

/**
 * One dermatology practice: network, one customer-managed key per ePHI domain, clinical image storage, the EHR
 * database, the patient portal / teledermatology front door, backups with restore testing, remote access, the
 * audit trail, encryption-failure alarms and the AWS Config rules that evidence every control.
 */
export class PracticeStack extends Stack {
  /** One customer-managed key per ePHI domain. */
  public readonly keys: Readonly<Record<'images' | 'ehr' | 'backup' | 'audit' | 'alerts' | 'logs', PhiKey>>;
  public readonly network: PhiNetwork;
  public readonly images: ClinicalImageBucket;
  public readonly ehr: EhrDatabase;
  public readonly portal: TlsLoadBalancer;
  public readonly backup: PhiBackupVault;
  public readonly vpn: ClinicVpnEndpoint;
  public readonly auditTrail: PhiAuditTrail;
  public readonly alarms: EncryptionAlarms;
  public readonly configRules: PhiConfigRules;

  constructor(scope: Construct, id: string, props: PracticeStackProps) {
    const s = props.settings;
    super(scope, id, {
      terminationProtection: true,
      description: `DermaShield reference architecture for ${s.practiceName}: encrypted ePHI storage, transport, backups and audit`,
      ...props,
      env: props.env ?? { account: s.account, region: s.region },
    });

    // Key aliases carry the practice name so several practices can share an account and Region.
    const key = (domain: string) => new PhiKey(this, `${domain[0].toUpperCase()}${domain.slice(1)}Key`, {
      domain, alias: `alias/dermashield/${s.practiceName}/${domain}`,
    });
    this.keys = {
      images: key('images'), ehr: key('ehr'), backup: key('backup'), audit: key('audit'), alerts: key('alerts'), logs: key('logs'),
    };

    this.network = new PhiNetwork(this, 'Network', { cidr: s.vpcCidr, encryptionKey: this.keys.logs });
    const vpc = this.network.vpc;

    this.images = new ClinicalImageBucket(this, 'ClinicalImages', {
      encryptionKey: this.keys.images,
      replicationReason: 'Recovery is provided by AWS Backup instead of replication: continuous point-in-time and daily/monthly backups in '
        + 'the practice\'s locked, CMK-encrypted vault (Backup), copied to the second-Region vault and restore-tested weekly (DS-BACKUP-1..6).',
    });

    this.ehr = new EhrDatabase(this, 'Ehr', { vpc, encryptionKey: this.keys.ehr });

    this.portal = new TlsLoadBalancer(this, 'Portal', {
      vpc,
      certificates: [acm.Certificate.fromCertificateArn(this, 'PortalCertificate', s.portalCertificateArn)],
      encryptionKey: this.keys.logs,
    });
    // Placeholder target group for the portal / teledermatology service (HTTPS to targets); register the
    // practice's service (ECS, EC2 or IP targets) with it.
    this.portal.addTargets('PortalApp', { port: 443, targetType: elbv2.TargetType.IP });

    this.backup = new PhiBackupVault(this, 'Backup', { encryptionKey: this.keys.backup, copyToVaultArn: props.copyToVaultArn });
    this.backup.protect(BackupTarget.fromConstruct(this.ehr));
    this.backup.protect(BackupTarget.fromConstruct(this.images));

    this.vpn = new ClinicVpnEndpoint(this, 'Vpn', {
      vpc,
      cidr: s.vpnClientCidr,
      serverCertificateArn: s.vpnServerCertificateArn,
      samlProviderArn: s.samlProviderArn,
      encryptionKey: this.keys.logs,
    });
    for (const group of s.vpnGroups) {
      this.vpn.addAuthorization(`Allow-${group.groupId}`, { groupId: group.groupId, cidr: group.cidr, description: group.description });
    }
    // Clinicians and billing staff reach the EHR database over the VPN, nothing else by default.
    // The construct's literal port (not the endpoint's token) keeps the ingress rule judgeable by every policy pack.
    this.ehr.connections.allowFrom(this.vpn, ec2.Port.tcp(this.ehr.port), 'EHR access for VPN users');

    this.auditTrail = new PhiAuditTrail(this, 'AuditTrail', { imageBuckets: [this.images.bucket], encryptionKey: this.keys.audit });
    this.alarms = new EncryptionAlarms(this, 'EncryptionAlarms', {
      trailLogGroup: this.auditTrail.logGroup, encryptionKey: this.keys.alerts, emailAddresses: [s.alertEmail],
    });
    this.configRules = new PhiConfigRules(this, 'ConfigRules');
  }
}
