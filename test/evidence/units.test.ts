import { accountFromArn, identifierFromName } from '../../lib/evidence/collect';
import { explainError } from '../../lib/evidence/client';
import { exceptionMatches, isExpired, parseExceptionsRegister } from '../../lib/evidence/exceptions';
import { CONTROLS } from '../../lib/controls';
import { KEY_REFERENCE_PATHS, read } from '../../lib/evidence/metrics';
import { gradeListenerPolicy } from '../../lib/evidence/tls-policies';

describe('listener policy grades', () => {
  test.each([
    ['ELBSecurityPolicy-TLS13-1-2-2021-06', 'tls13'],
    ['ELBSecurityPolicy-TLS13-1-3-2021-06', 'tls13'],
    ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', 'tls12'],
    ['ELBSecurityPolicy-FS-1-2-Res-2020-10', 'tls12'],
    ['ELBSecurityPolicy-2016-08', 'legacy'], // the CloudFormation/CDK default
    ['ELBSecurityPolicy-TLS13-1-0-2021-06', 'legacy'],
    ['ELBSecurityPolicy-TLS-1-1-2017-01', 'legacy'],
    ['MyCustomPolicy', 'unknown-policy'],
    [undefined, 'unknown-policy'],
  ])('%s -> %s', (policy, grade) => {
    expect(gradeListenerPolicy(policy)).toBe(grade);
  });
});

describe('exceptions register', () => {
  const entry = { resource: 'b', control: 'DS-S3-1', reason: 'r', compensatingControl: 'c', owner: 'o', expiry: '2025-03-31' };
  test('accepts the documented object form and a bare array', () => {
    expect(parseExceptionsRegister(JSON.stringify({ schemaVersion: 1, exceptions: [entry] }), 'f')).toEqual([entry]);
    expect(parseExceptionsRegister(JSON.stringify([{ ...entry, opened: '2025-01-01' }]), 'f')).toEqual([{ ...entry, opened: '2025-01-01' }]);
  });
  test.each([
    ['not json', /is not valid JSON/],
    [JSON.stringify({ schemaVersion: 2, exceptions: [] }), /schemaVersion 2 is not supported/],
    [JSON.stringify({ items: [] }), /must be an array or an object with an "exceptions" array/],
    [JSON.stringify([{ ...entry, owner: '' }]), /entry 0: "owner" is required/],
    [JSON.stringify([{ ...entry, expiry: 'soon' }]), /entry 0: "expiry" must be an ISO 8601 date, got "soon"/],
  ])('rejects %s', (text, message) => {
    expect(() => parseExceptionsRegister(text, 'f')).toThrow(message);
  });
  test.each([
    ['2025-03-31T23:59:59Z', false],
    ['2025-04-01T00:00:00Z', true],
  ])('a date-only expiry covers its whole day: at %s expired=%s', (now, expired) => {
    expect(isExpired(entry, new Date(now))).toBe(expired);
  });
  test('matches a resource by id, name, ARN or type/id', () => {
    const res = { resourceType: 'AWS::S3::Bucket', resourceId: 'phi', resourceName: 'phi-name', arn: 'arn:aws:s3:::phi' };
    for (const r of ['phi', 'phi-name', 'arn:aws:s3:::phi', 'AWS::S3::Bucket/phi']) expect(exceptionMatches({ ...entry, resource: r }, res)).toBe(true);
    expect(exceptionMatches({ ...entry, resource: 'phi2' }, res)).toBe(false);
  });
});

describe('collection helpers', () => {
  test.each([
    ['s3-default-encryption-kms', 'S3_DEFAULT_ENCRYPTION_KMS'],
    ['s3-default-encryption-kms-conformance-pack-ab12', 'S3_DEFAULT_ENCRYPTION_KMS'],
    ['OrgConfigRule-rds-storage-encrypted-x9', 'RDS_STORAGE_ENCRYPTED'],
    ['my-encrypted-volumes', 'ENCRYPTED_VOLUMES'],
    ['required-tags', undefined],
  ])('rule name %s -> %s', (name, id) => {
    expect(identifierFromName(name, ['S3_DEFAULT_ENCRYPTION_KMS', 'S3_DEFAULT_ENCRYPTION', 'RDS_STORAGE_ENCRYPTED', 'ENCRYPTED_VOLUMES'])).toBe(id);
  });
  test('account from ARN', () => {
    expect(accountFromArn('arn:aws:config:us-east-1:111122223333:config-rule/x')).toBe('111122223333');
    expect(accountFromArn('arn:aws:s3:::bucket')).toBeUndefined();
  });
  test('case-insensitive reads of recorded configuration', () => {
    expect(read({ sSEDescription: { kMSMasterKeyArn: 'k' } }, 'ssedescription.kmsmasterKeyArn')).toBe('k');
  });
  test.each([
    [Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), 'credentials', /No AWS credentials found/],
    [new Error('Region is missing'), 'region', /pass --region/],
    [Object.assign(new Error('getaddrinfo ENOTFOUND config.us-esat-1.amazonaws.com'), { code: 'ENOTFOUND' }), 'region', /Check --region/],
    [Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }), 'access-denied', /AWSConfigUserAccess/],
    [Object.assign(new Error('x'), { name: 'NoSuchConfigurationRecorderException', $metadata: { httpStatusCode: 400 } }), 'not-enabled', /not enabled in Region us-east-1/],
    [Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400, attempts: 10 } }), 'throttled', /after 10 attempts/],
    [Object.assign(new Error('boom'), { name: 'InternalFailure', $metadata: { httpStatusCode: 503, attempts: 10 } }), 'server-error', /HTTP 503/],
  ])('explains %s', (err, kind, message) => {
    const e = explainError(err, 'DescribeConfigRules', 'us-east-1');
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
  });
});

describe('catalog: what a managed rule cannot see is typed, and the evidence CLI reads exactly that attribute', () => {
  const deciders = CONTROLS.flatMap((c) => c.configRules.filter((r) => r.decidedByRecord).map((r) => [c.id, r.identifier, r.decidedByRecord!] as const));

  test('only the customer-managed-key controls are decided by the recorded key', () => {
    expect(deciders.map(([id]) => id).sort()).toEqual(['DS-BACKUP-1', 'DS-DDB-1', 'DS-EFS-1', 'DS-RDS-1', 'DS-RDS-1', 'DS-S3-1']);
    // In-transit and lock controls have caveats too, but nothing about keys: their own rules decide.
    for (const id of ['DS-RDS-2', 'DS-BACKUP-2']) expect(CONTROLS.find((c) => c.id === id)!.configRules.every((r) => !r.decidedByRecord)).toBe(true);
  });

  test.each(deciders)('%s %s: the attribute named in the catalog is the one judged', (_id, _identifier, d) => {
    expect(KEY_REFERENCE_PATHS[d.resourceType]).toBe(d.attribute);
  });
});
