import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** The pack itself: a resource it cannot judge is a visible gap, never a silent pass. */
export const PACK_CONTROLS = defineControls([
  {
    id: 'DS-PACK-1',
    title: 'Every resource type is known to the rule pack',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.TRANSMISSION_SECURITY],
    guidance: 'A resource type newer than the CloudFormation specification the pack was built with is reported as unverifiable, '
      + 'so a new service that can hold ePHI is never passed silently; custom resources are excluded (they hold no data themselves).',
    ruleIds: ['DermaShield-UnknownResourceType'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
