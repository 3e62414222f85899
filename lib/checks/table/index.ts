import { DermaShieldRule } from '../rule';
import { tableRule, TableEntry } from './entry';
import { HEALTH_ENTRIES } from './health';

/** Every declarative entry of the pack, grouped by service file. */
export const TABLE_ENTRIES: readonly TableEntry[] = Object.freeze([
  ...HEALTH_ENTRIES,
]);

/** The rules the entries define. */
export const TABLE_RULES: readonly DermaShieldRule[] = TABLE_ENTRIES.map(tableRule);
