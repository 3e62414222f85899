import { HIPAA } from './citations';
import { defineControls, RuleBlindSpot } from './types';

/** DynamoDB: scheduling, intake and portal session data. */
export const DYNAMODB_CONTROLS = defineControls([
  {
    id: 'DS-DDB-1',
    title: 'DynamoDB tables encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'DynamoDB tables use KMS encryption with a customer-managed key, not the AWS-owned or aws/dynamodb key.',
    ruleIds: ['DermaShield-DynamoDbCustomerManagedKey'],
    configRules: [{
      identifier: 'DYNAMODB_TABLE_ENCRYPTED_KMS',
      resourceTypes: ['AWS::DynamoDB::Table'],
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::DynamoDB::Table', attribute: 'configuration.ssedescription.kmsmasterKeyArn' },
    }],
  },
]);
