import { TableEntry } from './entry';

/** Kinesis Data Streams channels to S3 / S3 Tables (control DS-KINESIS-20). */
export const KINESIS_CHANNEL_ENTRIES: readonly TableEntry[] = [
  {
    name: 'KinesisChannelCustomerManagedKey',
    controlId: 'DS-KINESIS-20',
    resourceTypes: ['AWS::Kinesis::Channel'],
    requirement: 'Kinesis channels must encrypt delivered data with a customer-managed KMS key (EncryptionConfiguration.KeyId).',
    fix: 'A channel copies stream records into S3 or S3 Tables; without EncryptionConfiguration the copies follow only '
      + 'the destination\'s default. Set EncryptionConfiguration { EncryptionType: KMS, KeyId } naming a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfiguration.KeyId' }],
  },
];
