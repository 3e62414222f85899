import { defineRule } from '../../rule';
import { judgeElementKeys } from '../list-element-keys';

/** DS-SES-2: SES Mail Manager rule sets write mail to S3 with a customer-managed key. */
export const SesMailManagerS3CustomerManagedKey = defineRule({
  name: 'SesMailManagerS3CustomerManagedKey',
  controlId: 'DS-SES-2',
  resourceTypes: ['AWS::SES::MailManagerRuleSet'],
  requirement: 'Every WriteToS3 action of an SES Mail Manager rule set must name a customer-managed KMS key (S3SseKmsKeyId).',
  explanation: 'A WriteToS3 action stores the full MIME content of each message. Without S3SseKmsKeyId it is encrypted only '
    + 'by the bucket\'s default encryption. Set Rules[].Actions[].WriteToS3.S3SseKmsKeyId to a PhiKey (the action\'s role '
    + 'needs kms:GenerateDataKey on it).',
  evaluate: (resource, context) => judgeElementKeys(resource, context, { elements: 'Rules[].Actions[]', kind: 'WriteToS3', key: 'S3SseKmsKeyId' }),
});
