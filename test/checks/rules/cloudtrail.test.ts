import { CfnCondition, CfnParameter, CfnResource, Fn, Stack, Tags } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE } from '../../../lib';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const bucket = new s3.Bucket(s, 'Logs');
  return { app, stack: s, bucket };
}

function cfnTrail(trail: cloudtrail.Trail): cloudtrail.CfnTrail {
  return trail.node.defaultChild as cloudtrail.CfnTrail;
}

describe('DermaShield-CloudTrailCustomerManagedKey', () => {
  test('compliant: a trail encrypted with a key defined in the app', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'T', { bucket, encryptionKey: new kms.Key(s, 'K', { enableKeyRotation: true }) });
    expectNoFinding(synthWithPack(app), 'CloudTrailCustomerManagedKey');
  });

  test('non-compliant: aws-cdk-lib default trail (SSE-S3, no KMSKeyId)', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'T', { bucket });
    const f = expectFinding(synthWithPack(app), 'CloudTrailCustomerManagedKey', 'S/T/Resource');
    expect(f.description).toContain('[DS-TRAIL-1]');
    expect(f.description).toContain('164.312(b)');
    expect(f.description).toContain('KMSKeyId: no key is named');
  });

  test.each([
    ['alias/aws/s3'],
    ['arn:aws:kms:us-east-1:111122223333:alias/aws/cloudtrail'],
  ])('non-compliant: AWS-managed key %s', (keyId) => {
    const { app, stack: s, bucket } = stack();
    const trail = new cloudtrail.Trail(s, 'T', { bucket });
    cfnTrail(trail).addPropertyOverride('KMSKeyId', keyId);
    expect(expectFinding(synthWithPack(app), 'CloudTrailCustomerManagedKey', 'S/T').description).toContain('AWS-managed');
  });

  test('escape hatch: KMSKeyId deleted after the L2 set it', () => {
    const { app, stack: s, bucket } = stack();
    const trail = new cloudtrail.Trail(s, 'T', { bucket, encryptionKey: new kms.Key(s, 'K', { enableKeyRotation: true }) });
    cfnTrail(trail).addPropertyDeletionOverride('KMSKeyId');
    expectFinding(synthWithPack(app), 'CloudTrailCustomerManagedKey', 'S/T/Resource');
  });

  test('raw CfnResource trail and event data store are judged on the type string', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    new CfnResource(s, 'RawTrail', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'b', EnableLogFileValidation: true } });
    new CfnResource(s, 'RawOk', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'b', EnableLogFileValidation: true, KMSKeyId: key.keyArn } });
    new CfnResource(s, 'Store', { type: 'AWS::CloudTrail::EventDataStore', properties: {} });
    new CfnResource(s, 'StoreOk', { type: 'AWS::CloudTrail::EventDataStore', properties: { KmsKeyId: key.keyId } });
    const result = synthWithPack(app);
    expectFinding(result, 'CloudTrailCustomerManagedKey', 'S/RawTrail');
    expect(expectFinding(result, 'CloudTrailCustomerManagedKey', 'S/Store').description).toContain('KmsKeyId');
    expectNoFinding(result, 'CloudTrailCustomerManagedKey', 'S/RawOk');
    expectNoFinding(result, 'CloudTrailCustomerManagedKey', 'S/StoreOk');
  });

  test('token: a parameter, an import or Fn::If is unverifiable, never a pass', () => {
    const { app, stack: s, bucket } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, '') });
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    const values: Record<string, unknown> = {
      ByParam: p.valueAsString,
      ByImport: Fn.importValue('TrailKey'),
      ByIf: Fn.conditionIf(cond.logicalId, key.keyArn, 'alias/aws/s3'),
    };
    for (const [id, value] of Object.entries(values)) {
      cfnTrail(new cloudtrail.Trail(s, id, { bucket, encryptionKey: key })).addPropertyOverride('KMSKeyId', value);
    }
    const result = synthWithPack(app);
    for (const id of Object.keys(values)) {
      expectFinding(result, 'CloudTrailCustomerManagedKey', `S/${id}`, { unverifiable: true });
    }
    expect(result.findings.filter((f) => f.ruleId === 'DermaShield-CloudTrailCustomerManagedKey')).toHaveLength(0);
  });
});

describe('DermaShield-CloudTrailLogFileValidation', () => {
  test('compliant: validation on (the aws-cdk-lib Trail default)', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'T', { bucket });
    new cloudtrail.Trail(s, 'Explicit', { bucket, enableFileValidation: true });
    expectNoFinding(synthWithPack(app), 'CloudTrailLogFileValidation');
  });

  test('non-compliant: validation turned off', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'T', { bucket, enableFileValidation: false });
    const f = expectFinding(synthWithPack(app), 'CloudTrailLogFileValidation', 'S/T/Resource');
    expect(f.description).toContain('[DS-TRAIL-2]');
    expect(f.description).toContain('EnableLogFileValidation is false');
  });

  test.each([
    ['override to false', (t: cloudtrail.CfnTrail) => t.addPropertyOverride('EnableLogFileValidation', false), 'is false'],
    ['override to "false"', (t: cloudtrail.CfnTrail) => t.addPropertyOverride('EnableLogFileValidation', 'false'), 'is false'],
    ['deletion override (CloudFormation default false)', (t: cloudtrail.CfnTrail) => t.addPropertyDeletionOverride('EnableLogFileValidation'), 'is not set'],
  ])('escape hatch: %s after the L2 enabled it', (_name, mutate, message) => {
    const { app, stack: s, bucket } = stack();
    const trail = new cloudtrail.Trail(s, 'T', { bucket, enableFileValidation: true });
    mutate(cfnTrail(trail));
    expect(expectFinding(synthWithPack(app), 'CloudTrailLogFileValidation', 'S/T/Resource').description).toContain(message);
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'b' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'b', EnableLogFileValidation: 'true' } });
    const result = synthWithPack(app);
    expectFinding(result, 'CloudTrailLogFileValidation', 'S/Raw');
    expectNoFinding(result, 'CloudTrailLogFileValidation', 'S/RawOk');
  });

  test('token: a parameter is unverifiable', () => {
    const { app, stack: s, bucket } = stack();
    const p = new CfnParameter(s, 'Validate', { type: 'String', allowedValues: ['true', 'false'] });
    cfnTrail(new cloudtrail.Trail(s, 'T', { bucket })).addPropertyOverride('EnableLogFileValidation', p.valueAsString);
    const result = synthWithPack(app);
    expectFinding(result, 'CloudTrailLogFileValidation', 'S/T', { unverifiable: true });
    expect(result.findings.filter((f) => f.ruleId === 'DermaShield-CloudTrailLogFileValidation')).toHaveLength(0);
  });
});

describe('DermaShield-CloudTrailLogging', () => {
  test('compliant: the aws-cdk-lib Trail default (logging, multi-Region)', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'T', { bucket });
    expectNoFinding(synthWithPack(app), 'CloudTrailLogging');
  });

  test('non-compliant: a single-Region trail', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'T', { bucket, isMultiRegionTrail: false });
    const f = expectFinding(synthWithPack(app), 'CloudTrailLogging', 'S/T/Resource');
    expect(f.description).toContain('[DS-TRAIL-3]');
    expect(f.description).toContain('IsMultiRegionTrail is false');
  });

  test.each([
    ['logging stopped', (t: cloudtrail.CfnTrail) => t.addPropertyOverride('IsLogging', false), 'IsLogging is false'],
    ['multi-Region deleted (CloudFormation default false)', (t: cloudtrail.CfnTrail) => t.addPropertyDeletionOverride('IsMultiRegionTrail'), 'IsMultiRegionTrail is not set'],
  ])('escape hatch: %s after the L2 set it', (_name, mutate, message) => {
    const { app, stack: s, bucket } = stack();
    mutate(cfnTrail(new cloudtrail.Trail(s, 'T', { bucket })));
    expect(expectFinding(synthWithPack(app), 'CloudTrailLogging', 'S/T/Resource').description).toContain(message);
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'b' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: 'true', IsMultiRegionTrail: 'true', S3BucketName: 'b' } });
    const result = synthWithPack(app);
    expectFinding(result, 'CloudTrailLogging', 'S/Raw');
    expectNoFinding(result, 'CloudTrailLogging', 'S/RawOk');
  });

  test('token: Fn::If on IsLogging is unverifiable, not a pass', () => {
    const { app, stack: s, bucket } = stack();
    const p = new CfnParameter(s, 'On', { type: 'String', allowedValues: ['yes', 'no'] });
    const on = new CfnCondition(s, 'LoggingOn', { expression: Fn.conditionEquals(p.valueAsString, 'yes') });
    cfnTrail(new cloudtrail.Trail(s, 'T', { bucket })).addPropertyOverride('IsLogging', Fn.conditionIf(on.logicalId, true, false));
    const result = synthWithPack(app);
    expectFinding(result, 'CloudTrailLogging', 'S/T', { unverifiable: true });
    expect(result.findings.filter((f) => f.ruleId === 'DermaShield-CloudTrailLogging')).toHaveLength(0);
  });
});

describe('DermaShield-CloudTrailManagementEvents (judged per app)', () => {
  test('compliant: default selectors record every management event; a data-only trail is fine beside a full one', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'Full', { bucket });
    new cloudtrail.Trail(s, 'DataOnly', { bucket, managementEvents: cloudtrail.ReadWriteType.NONE }).addS3EventSelector([{ bucket }]);
    expectNoFinding(synthWithPack(app), 'CloudTrailManagementEvents');
  });

  test('non-compliant: the only trail records write events only, or excludes KMS', () => {
    const { app, stack: s, bucket } = stack();
    new cloudtrail.Trail(s, 'WriteOnly', { bucket, managementEvents: cloudtrail.ReadWriteType.WRITE_ONLY });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'CloudTrailManagementEvents', 'S/WriteOnly').description).toContain('WriteOnly');
  });

  test('escape hatch: kms.amazonaws.com excluded by override on an L2 trail', () => {
    const { app, stack: s, bucket } = stack();
    const trail = new cloudtrail.Trail(s, 'T', { bucket, managementEvents: cloudtrail.ReadWriteType.ALL });
    cfnTrail(trail).addPropertyOverride('EventSelectors.0.ExcludeManagementEventSources', ['kms.amazonaws.com']);
    expect(expectFinding(synthWithPack(app), 'CloudTrailManagementEvents', 'S/T/Resource').description).toContain('kms.amazonaws.com');
  });

  test('raw CfnResource: advanced selectors that leave out kms.amazonaws.com', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'trail-logs', AdvancedEventSelectors: [{
      FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, { Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] }] }] } });
    expectFinding(synthWithPack(app), 'CloudTrailManagementEvents', 'S/Raw');
  });

  test('token: selectors behind a parameter, an import or Fn::If are unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const trail = (id: string, selectors: unknown) => new CfnResource(s, id, { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'trail-logs', EventSelectors: selectors } });
    trail('ByParam', [{ ReadWriteType: p.valueAsString }]);
    trail('ByImport', Fn.importValue('Selectors'));
    trail('ByIf', [{ IncludeManagementEvents: Fn.conditionIf(cond.logicalId, true, false) }]);
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByImport', 'S/ByIf']) expectFinding(result, 'CloudTrailManagementEvents', id, { unverifiable: true });
  });
});

describe('DermaShield-CloudTrailClinicalImageDataEvents (judged per app)', () => {
  function imageBucket(s: Stack, id: string): s3.Bucket {
    const b = new s3.Bucket(s, id);
    Tags.of(b).add(CLINICAL_IMAGE_TAG_KEY, CLINICAL_IMAGE_TAG_VALUE);
    return b;
  }

  test('compliant: a trail records the image bucket\'s data events; an untagged bucket is not judged', () => {
    const { app, stack: s, bucket } = stack();
    const images = imageBucket(s, 'Images');
    new cloudtrail.Trail(s, 'T', { bucket }).addS3EventSelector([{ bucket: images }]);
    expectNoFinding(synthWithPack(app), 'CloudTrailClinicalImageDataEvents');
  });

  test('an app that sets up no trail is not judged (its trail, e.g. an organization trail, lives elsewhere)', () => {
    const { app, stack: s } = stack();
    imageBucket(s, 'Images');
    expectNoFinding(synthWithPack(app), 'CloudTrailClinicalImageDataEvents');
  });

  test('non-compliant: the app\'s trail does not record its data events', () => {
    const { app, stack: s, bucket } = stack();
    imageBucket(s, 'Images');
    new cloudtrail.Trail(s, 'T', { bucket });
    expect(expectFinding(synthWithPack(app), 'CloudTrailClinicalImageDataEvents', 'S/Images/Resource').description).toContain('[DS-TRAIL-11]');
  });

  test('escape hatch: the data selector overridden to write-only after the L2 set it', () => {
    const { app, stack: s, bucket } = stack();
    const images = imageBucket(s, 'Images');
    const trail = new cloudtrail.Trail(s, 'T', { bucket });
    trail.addS3EventSelector([{ bucket: images }]);
    cfnTrail(trail).addPropertyOverride('EventSelectors.0.ReadWriteType', 'WriteOnly');
    expectFinding(synthWithPack(app), 'CloudTrailClinicalImageDataEvents', 'S/Images/Resource');
  });

  test('raw CfnResource: advanced selectors for every S3 object cover a raw tagged bucket', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::S3::Bucket', properties: { Tags: [{ Key: CLINICAL_IMAGE_TAG_KEY, Value: CLINICAL_IMAGE_TAG_VALUE }] } });
    new CfnResource(s, 'Trail', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'trail-logs', AdvancedEventSelectors: [{
      FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }] }] } });
    expectNoFinding(synthWithPack(app), 'CloudTrailClinicalImageDataEvents');
  });

  test('token: the tag or the data resources behind a parameter, an import or Fn::If are unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'P', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    new CfnResource(s, 'ByParam', { type: 'AWS::S3::Bucket', properties: { Tags: [{ Key: CLINICAL_IMAGE_TAG_KEY, Value: p.valueAsString }] } });
    new CfnResource(s, 'ByIf', { type: 'AWS::S3::Bucket', properties: { Tags: Fn.conditionIf(cond.logicalId, [], []) } });
    new CfnResource(s, 'ByImport', { type: 'AWS::S3::Bucket', properties: { Tags: [{ Key: CLINICAL_IMAGE_TAG_KEY, Value: CLINICAL_IMAGE_TAG_VALUE }] } });
    new CfnResource(s, 'Trail', { type: 'AWS::CloudTrail::Trail', properties: { IsLogging: true, S3BucketName: 'trail-logs', EventSelectors: Fn.importValue('Selectors') } });
    const result = synthWithPack(app);
    for (const id of ['S/ByParam', 'S/ByIf', 'S/ByImport']) expectFinding(result, 'CloudTrailClinicalImageDataEvents', id, { unverifiable: true });
  });
});
