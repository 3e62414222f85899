import { CfnParameter, CfnResource, Duration, Fn, Stack, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  return { app, stack: new Stack(app, 'S') };
}

const cfn = (c: { node: { defaultChild?: unknown } }) => c.node.defaultChild as CfnResource;

/** A vault that satisfies every vault rule (key, lock, notifications). */
function goodVault(s: Stack, id: string, key?: kms.IKey) {
  return new backup.BackupVault(s, id, {
    encryptionKey: key ?? new kms.Key(s, `${id}Key`, { enableKeyRotation: true }),
    lockConfiguration: { minRetention: Duration.days(35) },
    notificationTopic: new sns.Topic(s, `${id}Topic`),
    notificationEvents: [
      backup.BackupVaultEvents.BACKUP_JOB_COMPLETED, backup.BackupVaultEvents.COPY_JOB_FAILED, backup.BackupVaultEvents.RESTORE_JOB_COMPLETED,
    ],
  });
}

/** A plan writing to `vault` that protects `resources` (ARNs). */
function plan(s: Stack, id: string, vault: backup.IBackupVault, resources: string[], deleteAfter = Duration.days(35)) {
  const p = new backup.BackupPlan(s, id, { backupVault: vault });
  p.addRule(new backup.BackupPlanRule({ ruleName: 'Daily', deleteAfter }));
  if (resources.length) p.addSelection(`${id}Sel`, { resources: resources.map((r) => backup.BackupResource.fromArn(r)) });
  return p;
}

/** A restore testing plan including `vaults`, with one selection per type. */
function restoreTesting(s: Stack, id: string, vaults: string[], types: string[] = ['S3']) {
  const rtp = new backup.CfnRestoreTestingPlan(s, id, {
    restoreTestingPlanName: id,
    scheduleExpression: 'cron(0 6 ? * SUN *)',
    recoveryPointSelection: { algorithm: 'LATEST_WITHIN_WINDOW', includeVaults: vaults, recoveryPointTypes: ['SNAPSHOT'] },
  });
  for (const t of types) {
    new backup.CfnRestoreTestingSelection(s, `${id}${t}`, {
      restoreTestingPlanName: rtp.ref, restoreTestingSelectionName: `sel_${t}`, protectedResourceType: t,
      iamRoleArn: 'arn:aws:iam::111111111111:role/restore', protectedResourceArns: ['*'],
    });
  }
  return rtp;
}

function bucket(s: Stack, id: string, key: kms.IKey) {
  return new s3.Bucket(s, id, { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
}

describe('DermaShield-BackupVaultCustomerManagedKey', () => {
  test('compliant: a vault with a key defined in the app', () => {
    const { app, stack: s } = stack();
    goodVault(s, 'V');
    expectNoFinding(synthWithPack(app), 'BackupVaultCustomerManagedKey');
  });

  test('non-compliant: aws-cdk-lib default vault (aws/backup)', () => {
    const { app, stack: s } = stack();
    new backup.BackupVault(s, 'V');
    const f = expectFinding(synthWithPack(app), 'BackupVaultCustomerManagedKey', 'S/V/Resource');
    expect(f.description).toContain('[DS-BACKUP-1]');
    expect(f.description).toContain('164.312(a)(2)(iv)');
    expect(f.description).toContain('EncryptionKeyArn: no key is named');
  });

  test('escape hatch: key removed, or replaced by alias/aws/backup, after the L2 set it', () => {
    const { app, stack: s } = stack();
    cfn(goodVault(s, 'Removed')).addPropertyDeletionOverride('EncryptionKeyArn');
    cfn(goodVault(s, 'Aws')).addPropertyOverride('EncryptionKeyArn', 'arn:aws:kms:us-east-1:111111111111:alias/aws/backup');
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultCustomerManagedKey', 'S/Removed/Resource');
    expect(expectFinding(result, 'BackupVaultCustomerManagedKey', 'S/Aws/Resource').description).toContain('AWS-managed');
  });

  test('raw CfnResource: judged on the type string', () => {
    const { app, stack: s } = stack();
    const key = new kms.Key(s, 'K', { enableKeyRotation: true });
    new CfnResource(s, 'Raw', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'raw' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'ok', EncryptionKeyArn: key.keyArn } });
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultCustomerManagedKey', 'S/Raw');
    expectNoFinding(result, 'BackupVaultCustomerManagedKey', 'S/RawOk');
  });

  test('token: a parameter or an import from outside the app is unverifiable, never a pass', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'KeyArn', { type: 'String' });
    cfn(goodVault(s, 'ByParam')).addPropertyOverride('EncryptionKeyArn', p.valueAsString);
    cfn(goodVault(s, 'ByImport')).addPropertyOverride('EncryptionKeyArn', Fn.importValue('SharedBackupKey'));
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultCustomerManagedKey', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'BackupVaultCustomerManagedKey', 'S/ByImport', { unverifiable: true });
  });
});

describe('DermaShield-BackupVaultLock', () => {
  test('compliant: governance (no ChangeableForDays) and compliance mode', () => {
    const { app, stack: s } = stack();
    goodVault(s, 'Gov');
    new backup.BackupVault(s, 'Comp', { lockConfiguration: { minRetention: Duration.days(7), maxRetention: Duration.days(3650), changeableFor: Duration.days(3) } });
    expectNoFinding(synthWithPack(app), 'BackupVaultLock');
  });

  test('non-compliant: aws-cdk-lib default vault has no lock', () => {
    const { app, stack: s } = stack();
    new backup.BackupVault(s, 'V', { encryptionKey: new kms.Key(s, 'K') });
    const f = expectFinding(synthWithPack(app), 'BackupVaultLock', 'S/V/Resource');
    expect(f.description).toContain('[DS-BACKUP-2]');
    expect(f.description).toContain('LockConfiguration is not set');
  });

  test.each([
    [{ MinRetentionDays: 0 }, 'MinRetentionDays is 0'],
    [{ MinRetentionDays: 10, MaxRetentionDays: 9 }, 'MaxRetentionDays 9 is below MinRetentionDays 10'],
    [{ MinRetentionDays: 10, ChangeableForDays: 2 }, 'ChangeableForDays is 2'],
    [{ MaxRetentionDays: 100 }, 'MinRetentionDays is not set'],
  ])('non-compliant lock %j', (lock, message) => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'raw', LockConfiguration: lock } });
    expect(expectFinding(synthWithPack(app), 'BackupVaultLock', 'S/Raw').description).toContain(message);
  });

  test.each([[1], [3]])('boundary: MinRetentionDays %d and ChangeableForDays 3 pass', (min) => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'raw', LockConfiguration: { MinRetentionDays: min, ChangeableForDays: 3 } } });
    expectNoFinding(synthWithPack(app), 'BackupVaultLock');
  });

  test('escape hatch: lock deleted after the L2 set it', () => {
    const { app, stack: s } = stack();
    cfn(goodVault(s, 'V')).addPropertyDeletionOverride('LockConfiguration');
    expectFinding(synthWithPack(app), 'BackupVaultLock', 'S/V/Resource');
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'raw' } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'ok', LockConfiguration: { MinRetentionDays: '35' } } });
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultLock', 'S/Raw');
    expectNoFinding(result, 'BackupVaultLock', 'S/RawOk');
  });

  test('token: MinRetentionDays from a parameter, or the whole lock behind Fn::If, is unverifiable', () => {
    const { app, stack: s } = stack();
    const p = new CfnParameter(s, 'Min', { type: 'Number' });
    cfn(goodVault(s, 'ByParam')).addPropertyOverride('LockConfiguration.MinRetentionDays', p.valueAsNumber);
    cfn(goodVault(s, 'ByIf')).addPropertyOverride('LockConfiguration', Fn.conditionIf('Locked', { MinRetentionDays: 35 }, Fn.ref('AWS::NoValue')));
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultLock', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'BackupVaultLock', 'S/ByIf', { unverifiable: true });
  });
});

describe('DermaShield-BackupVaultKeySeparation', () => {
  test('compliant: the vault has its own key', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const vault = goodVault(s, 'V');
    plan(s, 'P', vault, [bucket(s, 'B', dataKey).bucketArn]);
    expectNoFinding(synthWithPack(app), 'BackupVaultKeySeparation');
  });

  test('non-compliant: the vault uses the key of a bucket it protects (by ARN, or by tag)', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const vault = goodVault(s, 'V', dataKey);
    plan(s, 'P', vault, [bucket(s, 'B', dataKey).bucketArn]);
    const f = expectFinding(synthWithPack(app), 'BackupVaultKeySeparation', 'S/V/Resource');
    expect(f.description).toContain('[DS-BACKUP-3]');
    expect(f.description).toContain('S/B/Resource');

    const second = stack();
    const key2 = new kms.Key(second.stack, 'DataKey', { enableKeyRotation: true });
    const tagged = bucket(second.stack, 'Tagged', key2);
    Tags.of(tagged).add('backup', 'phi');
    const p2 = new backup.BackupPlan(second.stack, 'P', { backupVault: goodVault(second.stack, 'V', key2) });
    p2.addRule(new backup.BackupPlanRule({ ruleName: 'Daily', deleteAfter: Duration.days(35) }));
    p2.addSelection('Sel', { resources: [backup.BackupResource.fromTag('backup', 'phi')] });
    expect(expectFinding(synthWithPack(second.app), 'BackupVaultKeySeparation', 'S/V/Resource').description).toContain('S/Tagged/Resource');
  });

  test('non-compliant: the vault names the data key through an alias; an RDS ARN built with Fn::Join is followed', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const alias = dataKey.addAlias('alias/ehr');
    const db = new CfnResource(s, 'Db', { type: 'AWS::RDS::DBInstance', properties: { KmsKeyId: dataKey.keyArn, StorageEncrypted: true } });
    const vault = new CfnResource(s, 'V', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'v', EncryptionKeyArn: alias.aliasArn } });
    const arn = Stack.of(db).formatArn({ service: 'rds', resource: 'db', resourceName: db.ref, arnFormat: 2 as any });
    plan(s, 'P', backup.BackupVault.fromBackupVaultName(s, 'VRef', vault.getAtt('BackupVaultName').toString()), [arn]);
    expectFinding(synthWithPack(app), 'BackupVaultKeySeparation', 'S/V');
  });

  test('escape hatch: vault key overridden to the data key after the L2 set its own', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const vault = goodVault(s, 'V');
    plan(s, 'P', vault, [bucket(s, 'B', dataKey).bucketArn]);
    cfn(vault).addPropertyOverride('EncryptionKeyArn', dataKey.keyArn);
    expectFinding(synthWithPack(app), 'BackupVaultKeySeparation', 'S/V/Resource');
  });

  test('raw CfnResources: vault, plan, selection and a copy destination', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const b = bucket(s, 'B', dataKey);
    const target = new CfnResource(s, 'Target', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'target' } });
    const copy = new CfnResource(s, 'Copy', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'copy', EncryptionKeyArn: dataKey.keyArn } });
    const p = new CfnResource(s, 'Plan', {
      type: 'AWS::Backup::BackupPlan',
      properties: {
        BackupPlan: {
          BackupPlanName: 'p',
          BackupPlanRule: [{ RuleName: 'r', TargetBackupVault: target.ref, CopyActions: [{ DestinationBackupVaultArn: copy.getAtt('BackupVaultArn') }] }],
        },
      },
    });
    new CfnResource(s, 'Sel', {
      type: 'AWS::Backup::BackupSelection',
      properties: { BackupPlanId: p.ref, BackupSelection: { SelectionName: 's', IamRoleArn: 'arn:aws:iam::111111111111:role/b', Resources: [b.bucketArn] } },
    });
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultKeySeparation', 'S/Copy');
    expectNoFinding(result, 'BackupVaultKeySeparation', 'S/Target');
  });

  test('token: a vault key imported from outside the app, with a protected resource, is unverifiable', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const vault = goodVault(s, 'V');
    plan(s, 'P', vault, [bucket(s, 'B', dataKey).bucketArn]);
    cfn(vault).addPropertyOverride('EncryptionKeyArn', Fn.importValue('SomeKey'));
    expectFinding(synthWithPack(app), 'BackupVaultKeySeparation', 'S/V/Resource', { unverifiable: true });
  });

  test('token: a selection whose plan id is a parameter is unverifiable when it would share the key', () => {
    const { app, stack: s } = stack();
    const dataKey = new kms.Key(s, 'DataKey', { enableKeyRotation: true });
    const vault = goodVault(s, 'V', dataKey);
    plan(s, 'P', vault, []);
    const id = new CfnParameter(s, 'PlanId', { type: 'String' });
    new CfnResource(s, 'Sel', {
      type: 'AWS::Backup::BackupSelection',
      properties: { BackupPlanId: id.valueAsString, BackupSelection: { SelectionName: 's', IamRoleArn: 'arn:aws:iam::111111111111:role/b', Resources: [bucket(s, 'B', dataKey).bucketArn] } },
    });
    expectFinding(synthWithPack(app), 'BackupVaultKeySeparation', 'S/V/Resource', { unverifiable: true });
  });
});

describe('DermaShield-BackupPlanMinimumRetention', () => {
  test('compliant: aws-cdk-lib daily35DayRetention and a rule with no lifecycle (kept until deleted)', () => {
    const { app, stack: s } = stack();
    backup.BackupPlan.daily35DayRetention(s, 'P');
    const p = new backup.BackupPlan(s, 'Forever', { backupVault: goodVault(s, 'V') });
    p.addRule(new backup.BackupPlanRule({ ruleName: 'Forever' }));
    expectNoFinding(synthWithPack(app), 'BackupPlanMinimumRetention');
  });

  test('non-compliant: a rule keeping daily backups 7 days', () => {
    const { app, stack: s } = stack();
    plan(s, 'P', goodVault(s, 'V'), [], Duration.days(7));
    const f = expectFinding(synthWithPack(app), 'BackupPlanMinimumRetention', 'S/P/Resource');
    expect(f.description).toContain('[DS-BACKUP-4]');
    expect(f.description).toContain("rule 'Daily' Lifecycle.DeleteAfterDays is 7, below 35");
  });

  test.each([[34, true], [35, false], [36, false]])('boundary: DeleteAfterDays %d -> finding %s', (days, finding) => {
    const { app, stack: s } = stack();
    plan(s, 'P', goodVault(s, 'V'), [], Duration.days(days));
    const result = synthWithPack(app);
    if (finding) expectFinding(result, 'BackupPlanMinimumRetention', 'S/P/Resource');
    else expectNoFinding(result, 'BackupPlanMinimumRetention');
  });

  test('non-compliant: a copy action keeps copies too briefly', () => {
    const { app, stack: s } = stack();
    const vault = goodVault(s, 'V');
    const p = new backup.BackupPlan(s, 'P', { backupVault: vault });
    p.addRule(new backup.BackupPlanRule({
      ruleName: 'Daily', deleteAfter: Duration.days(35),
      copyActions: [{ destinationBackupVault: backup.BackupVault.fromBackupVaultArn(s, 'Dr', 'arn:aws:backup:us-west-2:111111111111:backup-vault:dr'), deleteAfter: Duration.days(14) }],
    }));
    expect(expectFinding(synthWithPack(app), 'BackupPlanMinimumRetention', 'S/P/Resource').description).toContain('CopyActions.0.Lifecycle.DeleteAfterDays is 14');
  });

  test('escape hatch: retention shortened by override after the L2 set it', () => {
    const { app, stack: s } = stack();
    const p = backup.BackupPlan.daily35DayRetention(s, 'P');
    cfn(p).addPropertyOverride('BackupPlan.BackupPlanRule.0.Lifecycle.DeleteAfterDays', 1);
    expectFinding(synthWithPack(app), 'BackupPlanMinimumRetention', 'S/P/Resource');
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', {
      type: 'AWS::Backup::BackupPlan',
      properties: { BackupPlan: { BackupPlanName: 'raw', BackupPlanRule: [{ RuleName: 'r', TargetBackupVault: 'Default', Lifecycle: { DeleteAfterDays: '30' } }] } },
    });
    expectFinding(synthWithPack(app), 'BackupPlanMinimumRetention', 'S/Raw');
  });

  test('token: DeleteAfterDays from a parameter, or the rule list behind Fn::If, is unverifiable', () => {
    const { app, stack: s } = stack();
    const days = new CfnParameter(s, 'Days', { type: 'Number' });
    cfn(backup.BackupPlan.daily35DayRetention(s, 'ByParam')).addPropertyOverride('BackupPlan.BackupPlanRule.0.Lifecycle.DeleteAfterDays', days.valueAsNumber);
    cfn(backup.BackupPlan.daily35DayRetention(s, 'ByIf')).addPropertyOverride('BackupPlan.BackupPlanRule', Fn.conditionIf('C', [], []));
    const result = synthWithPack(app);
    expectFinding(result, 'BackupPlanMinimumRetention', 'S/ByParam', { unverifiable: true });
    expectFinding(result, 'BackupPlanMinimumRetention', 'S/ByIf', { unverifiable: true });
  });
});

describe('DermaShield-BackupRestoreTesting', () => {
  function planWithBucket(s: Stack) {
    const vault = goodVault(s, 'V');
    const b = bucket(s, 'B', new kms.Key(s, 'DataKey', { enableKeyRotation: true }));
    return { vault, plan: plan(s, 'P', vault, [b.bucketArn]) };
  }

  test('compliant: a restore testing plan includes the vault and selects S3', () => {
    const { app, stack: s } = stack();
    const { vault } = planWithBucket(s);
    restoreTesting(s, 'Rt', [vault.backupVaultArn]);
    expectNoFinding(synthWithPack(app), 'BackupRestoreTesting');
  });

  test('compliant: IncludeVaults "*" covers every vault, including a literal Default target', () => {
    const { app, stack: s } = stack();
    planWithBucket(s);
    backup.BackupPlan.daily35DayRetention(s, 'Default', backup.BackupVault.fromBackupVaultName(s, 'Dv', 'Default'));
    restoreTesting(s, 'Rt', ['*']);
    expectNoFinding(synthWithPack(app), 'BackupRestoreTesting');
  });

  test('non-compliant: a backup plan without restore testing', () => {
    const { app, stack: s } = stack();
    planWithBucket(s);
    const f = expectFinding(synthWithPack(app), 'BackupRestoreTesting', 'S/P/Resource');
    expect(f.description).toContain('[DS-BACKUP-5]');
    expect(f.description).toContain('164.308(a)(7)(ii)(D)');
    expect(f.description).toContain('no restore testing plan includes S/V/Resource');
  });

  test('non-compliant: a restore testing plan with no selection, or without the protected type', () => {
    const empty = stack();
    const a = planWithBucket(empty.stack);
    restoreTesting(empty.stack, 'Rt', [a.vault.backupVaultArn], []);
    expect(expectFinding(synthWithPack(empty.app), 'BackupRestoreTesting', 'S/P/Resource').description).toContain('restores nothing');

    const wrongType = stack();
    const b = planWithBucket(wrongType.stack);
    restoreTesting(wrongType.stack, 'Rt', [b.vault.backupVaultArn], ['RDS']);
    expect(expectFinding(synthWithPack(wrongType.app), 'BackupRestoreTesting', 'S/P/Resource').description).toContain('protected resource type S3');
  });

  test('non-compliant: the vault is excluded', () => {
    const { app, stack: s } = stack();
    const { vault } = planWithBucket(s);
    const rt = restoreTesting(s, 'Rt', ['*']);
    rt.addPropertyOverride('RecoveryPointSelection.ExcludeVaults', [vault.backupVaultArn]);
    expectFinding(synthWithPack(app), 'BackupRestoreTesting', 'S/P/Resource');
  });

  test('escape hatch: the restore testing plan redirected to another vault after it was set', () => {
    const { app, stack: s } = stack();
    const { vault } = planWithBucket(s);
    const rt = restoreTesting(s, 'Rt', [vault.backupVaultArn]);
    rt.addPropertyOverride('RecoveryPointSelection.IncludeVaults', ['arn:aws:backup:us-east-1:111111111111:backup-vault:other']);
    expectFinding(synthWithPack(app), 'BackupRestoreTesting', 'S/P/Resource');
  });

  test('raw CfnResources: plan and restore testing plan matched by literal names', () => {
    const { app, stack: s } = stack();
    const rawPlan = (id: string, vaultName: string) => new CfnResource(s, id, {
      type: 'AWS::Backup::BackupPlan',
      properties: { BackupPlan: { BackupPlanName: id, BackupPlanRule: [{ RuleName: 'r', TargetBackupVault: vaultName }] } },
    });
    rawPlan('Covered', 'phi');
    rawPlan('Uncovered', 'other');
    new CfnResource(s, 'Rtp', {
      type: 'AWS::Backup::RestoreTestingPlan',
      properties: { RestoreTestingPlanName: 'rtp', ScheduleExpression: 'cron(0 6 ? * SUN *)', RecoveryPointSelection: { Algorithm: 'LATEST_WITHIN_WINDOW', IncludeVaults: ['arn:aws:backup:us-east-1:111111111111:backup-vault:phi'], RecoveryPointTypes: ['SNAPSHOT'] } },
    });
    new CfnResource(s, 'Rts', {
      type: 'AWS::Backup::RestoreTestingSelection',
      properties: { RestoreTestingPlanName: 'rtp', RestoreTestingSelectionName: 's', ProtectedResourceType: 'S3', IamRoleArn: 'arn:aws:iam::111111111111:role/r', ProtectedResourceArns: ['*'] },
    });
    const result = synthWithPack(app);
    expectNoFinding(result, 'BackupRestoreTesting', 'S/Covered');
    expectFinding(result, 'BackupRestoreTesting', 'S/Uncovered');
  });

  test('token: IncludeVaults from a parameter is unverifiable', () => {
    const { app, stack: s } = stack();
    planWithBucket(s);
    const p = new CfnParameter(s, 'Vaults', { type: 'CommaDelimitedList' });
    const rt = restoreTesting(s, 'Rt', ['*']);
    rt.addPropertyOverride('RecoveryPointSelection.IncludeVaults', p.valueAsList);
    expectFinding(synthWithPack(app), 'BackupRestoreTesting', 'S/P/Resource', { unverifiable: true });
  });
});

describe('DermaShield-BackupVaultNotifications', () => {
  test('compliant: the required events, or aws-cdk-lib default (every event), to a topic', () => {
    const { app, stack: s } = stack();
    goodVault(s, 'V');
    new backup.BackupVault(s, 'All', { notificationTopic: new sns.Topic(s, 'T') });
    expectNoFinding(synthWithPack(app), 'BackupVaultNotifications');
  });

  test('non-compliant: aws-cdk-lib default vault sends nothing', () => {
    const { app, stack: s } = stack();
    new backup.BackupVault(s, 'V');
    const f = expectFinding(synthWithPack(app), 'BackupVaultNotifications', 'S/V/Resource');
    expect(f.description).toContain('[DS-BACKUP-6]');
    expect(f.description).toContain('Notifications is not set');
  });

  test('non-compliant: only the deprecated *_FAILED events', () => {
    const { app, stack: s } = stack();
    new backup.BackupVault(s, 'V', {
      notificationTopic: new sns.Topic(s, 'T'),
      notificationEvents: [backup.BackupVaultEvents.BACKUP_JOB_FAILED, backup.BackupVaultEvents.RESTORE_JOB_FAILED, backup.BackupVaultEvents.COPY_JOB_FAILED],
    });
    expect(expectFinding(synthWithPack(app), 'BackupVaultNotifications', 'S/V/Resource').description)
      .toContain('lacks BACKUP_JOB_COMPLETED, RESTORE_JOB_COMPLETED');
  });

  test('escape hatch: notifications deleted after the L2 set them', () => {
    const { app, stack: s } = stack();
    cfn(goodVault(s, 'V')).addPropertyDeletionOverride('Notifications');
    expectFinding(synthWithPack(app), 'BackupVaultNotifications', 'S/V/Resource');
  });

  test('raw CfnResource', () => {
    const { app, stack: s } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'raw', Notifications: { SNSTopicArn: 'arn:aws:sns:us-east-1:111111111111:t', BackupVaultEvents: ['BACKUP_JOB_COMPLETED'] } } });
    new CfnResource(s, 'RawOk', { type: 'AWS::Backup::BackupVault', properties: { BackupVaultName: 'ok', Notifications: { SNSTopicArn: 'arn:aws:sns:us-east-1:111111111111:t', BackupVaultEvents: ['BACKUP_JOB_COMPLETED', 'COPY_JOB_FAILED', 'RESTORE_JOB_COMPLETED'] } } });
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultNotifications', 'S/Raw');
    expectNoFinding(result, 'BackupVaultNotifications', 'S/RawOk');
  });

  test('token: events from a parameter, or a topic from a parameter, is unverifiable', () => {
    const { app, stack: s } = stack();
    const events = new CfnParameter(s, 'Events', { type: 'CommaDelimitedList' });
    const topic = new CfnParameter(s, 'Topic', { type: 'String' });
    cfn(goodVault(s, 'ByEvents')).addPropertyOverride('Notifications.BackupVaultEvents', events.valueAsList);
    cfn(goodVault(s, 'ByTopic')).addPropertyOverride('Notifications.SNSTopicArn', topic.valueAsString);
    const result = synthWithPack(app);
    expectFinding(result, 'BackupVaultNotifications', 'S/ByEvents', { unverifiable: true });
    expectFinding(result, 'BackupVaultNotifications', 'S/ByTopic', { unverifiable: true });
  });
});
