import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ReportedFinding } from '../checks/validation-report';
import { BackupCopyStack } from './backup-copy-stack';
import { PracticeStack } from './practice-stack';

/** One acknowledged finding of the reference architecture: where, which rule ids, and why. */
export interface ReferenceAcknowledgement {
  /** Namespaced rule ids (`<Plugin>::<RuleId>`), as the validation report names them. */
  readonly ids: readonly string[];
  /** The compensating control or AWS limit. */
  readonly reason: string;
  /** The constructs it applies to (the construct and everything below it). */
  readonly on: (p: { practice: PracticeStack; backupCopy: BackupCopyStack }) => (IConstruct | undefined)[];
}

const HIPAA = 'HIPAA.Security::HIPAA.Security';
const NIST = 'NIST.800.53.R5::NIST.800.53.R5';
const AWS = 'AwsSolutions::AwsSolutions';
const SSE_S3_LOG_DELIVERY_REASON = 'S3 server access logging and Elastic Load Balancing access logs can only be delivered to SSE-S3 (AES-256) buckets (AWS limit); '
  + 'these buckets hold request metadata, not images or records, deny non-TLS access and block public access.';
const LOG_BUCKET_REPLICATION_REASON = 'Access-log buckets hold request metadata for investigations, are versioned and retained on stack deletion; the authoritative '
  + 'audit record is the multi-Region CloudTrail trail, so replicating them is not needed to recover ePHI.';
const BACKUP_MANAGED_POLICIES = [
  'service-role/AWSBackupServiceRolePolicyForBackup',
  'service-role/AWSBackupServiceRolePolicyForRestores',
  'AWSBackupServiceRolePolicyForS3Backup',
  'AWSBackupServiceRolePolicyForS3Restore',
];

/**
 * Every finding the reference architecture acknowledges. DermaShield's own rules need none beyond what the
 * constructs acknowledge for AWS limits (SSE-S3-only log delivery); these are cdk-nag pack findings on the same
 * AWS limits or on service roles AWS requires.
 */
export const REFERENCE_ACKNOWLEDGEMENTS: readonly ReferenceAcknowledgement[] = [
  {
    ids: [`${HIPAA}-S3DefaultEncryptionKMS`, `${NIST}-S3DefaultEncryptionKMS`],
    reason: SSE_S3_LOG_DELIVERY_REASON,
    on: ({ practice }) => [practice.images.accessLogsBucket, practice.portal.accessLogBucket],
  },
  {
    // PhiAuditTrail acknowledges the HIPAA finding on its access-log bucket itself; only NIST's is left here.
    ids: [`${NIST}-S3DefaultEncryptionKMS`],
    reason: SSE_S3_LOG_DELIVERY_REASON,
    on: ({ practice }) => [practice.auditTrail.accessLogBucket],
  },
  {
    ids: [`${HIPAA}-S3BucketReplicationEnabled`, `${NIST}-S3BucketReplicationEnabled`],
    reason: 'Recovery is provided by AWS Backup instead of replication: continuous point-in-time and daily/monthly backups in a locked, '
      + 'CMK-encrypted vault with copies to the second-Region vault and weekly restore tests (DS-BACKUP-1..6).',
    on: ({ practice }) => [practice.images.bucket],
  },
  {
    // PhiAuditTrail acknowledges the HIPAA replication finding on both its buckets itself; only NIST's is left here.
    ids: [`${NIST}-S3BucketReplicationEnabled`],
    reason: 'The trail is also delivered to a CMK-encrypted CloudWatch Logs group (a second, separate store); the bucket is versioned with '
      + 'Object Lock and log file validation proves integrity, so replication adds no recovery the audit record needs.',
    on: ({ practice }) => [practice.auditTrail.bucket],
  },
  {
    ids: [`${HIPAA}-S3BucketReplicationEnabled`, `${NIST}-S3BucketReplicationEnabled`],
    reason: LOG_BUCKET_REPLICATION_REASON,
    on: ({ practice }) => [practice.images.accessLogsBucket, practice.portal.accessLogBucket],
  },
  {
    ids: [`${NIST}-S3BucketReplicationEnabled`],
    reason: LOG_BUCKET_REPLICATION_REASON,
    on: ({ practice }) => [practice.auditTrail.accessLogBucket],
  },
  {
    ids: [`${HIPAA}-S3BucketLoggingEnabled`, `${NIST}-S3BucketLoggingEnabled`, `${AWS}-S1`],
    reason: 'This bucket is itself a log destination (ELB access logs); logging it would need yet another SSE-S3 log bucket. Only the ELB '
      + 'log-delivery principal writes to it, and its bucket-level API calls are in the practice CloudTrail trail.',
    on: ({ practice }) => [practice.portal.accessLogBucket],
  },
  {
    ids: [`${HIPAA}-ELBv2ACMCertificateRequired`, `${NIST}-ELBv2ACMCertificateRequired`],
    reason: 'The port-80 listener only answers with a 301 redirect to HTTPS (enforced by DermaShield-ElbHttpRedirect); it carries no ePHI '
      + 'and an HTTP listener cannot hold a certificate. The HTTPS listener uses an ACM certificate (DermaShield-ElbAcmCertificate).',
    on: ({ practice }) => [practice.portal.httpRedirectListener],
  },
  {
    ids: [`${AWS}-EC23`],
    reason: 'The patient portal and teledermatology front door is public by design: port 443 (TLS 1.2+ AEAD policy, AWS WAF managed rules) '
      + 'and port 80 for the HTTPS redirect only.',
    on: ({ practice }) => [practice.portal.loadBalancer],
  },
  {
    ids: [`${NIST}-VPCNoUnrestrictedRouteToIGW`],
    reason: 'Public subnets hold only the internet-facing patient-portal load balancer (TLS 1.2+, WAF); application subnets reach the internet '
      + 'through NAT and the isolated data subnets have no internet route at all.',
    on: ({ practice }) => practice.network.vpc.publicSubnets,
  },
  {
    ids: [`${HIPAA}-IAMNoInlinePolicy`, `${NIST}-IAMNoInlinePolicy`],
    reason: 'aws-cdk-lib grants write the backup role\'s least-privilege KMS permissions (only the vault key and the protected data keys) '
      + 'into a policy attached to that one role; the role is assumable only by backup.amazonaws.com.',
    on: ({ practice, backupCopy }) => [practice.backup.role, backupCopy.vault.role],
  },
  {
    ids: [`${AWS}-IAM5[Action::kms:GenerateDataKey*]`, `${AWS}-IAM5[Action::kms:ReEncrypt*]`],
    reason: 'kms:GenerateDataKey* and kms:ReEncrypt* are the KMS action families AWS Backup needs to write and copy recovery points; the '
      + 'resources are limited to the named customer-managed keys.',
    on: ({ practice, backupCopy }) => [practice.backup.role, backupCopy.vault.role],
  },
  {
    ids: BACKUP_MANAGED_POLICIES.map((p) => `${AWS}-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${p}]`),
    reason: 'AWS-maintained service-role policies that AWS Backup requires for backups and restores (including S3); AWS updates them as the '
      + 'service changes, and the role is assumable only by backup.amazonaws.com.',
    on: ({ practice, backupCopy }) => [practice.backup.role, backupCopy.vault.role],
  },
  {
    ids: [`${AWS}-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]`],
    reason: 'The AWS-maintained policy RDS Enhanced Monitoring requires to publish OS metrics; the role is assumable only by monitoring.rds.amazonaws.com.',
    on: ({ practice }) => [practice.ehr.instance ?? practice.ehr.cluster],
  },
  {
    ids: [`${AWS}-RDS11`],
    reason: 'The database sits in isolated subnets behind a security group open only to the VPN and granted peers; a non-default port adds '
      + 'obscurity, not a control, and breaks clients that assume 5432.',
    on: ({ practice }) => [practice.ehr.instance ?? practice.ehr.cluster],
  },
];

/** Apply {@link REFERENCE_ACKNOWLEDGEMENTS} to one practice's stacks. */
export function acknowledgeReferenceFindings(stacks: { practice: PracticeStack; backupCopy: BackupCopyStack }): void {
  for (const ack of REFERENCE_ACKNOWLEDGEMENTS) {
    for (const scope of ack.on(stacks)) {
      if (!scope) continue;
      Validations.of(scope).acknowledge(...ack.ids.map((id) => ({ id, reason: ack.reason })));
    }
  }
}

/**
 * The README table of acknowledgements, from what a synthesis actually reported: grouped by reason, with the rule
 * ids and where they apply (construct paths with the stack prefix removed).
 */
export function renderAcknowledgementTable(acks: readonly ReportedFinding[]): string {
  const groups = new Map<string, { ids: Set<string>; paths: Set<string> }>();
  for (const a of acks) {
    const reason = a.reason ?? '';
    const g = groups.get(reason) ?? { ids: new Set<string>(), paths: new Set<string>() };
    g.ids.add(`${a.plugin.replace(/ /g, '-')}::${a.ruleId}`);
    g.paths.add(a.path.replace(/^[^/]+\//, '').replace(/\/Resource$/, ''));
    groups.set(reason, g);
  }
  const esc = (x: string) => x.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = [...groups.entries()]
    .sort(([, a], [, b]) => [...a.ids][0].localeCompare([...b.ids][0]))
    .map(([reason, g]) => `| ${[...g.ids].sort().map((i) => `\`${esc(i)}\``).join('<br>')} | ${[...g.paths].sort().map(esc).join('<br>')} | ${esc(reason)} |`);
  return ['| rule id(s) | where | reason |', '| --- | --- | --- |', ...rows].join('\n');
}
