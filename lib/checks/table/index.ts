import { DermaShieldRule } from '../rule';
import { tableRule, TableEntry } from './entry';
import { HEALTH_ENTRIES } from './health';
import { AMAZONMQ_ENTRIES } from './amazonmq';
import { APPSYNC_ENTRIES } from './appsync';
import { BEDROCK_ENTRIES } from './bedrock';
import { KEYSPACES_ENTRIES } from './keyspaces';
import { CHIME_ENTRIES } from './chime';
import { CODEBUILD_ENTRIES } from './codebuild';
import { COGNITO_ENTRIES } from './cognito';
import { COMPREHEND_ENTRIES } from './comprehend';
import { CONNECT_ENTRIES } from './connect';
import { CUSTOMERPROFILES_ENTRIES } from './customerprofiles';
import { DAX_ENTRIES } from './dax';
import { DMS_ENTRIES } from './dms';
import { DRS_ENTRIES } from './drs';
import { DATABREW_ENTRIES } from './databrew';
import { DATASYNC_ENTRIES } from './datasync';
import { DOCDBELASTIC_ENTRIES } from './docdbelastic';
import { APPFLOW_ENTRIES } from './appflow';
import { APPINTEGRATIONS_ENTRIES } from './appintegrations';
import { APPRUNNER_ENTRIES } from './apprunner';
import { BACKUP_ENTRIES } from './backup';
import { CLEANROOMS_ENTRIES } from './cleanrooms';

/** Every declarative entry of the pack, grouped by service file. */
export const TABLE_ENTRIES: readonly TableEntry[] = Object.freeze([
  ...HEALTH_ENTRIES,
  ...AMAZONMQ_ENTRIES,
  ...APPSYNC_ENTRIES,
  ...BEDROCK_ENTRIES,
  ...KEYSPACES_ENTRIES,
  ...CHIME_ENTRIES,
  ...CODEBUILD_ENTRIES,
  ...COGNITO_ENTRIES,
  ...COMPREHEND_ENTRIES,
  ...CONNECT_ENTRIES,
  ...CUSTOMERPROFILES_ENTRIES,
  ...DAX_ENTRIES,
  ...DMS_ENTRIES,
  ...DRS_ENTRIES,
  ...DATABREW_ENTRIES,
  ...DATASYNC_ENTRIES,
  ...DOCDBELASTIC_ENTRIES,
  ...APPFLOW_ENTRIES,
  ...APPINTEGRATIONS_ENTRIES,
  ...APPRUNNER_ENTRIES,
  ...BACKUP_ENTRIES,
  ...CLEANROOMS_ENTRIES,
]);

/** The rules the entries define. */
export const TABLE_RULES: readonly DermaShieldRule[] = TABLE_ENTRIES.map(tableRule);
