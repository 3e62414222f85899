import { TableEntry } from './entry';

/** AWS DataSync locations (control DS-DATASYNC-1). */
export const DATASYNC_ENTRIES: readonly TableEntry[] = [
  {
    name: 'DataSyncEfsInTransitEncryption',
    controlId: 'DS-DATASYNC-1',
    resourceTypes: ['AWS::DataSync::LocationEFS'],
    requirement: 'DataSync EFS locations must set InTransitEncryption TLS1_2.',
    fix: 'The default InTransitEncryption NONE mounts the file system without TLS, so the files DataSync copies cross the '
      + 'network in cleartext. Set InTransitEncryption TLS1_2.',
    checks: [{ kind: 'one-of', path: 'InTransitEncryption', allowed: ['TLS1_2'], absentMeans: 'NONE' }],
  },
];
