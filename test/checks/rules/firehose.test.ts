/** Kinesis Data Firehose destination legs: S3 keys (DS-FIREHOSE-1) and HTTP endpoint HTTPS (DS-FIREHOSE-2). */
import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  return { app, s, key: new kms.Key(s, 'Key', { enableKeyRotation: true }) };
}
const ROLE = 'arn:aws:iam::111122223333:role/firehose';
const EXTERNAL_BUCKET = 'arn:aws:s3:::partner-landing';

/** A raw Direct PUT stream with a CMK for its own SSE and the given destination configuration. */
function raw(s: Stack, id: string, key: kms.Key, destination: Record<string, unknown>): CfnResource {
  return new CfnResource(s, id, { type: 'AWS::KinesisFirehose::DeliveryStream', properties: {
    DeliveryStreamType: 'DirectPut',
    DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.keyArn },
    ...destination,
  } });
}
const kmsLeg = (keyArn: unknown, bucket: unknown = EXTERNAL_BUCKET) => ({ BucketARN: bucket, RoleARN: ROLE,
  EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: keyArn } } });

describe('DermaShield-FirehoseDestinationCustomerManagedKey', () => {
  test('compliant: L2 S3 destination with a CMK; an HTTP endpoint whose backup bucket is in the app', () => {
    const { app, s, key } = stack();
    const bucket = new s3.Bucket(s, 'B', { encryptionKey: key });
    new firehose.DeliveryStream(s, 'Fh', { destination: new firehose.S3Bucket(bucket, { encryptionKey: key }),
      encryption: firehose.StreamEncryption.customerManagedKey(key) });
    raw(s, 'Http', key, { HttpEndpointDestinationConfiguration: { EndpointConfiguration: { Url: 'https://fhir.example-derm.com/ingest' },
      S3Configuration: { BucketARN: bucket.bucketArn, RoleARN: ROLE } } });
    expectNoFinding(synthWithPack(app), 'FirehoseDestinationCustomerManagedKey');
  });

  test('non-compliant: aws/s3 on the destination; NoEncryption to a bucket outside the app is unverifiable', () => {
    const { app, s, key } = stack();
    raw(s, 'Managed', key, { ExtendedS3DestinationConfiguration: kmsLeg('arn:aws:kms:us-east-1:111122223333:alias/aws/s3') });
    raw(s, 'External', key, { S3DestinationConfiguration: { BucketARN: EXTERNAL_BUCKET, RoleARN: ROLE,
      EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' } } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'FirehoseDestinationCustomerManagedKey', 'S/Managed').description).toContain('alias/aws/s3');
    expectFinding(result, 'FirehoseDestinationCustomerManagedKey', 'S/External', { unverifiable: true });
  });

  test('escape hatch: the L2 destination key swapped to aws/s3 after it was set', () => {
    const { app, s, key } = stack();
    const fh = new firehose.DeliveryStream(s, 'Fh', { destination: new firehose.S3Bucket(new s3.Bucket(s, 'B', { encryptionKey: key }), { encryptionKey: key }),
      encryption: firehose.StreamEncryption.customerManagedKey(key) });
    (fh.node.defaultChild as firehose.CfnDeliveryStream).addPropertyOverride(
      'ExtendedS3DestinationConfiguration.EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN', 'alias/aws/s3');
    expectFinding(synthWithPack(app), 'FirehoseDestinationCustomerManagedKey', 'S/Fh/Resource');
  });

  test('raw CfnResource: an OpenSearch destination\'s backup bucket and a Redshift intermediate bucket are judged', () => {
    const { app, s, key } = stack();
    raw(s, 'Search', key, { AmazonopensearchserviceDestinationConfiguration: { IndexName: 'visits', RoleARN: ROLE,
      S3Configuration: kmsLeg('alias/aws/s3') } });
    raw(s, 'Warehouse', key, { RedshiftDestinationConfiguration: { ClusterJDBCURL: 'jdbc:redshift://x:5439/db', CopyCommand: { DataTableName: 't' },
      RoleARN: ROLE, Username: 'u', S3Configuration: kmsLeg(key.keyArn), S3BackupConfiguration: kmsLeg('alias/aws/s3') } });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'FirehoseDestinationCustomerManagedKey', 'S/Search').description).toContain('AmazonopensearchserviceDestinationConfiguration.S3Configuration');
    expect(expectFinding(result, 'FirehoseDestinationCustomerManagedKey', 'S/Warehouse').description).toContain('RedshiftDestinationConfiguration.S3BackupConfiguration');
  });

  test('token: destination key from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    raw(s, 'ByParam', key, { ExtendedS3DestinationConfiguration: kmsLeg(p.valueAsString) });
    raw(s, 'ByImport', key, { ExtendedS3DestinationConfiguration: kmsLeg(Fn.importValue('DestKey')) });
    raw(s, 'ByIf', key, { ExtendedS3DestinationConfiguration: Fn.conditionIf(cond.logicalId, kmsLeg(key.keyArn), kmsLeg('alias/aws/s3')) });
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'FirehoseDestinationCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-FirehoseHttpEndpointHttps', () => {
  const http = (url: unknown, bucketKey: kms.Key) => ({ HttpEndpointDestinationConfiguration: { EndpointConfiguration: { Url: url },
    S3Configuration: kmsLeg(bucketKey.keyArn) } });

  test('compliant: https endpoint; a stream without an HTTP endpoint is not judged', () => {
    const { app, s, key } = stack();
    raw(s, 'Https', key, http('https://fhir.example-derm.com/ingest', key));
    raw(s, 'S3Only', key, { ExtendedS3DestinationConfiguration: kmsLeg(key.keyArn) });
    expectNoFinding(synthWithPack(app), 'FirehoseHttpEndpointHttps');
  });

  test('non-compliant: an http:// endpoint', () => {
    const { app, s, key } = stack();
    raw(s, 'Http', key, http('http://fhir.example-derm.com/ingest', key));
    expect(expectFinding(synthWithPack(app), 'FirehoseHttpEndpointHttps', 'S/Http').description).toContain('http://fhir');
  });

  test('escape hatch: the endpoint URL overridden to http:// after it was set', () => {
    const { app, s, key } = stack();
    raw(s, 'Http', key, http('https://fhir.example-derm.com/ingest', key))
      .addPropertyOverride('HttpEndpointDestinationConfiguration.EndpointConfiguration.Url', 'http://fhir.example-derm.com/ingest');
    expectFinding(synthWithPack(app), 'FirehoseHttpEndpointHttps', 'S/Http');
  });

  test('token: the URL from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'U', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    raw(s, 'ByParam', key, http(p.valueAsString, key));
    raw(s, 'ByImport', key, http(Fn.importValue('Url'), key));
    raw(s, 'ByIf', key, http(Fn.conditionIf(cond.logicalId, 'https://a', 'http://a'), key));
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'FirehoseHttpEndpointHttps', `S/${id}`, { unverifiable: true });
  });
});
