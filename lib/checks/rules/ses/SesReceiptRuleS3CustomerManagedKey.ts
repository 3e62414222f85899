import { defineRule } from '../../rule';
import { judgeElementKeys } from '../list-element-keys';

/** DS-SES-2: SES receipt rules encrypt the mail they save to S3 with a customer-managed key. */
export const SesReceiptRuleS3CustomerManagedKey = defineRule({
  name: 'SesReceiptRuleS3CustomerManagedKey',
  controlId: 'DS-SES-2',
  resourceTypes: ['AWS::SES::ReceiptRule'],
  requirement: 'Every S3 action of an SES receipt rule must name a customer-managed KMS key (S3Action.KmsKeyArn).',
  explanation: 'Inbound mail to a practice (referrals, lab results, patient messages) is ePHI. Without KmsKeyArn SES stores '
    + 'the message as received and leaves it to the bucket\'s default encryption; with the AWS-managed alias/aws/ses the '
    + 'practice cannot restrict who decrypts it. Set Rule.Actions[].S3Action.KmsKeyArn to a PhiKey\'s keyArn (SES then '
    + 'encrypts each message with it before writing; readers need the S3 encryption client).',
  evaluate: (resource, context) => judgeElementKeys(resource, context, { elements: 'Rule.Actions[]', kind: 'S3Action', key: 'KmsKeyArn' }),
});
