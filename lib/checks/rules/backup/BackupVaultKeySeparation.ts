import { defineRule, fail, pass, unverifiable } from '../../rule';
import { both, dataKeysOf, keyIdentity, planWritesTo, sameKey, selectedResources, selectionsOf } from './helpers';

/**
 * DS-BACKUP-3: a vault is not encrypted with the key of a resource it protects.
 *
 * Scope: the vault's own template. Plans that write to the vault (as target or copy destination), their selections,
 * and the data resources those selections name by reference or by tag are all looked up in that template.
 */
export const BackupVaultKeySeparation = defineRule({
  name: 'BackupVaultKeySeparation',
  controlId: 'DS-BACKUP-3',
  resourceTypes: ['AWS::Backup::BackupVault'],
  requirement: 'A backup vault must not be encrypted with the KMS key of any resource its backup plans protect (checked within the vault\'s template).',
  explanation: 'If the data and its backups share one key, disabling, deleting or losing that key (or a compromise of it) takes '
    + 'both. Give the vault its own key: PhiBackupVault creates a PhiKey for the backup domain and refuses a protected resource\'s key.',
  evaluate(resource) {
    const vaultKey = keyIdentity(resource.properties.EncryptionKeyArn, resource.stack);
    if (vaultKey.kind === 'none') return pass(); // aws/backup: not a data key; BackupVaultCustomerManagedKey reports it
    const doubts: string[] = [];
    const clashes: string[] = [];
    for (const plan of resource.stack.ofType('AWS::Backup::BackupPlan')) {
      const writes = planWritesTo(plan, resource, true);
      if (writes.kind === 'no') continue;
      for (const { selection, belongs } of selectionsOf(plan)) {
        const linked = both(writes, belongs);
        const selected = selectedResources(selection);
        for (const data of selected.resources) {
          for (const { path, value } of dataKeysOf(data)) {
            const same = both(linked, sameKey(vaultKey, keyIdentity(value, data.stack)));
            if (same.kind === 'yes') clashes.push(`${data.path} (${path}) uses the vault key ${vaultKey.kind === 'key' ? vaultKey.label : ''}`.trim());
            else if (same.kind === 'maybe') doubts.push(`${data.path} (${path}): ${same.why}`);
          }
        }
      }
    }
    if (clashes.length) return fail(`the vault key also encrypts data it protects: ${clashes.join('; ')}`);
    if (doubts.length) return unverifiable(`cannot tell whether the vault key also encrypts protected data: ${doubts.join('; ')}`);
    return pass();
  },
});
