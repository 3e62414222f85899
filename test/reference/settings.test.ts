import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
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
});
