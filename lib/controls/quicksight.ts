import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon QuickSight. */
export const QUICKSIGHT_CONTROLS = defineControls([
  {
    id: 'DS-QUICKSIGHT-1',
    title: 'QuickSight connects to data sources over SSL',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'QuickSight data sources do not set SslProperties.DisableSsl to true.',
    ruleIds: ['DermaShield-QuickSightDataSourceSsl'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
