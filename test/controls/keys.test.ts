import { isAwsManagedKeyName } from '../../lib/controls/keys';

/** The one AWS-managed-key test that constructs, the pack and the evidence CLI share. */
describe('isAwsManagedKeyName', () => {
  test.each([
    'alias/aws/s3',
    'alias/aws/rds',
    'arn:aws:kms:us-east-1:111122223333:alias/aws/ebs',
    'arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/backup',
    'aws/rds',
    'aws/s3',
    'ALIAS/AWS/S3',
  ])('%s is AWS-managed', (name) => {
    expect(isAwsManagedKeyName(name)).toBe(true);
  });

  test.each([
    'alias/dermashield/images',
    'alias/awsome/key',
    'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:aws:kms:us-east-1:111122223333:alias/practice/aws/s3',
    '1234abcd-12ab-34cd-56ef-1234567890ab',
    'aws/',
    '',
  ])('%s is not AWS-managed', (name) => {
    expect(isAwsManagedKeyName(name)).toBe(false);
  });
});
