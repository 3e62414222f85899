import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, pass, requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, readObject, readString } from '../../values';

/** Destination configurations whose own S3 leg is the destination (the delivered data). */
const S3_DESTINATIONS = ['S3DestinationConfiguration', 'ExtendedS3DestinationConfiguration'];

/** Where a delivery stream writes to S3: the destination itself, intermediate buckets and backup buckets. */
function s3Legs(properties: Record<string, unknown>): { at: string; leg: unknown }[] {
  const legs: { at: string; leg: unknown }[] = [];
  for (const [name, config] of Object.entries(properties)) {
    if (!name.endsWith('DestinationConfiguration')) continue;
    if (S3_DESTINATIONS.includes(name)) legs.push({ at: name, leg: config });
    if (!config || typeof config !== 'object' || isIntrinsic(config)) {
      if (!S3_DESTINATIONS.includes(name)) legs.push({ at: name, leg: config });
      continue;
    }
    for (const sub of ['S3Configuration', 'S3BackupConfiguration']) {
      const leg = (config as Record<string, unknown>)[sub];
      if (leg !== undefined && leg !== null) legs.push({ at: `${name}.${sub}`, leg });
    }
  }
  return legs;
}

/** DS-FIREHOSE-1: every S3 leg of a delivery stream (destination, intermediate, backup) is encrypted with a customer-managed key. */
export const FirehoseDestinationCustomerManagedKey = defineRule({
  name: 'FirehoseDestinationCustomerManagedKey',
  controlId: 'DS-FIREHOSE-1',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  requirement: 'Every S3 leg of a Firehose delivery stream (S3 and extended S3 destinations, and the intermediate or backup '
    + 'bucket of OpenSearch, Redshift, HTTP endpoint, Splunk, Snowflake and Iceberg destinations) must use '
    + 'KMSEncryptionConfig with a customer-managed key, or write to a bucket of this app whose default encryption is judged.',
  explanation: 'The delivered objects hold the same ePHI as the records. KMSEncryptionConfig with aws/s3 is AWS-managed; '
    + 'NoEncryption (or no EncryptionConfiguration) leaves the objects to the bucket default encryption, which synth can '
    + 'only see for a bucket defined in the app (judged by DermaShield-S3CustomerManagedKey). Set encryptionKey on the '
    + 'destination (or KMSEncryptionConfig.AWSKMSKeyARN) to a PhiKey.',
  evaluate(resource, context) {
    const legs = s3Legs(resource.properties);
    if (legs.length === 0) return notApplicable();
    return worst(legs.map(({ at, leg }) => judgeLeg(resource, context, at, leg)));
  },
});

function judgeLeg(resource: EffectiveResource, context: RuleContext, at: string, leg: unknown): RuleOutcome {
  if (isIntrinsic(leg) || !leg || typeof leg !== 'object') return unverifiable(`${at} is ${describeIntrinsic(leg)}`);
  const encryption = readObject(leg, 'EncryptionConfiguration');
  if (encryption.state === 'unverifiable') return unverifiable(`${at}.EncryptionConfiguration is ${encryption.why}`);
  if (encryption.state === 'known' && encryption.value.KMSEncryptionConfig !== undefined) {
    const kms = readObject(encryption.value, 'KMSEncryptionConfig');
    if (kms.state !== 'known') return unverifiable(`${at}.EncryptionConfiguration.KMSEncryptionConfig is ${kms.state === 'unverifiable' ? kms.why : 'empty'}`);
    return requireCustomerManagedKey(resource, context, kms.value.AWSKMSKeyARN, `${at}.EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN`);
  }
  const mode = encryption.state === 'known' ? readString(encryption.value, 'NoEncryptionConfig') : { state: 'absent' as const };
  if (mode.state === 'unverifiable') return unverifiable(`${at}.EncryptionConfiguration.NoEncryptionConfig is ${mode.why}`);
  const bucket = resource.stack.resolve((leg as Record<string, unknown>).BucketARN);
  const what = `${at} sets no KMS key (${encryption.state === 'absent' ? 'no EncryptionConfiguration' : 'NoEncryption'}), so the bucket's default encryption applies`;
  if (bucket.kind === 'resource' && bucket.resource.type === 'AWS::S3::Bucket') return pass(); // judged on the bucket (DS-S3-1)
  if (bucket.kind === 'unverifiable') return unverifiable(`${what}, and the bucket is ${bucket.why}`);
  if (bucket.kind === 'absent') return fail(`${what}, and no bucket is named`);
  return unverifiable(`${what}, and ${bucket.kind === 'literal' ? bucket.value : 'the bucket'} is not a bucket of this app`);
}
