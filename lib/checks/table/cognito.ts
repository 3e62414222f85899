import { TableEntry } from './entry';

/** Amazon Cognito user pools (control DS-COGNITO-1). */
export const COGNITO_ENTRIES: readonly TableEntry[] = [
  {
    name: 'CognitoUserPoolCustomerManagedKey',
    controlId: 'DS-COGNITO-1',
    resourceTypes: ['AWS::Cognito::UserPool'],
    requirement: 'User pools must set KeyConfiguration.KeyType CUSTOMER_MANAGED_KEY with a customer-managed KeyConfiguration.KmsKeyArn.',
    fix: 'A patient portal\'s user pool holds names, e-mail addresses, phone numbers and custom attributes. The default '
      + 'KeyType AWS_OWNED_KEY encrypts them with a key the practice cannot control or audit. Set KeyConfiguration to '
      + 'CUSTOMER_MANAGED_KEY with a PhiKey\'s keyArn.',
    checks: [
      { kind: 'one-of', path: 'KeyConfiguration.KeyType', allowed: ['CUSTOMER_MANAGED_KEY'], absentMeans: 'AWS_OWNED_KEY' },
      { kind: 'customer-managed-key', path: 'KeyConfiguration.KmsKeyArn' },
    ],
  },
];
