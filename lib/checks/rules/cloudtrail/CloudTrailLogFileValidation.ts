import { defineRule, requireTrue } from '../../rule';
import { readBoolean } from '../../values';

/** DS-TRAIL-2: trails deliver signed digest files. */
export const CloudTrailLogFileValidation = defineRule({
  name: 'CloudTrailLogFileValidation',
  controlId: 'DS-TRAIL-2',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  requirement: 'CloudTrail trails must have log file validation enabled (EnableLogFileValidation: true; CloudFormation defaults to false).',
  explanation: 'Digest files let the practice prove an audit log was not altered or deleted after delivery. '
    + 'Use PhiAuditTrail, or set enableFileValidation: true on the trail.',
  evaluate(resource) {
    return requireTrue(readBoolean(resource.properties, 'EnableLogFileValidation'), 'EnableLogFileValidation');
  },
});
