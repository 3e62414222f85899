import { defineRule, requireTrue, worst } from '../../rule';
import { readBoolean } from '../../values';

/** DS-TRAIL-3: trails are logging, in every Region. */
export const CloudTrailLogging = defineRule({
  name: 'CloudTrailLogging',
  controlId: 'DS-TRAIL-3',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  requirement: 'CloudTrail trails must be logging (IsLogging: true) in every Region (IsMultiRegionTrail: true; CloudFormation defaults to false).',
  explanation: 'A stopped or single-Region trail leaves access to ePHI (and to the keys that protect it) unrecorded, and an '
    + 'attacker often works in an unused Region first. Use PhiAuditTrail, or set isMultiRegionTrail: true and keep the trail logging.',
  evaluate(resource) {
    return worst([
      requireTrue(readBoolean(resource.properties, 'IsLogging'), 'IsLogging'),
      requireTrue(readBoolean(resource.properties, 'IsMultiRegionTrail'), 'IsMultiRegionTrail'),
    ]);
  },
});
