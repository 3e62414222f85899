import { TableEntry } from './entry';

/** Amazon Forecast datasets (control DS-FORECAST-1). */
export const FORECAST_ENTRIES: readonly TableEntry[] = [
  {
    name: 'ForecastDatasetCustomerManagedKey',
    controlId: 'DS-FORECAST-1',
    resourceTypes: ['AWS::Forecast::Dataset'],
    requirement: 'Forecast datasets must name a customer-managed KMS key (EncryptionConfig.KmsKeyArn).',
    fix: 'Imported time series (appointment volumes per patient group, visit histories) are otherwise encrypted with an '
      + 'AWS-owned key. Set EncryptionConfig.KmsKeyArn to a PhiKey with a role Forecast can assume.',
    checks: [{ kind: 'customer-managed-key', path: 'EncryptionConfig.KmsKeyArn' }],
  },
];
