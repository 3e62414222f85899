import { TableEntry } from './entry';

/** Amazon QuickSight (control DS-QUICKSIGHT-1). */
export const QUICKSIGHT_ENTRIES: readonly TableEntry[] = [
  {
    name: 'QuickSightDataSourceSsl',
    controlId: 'DS-QUICKSIGHT-1',
    resourceTypes: ['AWS::QuickSight::DataSource'],
    requirement: 'QuickSight data sources must not set SslProperties.DisableSsl to true.',
    fix: 'DisableSsl: true makes QuickSight query the database (patient and billing data) over an unencrypted connection. '
      + 'Remove DisableSsl or set it to false (the default), and make the source accept TLS.',
    checks: [{ kind: 'one-of', path: 'SslProperties.DisableSsl', allowed: ['false'], absentMeans: 'false' }],
  },
];
