import { TableEntry } from './entry';

const AUDIO = 'ConversationLogSettings.AudioLogSettings[]';
const FIX = 'Audio logs are recordings of patients\' voices; name the key explicitly so the recordings are encrypted '
  + 'with a customer-managed key whatever the bucket default is. Set Destination.S3Bucket.KmsKeyArn to a PhiKey.';

/** Amazon Lex V2 bots and aliases (control DS-LEX-1). */
export const LEX_ENTRIES: readonly TableEntry[] = [
  {
    name: 'LexAudioLogCustomerManagedKey',
    controlId: 'DS-LEX-1',
    resourceTypes: ['AWS::Lex::BotAlias'],
    requirement: 'Lex bot aliases that log audio must name a customer-managed KMS key for the audio logs (S3Bucket.KmsKeyArn).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: `${AUDIO}.Destination.S3Bucket.KmsKeyArn` }],
    when: { path: `${AUDIO}.Enabled`, equals: [true] },
  },
  {
    name: 'LexTestAliasAudioLogCustomerManagedKey',
    controlId: 'DS-LEX-1',
    resourceTypes: ['AWS::Lex::Bot'],
    requirement: 'Lex bots whose test alias logs audio must name a customer-managed KMS key for the audio logs (S3Bucket.KmsKeyArn).',
    fix: FIX,
    checks: [{ kind: 'customer-managed-key', path: `TestBotAliasSettings.${AUDIO}.Destination.S3Bucket.KmsKeyArn` }],
    when: { path: `TestBotAliasSettings.${AUDIO}.Enabled`, equals: [true] },
  },
];
