import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addReferencePractice } from '../../lib/reference';
import { PRACTICE_CONTEXT_KEY, practiceSettingsFrom } from '../../lib/reference/settings';
import { expectDermaShieldError } from '../support/errors';

const cdkJson = JSON.parse(fs.readFileSync(path.join(__dirname, '../../cdk.json'), 'utf-8'));
const placeholders = cdkJson.context[PRACTICE_CONTEXT_KEY];

describe('practice settings', () => {
  test('the cdk.json placeholders are valid settings', () => {
    const app = new App({ context: { [PRACTICE_CONTEXT_KEY]: placeholders } });
    expect(practiceSettingsFrom(app.node).practiceName).toBe('example-derm');
  });

  test('settings passed as a JSON string on the command line are read', () => {
    const app = new App({ context: { [PRACTICE_CONTEXT_KEY]: JSON.stringify(placeholders) } });
    expect(practiceSettingsFrom(app.node).region).toBe('us-east-1');
  });

  test('one error lists every bad setting with the value given and what is expected', () => {
    const app = new App({ context: { [PRACTICE_CONTEXT_KEY]: { ...placeholders, account: '123', alertEmail: 'nobody', samlProviderArn: undefined } } });
    expectDermaShieldError(() => practiceSettingsFrom(app.node), 'PracticeSettingsInvalid',
      /account: got "123", expected a 12-digit AWS account id[\s\S]*samlProviderArn: got undefined, expected an IAM SAML provider ARN[\s\S]*alertEmail: got "nobody", expected an e-mail address/,
    );
  });

  test('the backup copy Region must differ from the primary Region', () => {
    const app = new App({ context: { [PRACTICE_CONTEXT_KEY]: { ...placeholders, backupCopyRegion: 'us-east-1' } } });
    expect(() => practiceSettingsFrom(app.node)).toThrow(/backupCopyRegion: got "us-east-1", expected a Region other than region/);
  });

  test('no settings at all names every missing one', () => {
    const app = new App();
    expect(() => practiceSettingsFrom(app.node)).toThrow(/practiceName[\s\S]*vpcCidr/);
  });

  describe('AWS GovCloud (US) settings (test/fixtures/govcloud-practice.json)', () => {
    const gov = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/govcloud-practice.json'), 'utf-8'));

    test('are valid settings', () => {
      const app = new App({ context: { [PRACTICE_CONTEXT_KEY]: gov } });
      expect(practiceSettingsFrom(app.node).region).toBe('us-gov-west-1');
    });

    test.each([
      ['with partition literals (cdk.json)', { '@aws-cdk/core:enablePartitionLiterals': true }, 'arn:aws-us-gov:backup:us-gov-east-1:444455556666:backup-vault:gov-derm-phi-backup-copy'],
      ['without partition literals', {}, { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':backup:us-gov-east-1:444455556666:backup-vault:gov-derm-phi-backup-copy']] }],
    ])('the second-Region copy vault ARN is in the stack\'s partition, %s', (_name, flags, expected) => {
      const app = new App({ context: { ...flags, [PRACTICE_CONTEXT_KEY]: gov } });
      const { practice } = addReferencePractice(app, practiceSettingsFrom(app.node));
      const plan = Object.values<any>(Template.fromStack(practice).findResources('AWS::Backup::BackupPlan'))[0];
      const targets = plan.Properties.BackupPlan.BackupPlanRule.flatMap((r: any) => (r.CopyActions ?? []).map((c: any) => c.DestinationBackupVaultArn));
      expect(targets).toHaveLength(2);
      for (const target of targets) expect(target).toEqual(expected);
      expect(JSON.stringify(Template.fromStack(practice).toJSON())).not.toContain('arn:aws:');
    });
  });
});
