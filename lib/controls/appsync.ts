import { HIPAA } from './citations';
import { defineControls } from './types';

/** AWS AppSync: GraphQL APIs of patient apps. */
export const APPSYNC_CONTROLS = defineControls([
  {
    id: 'DS-APPSYNC-1',
    title: 'AppSync API caches encrypted at rest and in transit',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'AppSync API caches never turn off at-rest or in-transit encryption.',
    ruleIds: ['DermaShield-AppSyncApiCacheEncryption'],
    configRules: [{ identifier: 'APPSYNC_CACHE_CT_ENCRYPTION_AT_REST', resourceTypes: ['AWS::AppSync::ApiCache'] }, { identifier: 'APPSYNC_CACHE_CT_ENCRYPTION_IN_TRANSIT', resourceTypes: ['AWS::AppSync::ApiCache'] }],
  },
]);
