import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon Forecast: demand forecasting from visit histories. */
export const FORECAST_CONTROLS = defineControls([
  {
    id: 'DS-FORECAST-1',
    title: 'Forecast datasets encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Forecast datasets name a customer-managed KMS key.',
    ruleIds: ['DermaShield-ForecastDatasetCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
