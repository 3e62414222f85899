import { Duration, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { guardDescription } from '../controls/markers';
import { Control, controlById } from '../controls';
import { DermaShieldError } from '../errors';
import { allowServicePrincipal } from '../keys/key-policy';
import { PhiKey } from '../keys/phi-key';
import { requireCustomerManagedKey } from '../validation';

/** Properties of an {@link EncryptionAlarms}. */
export interface EncryptionAlarmsProps {
  /**
   * The CloudWatch Logs group a CloudTrail trail of this account delivers to (use `PhiAuditTrail.logGroup`). The KMS
   * decrypt-failure alarm is a metric filter on it. The EventBridge rules on API calls also need that trail to exist.
   */
  readonly trailLogGroup: logs.ILogGroup;
  /**
   * The customer-managed key that encrypts the alert topic: any `kms.IKey`, a `PhiKey` included. Its policy is extended
   * to let EventBridge and CloudWatch publish to the encrypted topic; an imported key's policy must already allow that.
   * @default - a new PhiKey for the `alerts` domain
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Email addresses subscribed to the alert topic (each must confirm the subscription).
   * @default - none; subscribe your on-call channel to `topic`
   */
  readonly emailAddresses?: string[];
  /**
   * How many KMS `Decrypt` calls denied within five minutes raise the decrypt-failure alarm: 1 to 5.
   * @default 1
   */
  readonly decryptFailureThreshold?: number;
}

/** The highest decrypt-failure threshold allowed: more would let a probing attacker go unnoticed. */
const MAX_DECRYPT_FAILURE_THRESHOLD = 5;

/** CloudTrail-delivered API calls, as EventBridge sees them. */
const API_CALL = 'AWS API Call via CloudTrail';

/** One EventBridge rule of the construct: what it watches and the control it guards. */
interface Watch {
  /** Construct id of the rule (a contract: renaming replaces the rule). */
  readonly id: string;
  readonly controlId: string;
  readonly what: string;
  readonly pattern: events.EventPattern;
}

/** Every EventBridge rule EncryptionAlarms creates. */
const WATCHES: readonly Watch[] = [
  {
    id: 'KmsKeyDisabledOrDeleted',
    controlId: 'DS-KMS-3',
    what: 'a KMS key was disabled or scheduled for deletion',
    pattern: { source: ['aws.kms'], detailType: [API_CALL], detail: { eventSource: ['kms.amazonaws.com'], eventName: ['DisableKey', 'ScheduleKeyDeletion'] } },
  },
  {
    id: 'KmsKeyPolicyChanged',
    controlId: 'DS-KMS-3',
    what: 'a KMS key policy was changed (it can lock the practice out of its ePHI as surely as a deletion)',
    pattern: { source: ['aws.kms'], detailType: [API_CALL], detail: { eventSource: ['kms.amazonaws.com'], eventName: ['PutKeyPolicy'] } },
  },
  {
    id: 'KmsKeyRotationDisabled',
    controlId: 'DS-KMS-1',
    what: 'automatic rotation of a KMS key was turned off',
    pattern: { source: ['aws.kms'], detailType: [API_CALL], detail: { eventSource: ['kms.amazonaws.com'], eventName: ['DisableKeyRotation'] } },
  },
  {
    id: 'RdsEncryptionCredentialsInaccessible',
    controlId: 'DS-RDS-1',
    what: 'an RDS instance or cluster cannot reach its KMS key (inaccessible encryption credentials)',
    pattern: {
      source: ['aws.rds'],
      detailType: ['RDS DB Instance Event', 'RDS DB Cluster Event'],
      detail: { Message: events.Match.anyOf(events.Match.wildcard('*ncryption credentials*'), events.Match.wildcard('*ncryption-credentials*')) },
    },
  },
  {
    id: 'CertificateNearExpiry',
    controlId: 'DS-ELB-3',
    what: 'an ACM certificate is approaching expiry',
    pattern: { source: ['aws.acm'], detailType: ['ACM Certificate Approaching Expiration'] },
  },
  {
    id: 'BucketEncryptionChanged',
    controlId: 'DS-S3-1',
    what: 'a bucket default encryption was changed or deleted',
    pattern: { source: ['aws.s3'], detailType: [API_CALL], detail: { eventSource: ['s3.amazonaws.com'], eventName: ['PutBucketEncryption', 'DeleteBucketEncryption'] } },
  },
  {
    id: 'BucketPolicyChanged',
    controlId: 'DS-S3-2',
    what: 'a bucket policy was changed or deleted',
    pattern: { source: ['aws.s3'], detailType: [API_CALL], detail: { eventSource: ['s3.amazonaws.com'], eventName: ['PutBucketPolicy', 'DeleteBucketPolicy'] } },
  },
  {
    id: 'BackupJobFailed',
    controlId: 'DS-BACKUP-6',
    what: 'a backup, copy or restore job failed, was aborted, expired or completed partially',
    pattern: {
      source: ['aws.backup'],
      detailType: ['Backup Job State Change', 'Copy Job State Change', 'Restore Job State Change'],
      detail: { state: ['FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'] },
    },
  },
  {
    id: 'ClientVpnEndpointChanged',
    controlId: 'DS-VPN-1',
    what: 'a Client VPN endpoint, its authorization rules or routes were changed or deleted',
    pattern: {
      source: ['aws.ec2'],
      detailType: [API_CALL],
      detail: {
        eventSource: ['ec2.amazonaws.com'],
        eventName: [
          'ModifyClientVpnEndpoint', 'DeleteClientVpnEndpoint', 'AuthorizeClientVpnIngress', 'RevokeClientVpnIngress',
          'CreateClientVpnRoute', 'DeleteClientVpnRoute', 'AssociateClientVpnTargetNetwork', 'DisassociateClientVpnTargetNetwork',
        ],
      },
    },
  },
];

/** The control the KMS decrypt-failure alarm guards. */
const DECRYPT_FAILURE_CONTROL = 'DS-KMS-3';

/**
 * Alarms on every event that means ePHI could be left unencrypted, unreadable or exposed, delivered to an SNS topic
 * encrypted with a customer-managed key. Each alarm's description starts with the catalog control it guards
 * (`[DS-KMS-3] ...`), which is how `DermaShield-CloudWatchAlarmAction` recognises it.
 *
 * Default settings: EventBridge rules for a KMS key disabled or scheduled for deletion, a key policy changed, key
 * rotation turned off, RDS "inaccessible encryption credentials", ACM certificates approaching expiry, bucket
 * encryption or bucket policy changed or deleted, backup/copy/restore jobs failed, Client VPN endpoint changes; a
 * metric filter and alarm on KMS `Decrypt` calls denied (1 in 5 minutes); all to one SNS topic encrypted with an
 * `alerts` PhiKey, TLS-only.
 *
 * What you cannot change: which events are watched, the encrypted topic. EventBridge rules see the Region they are
 * deployed in: deploy one EncryptionAlarms per Region that holds ePHI.
 */
export class EncryptionAlarms extends Construct {
  /** The topic every alarm publishes to. */
  public readonly topic: sns.Topic;
  /** The key that encrypts the topic (a PhiKey unless you passed another key). */
  public readonly encryptionKey: kms.IKey;
  /** The EventBridge rules, by construct id (`KmsKeyDisabledOrDeleted`, `BucketPolicyChanged`, ...). */
  public readonly rules: Readonly<Record<string, events.Rule>>;
  /** The metric filter counting KMS `Decrypt` calls denied. */
  public readonly decryptFailureMetricFilter: logs.MetricFilter;
  /** The alarm on KMS `Decrypt` calls denied. */
  public readonly decryptFailureAlarm: cloudwatch.Alarm;
  /** The catalog control each rule or alarm guards, by construct id. */
  public readonly guardedControls: Readonly<Record<string, Control>>;

  constructor(scope: Construct, id: string, props: EncryptionAlarmsProps) {
    super(scope, id);
    requireCustomerManagedKey(this, 'EncryptionAlarmsAwsManagedKey', 'encryptionKey', props.encryptionKey, 'DS-SNS-1');
    const threshold = props.decryptFailureThreshold ?? 1;
    if (!Token.isUnresolved(threshold) && (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_DECRYPT_FAILURE_THRESHOLD)) {
      throw new DermaShieldError('EncryptionAlarmsDecryptThreshold', this,
        `decryptFailureThreshold ${threshold} is not allowed; use a whole number from 1 to ${MAX_DECRYPT_FAILURE_THRESHOLD}.`);
    }
    for (const email of props.emailAddresses ?? []) {
      if (!Token.isUnresolved(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        throw new DermaShieldError('EncryptionAlarmsEmail', this, `emailAddresses entry ${JSON.stringify(email)} is not an email address.`);
      }
    }
    // Look every control up first: an id missing from the catalog fails here, not in a report.
    const guarded: Record<string, Control> = {};
    for (const watch of WATCHES) guarded[watch.id] = controlById(watch.controlId);
    guarded.KmsDecryptFailures = controlById(DECRYPT_FAILURE_CONTROL);
    this.guardedControls = guarded;

    this.encryptionKey = props.encryptionKey ?? new PhiKey(this, 'Key', { domain: 'alerts' });
    allowServicePrincipal(this.encryptionKey, 'events.amazonaws.com');
    allowServicePrincipal(this.encryptionKey, 'cloudwatch.amazonaws.com');
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'DermaShield encryption alarms',
      masterKey: this.encryptionKey,
      enforceSSL: true,
    });
    // Publishing is allowed to EventBridge rules and CloudWatch alarms of this account only. aws-cdk-lib's SnsTopic
    // target would grant events.amazonaws.com on the topic and the key without that condition, so it is not used.
    for (const [sid, service] of [['AllowEventBridgeRulesInThisAccount', 'events.amazonaws.com'], ['AllowCloudWatchAlarmsInThisAccount', 'cloudwatch.amazonaws.com']]) {
      this.topic.addToResourcePolicy(new iam.PolicyStatement({
        sid,
        principals: [new iam.ServicePrincipal(service)],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }));
    }
    const topicTarget: events.IRuleTarget = { bind: () => ({ arn: this.topic.topicArn }) };
    for (const email of props.emailAddresses ?? []) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(email));
    }

    const rules: Record<string, events.Rule> = {};
    for (const watch of WATCHES) {
      const control = guarded[watch.id];
      rules[watch.id] = new events.Rule(this, watch.id, {
        description: guardDescription(control.id, `${capitalise(watch.what)}. Guards: ${control.title}.`),
        eventPattern: watch.pattern,
        targets: [topicTarget],
      });
    }
    this.rules = rules;

    const decryptControl = guarded.KmsDecryptFailures;
    this.decryptFailureMetricFilter = new logs.MetricFilter(this, 'KmsDecryptFailures', {
      logGroup: props.trailLogGroup,
      filterPattern: logs.FilterPattern.literal(
        '{ ($.eventSource = "kms.amazonaws.com") && ($.eventName = "Decrypt") && ($.errorCode = "AccessDenied*") }'),
      metricNamespace: 'DermaShield',
      metricName: 'KmsDecryptAccessDenied',
      metricValue: '1',
      defaultValue: 0,
    });
    this.decryptFailureAlarm = new cloudwatch.Alarm(this, 'KmsDecryptFailuresAlarm', {
      alarmDescription: guardDescription(decryptControl.id,
        `KMS Decrypt calls were denied: a PHI key may be disabled, pending deletion or locked by its policy. Guards: ${decryptControl.title}.`),
      metric: this.decryptFailureMetricFilter.metric({ statistic: cloudwatch.Stats.SUM, period: Duration.minutes(5) }),
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.decryptFailureAlarm.addAlarmAction(new cwActions.SnsAction(this.topic));
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
