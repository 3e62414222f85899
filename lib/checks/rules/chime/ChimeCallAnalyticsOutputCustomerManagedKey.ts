import { defineRule, notApplicable, requireCustomerManagedKey, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, readList, readObject } from '../../values';

const SETTINGS = 'AmazonTranscribeCallAnalyticsProcessorConfiguration.PostCallAnalyticsSettings';

/**
 * DS-CHIME-2: post-call analytics output of a media insights pipeline (call transcripts and redacted audio) is
 * encrypted with a customer-managed key. Only Transcribe Call Analytics elements with PostCallAnalyticsSettings write it.
 */
export const ChimeCallAnalyticsOutputCustomerManagedKey = defineRule({
  name: 'ChimeCallAnalyticsOutputCustomerManagedKey',
  controlId: 'DS-CHIME-2',
  resourceTypes: ['AWS::Chime::MediaInsightsPipelineConfiguration'],
  requirement: 'Call Analytics elements with PostCallAnalyticsSettings must name a customer-managed KMS key (OutputEncryptionKMSKeyId).',
  explanation: 'Post-call analytics writes full call transcripts (and redacted or unredacted audio) to S3; without '
    + 'OutputEncryptionKMSKeyId Transcribe encrypts them with S3-managed keys. Set OutputEncryptionKMSKeyId to a PhiKey.',
  evaluate(resource, context) {
    const elements = readList(resource.properties, 'Elements');
    if (elements.state === 'unverifiable') return unverifiable(`Elements is ${elements.why}`);
    if (elements.state === 'absent') return notApplicable();
    const outcomes: RuleOutcome[] = [];
    elements.value.forEach((_, i) => {
      const settings = readObject(elements.value, `${i}.${SETTINGS}`);
      if (settings.state === 'unverifiable') outcomes.push(unverifiable(`Elements.${i}.${SETTINGS} is ${settings.why}`));
      else if (settings.state === 'known') {
        outcomes.push(requireCustomerManagedKey(resource, context, getPath(settings.value, 'OutputEncryptionKMSKeyId'),
          `Elements.${i}.${SETTINGS}.OutputEncryptionKMSKeyId`));
      }
    });
    return outcomes.length ? worst(outcomes) : notApplicable();
  },
});
