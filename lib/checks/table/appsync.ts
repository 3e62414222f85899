import { TableEntry } from './entry';

/** AWS AppSync API caches (control DS-APPSYNC-1). */
export const APPSYNC_ENTRIES: readonly TableEntry[] = [
  {
    name: 'AppSyncApiCacheEncryption',
    controlId: 'DS-APPSYNC-1',
    resourceTypes: ['AWS::AppSync::ApiCache'],
    requirement: 'AppSync API caches must not turn off AtRestEncryptionEnabled or TransitEncryptionEnabled.',
    fix: 'Cached GraphQL responses can hold patient data. AppSync has deprecated both flags and encrypts new caches at rest '
      + 'and in transit, so an omitted flag passes; an explicit false asks for an unencrypted cache. Remove the false '
      + 'values (or set them to true); both are fixed at creation, so the cache is replaced.',
    checks: [
      { kind: 'true', path: 'AtRestEncryptionEnabled', absentMeans: true },
      { kind: 'true', path: 'TransitEncryptionEnabled', absentMeans: true },
    ],
  },
];
