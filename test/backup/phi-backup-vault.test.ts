import { App, CfnResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { BackupTarget, ClinicalImageBucket, DermaShieldChecks, DermaShieldError, EhrDatabase, PhiBackupVault, PhiBackupVaultProps, PhiKey, PhiNetwork } from '../../lib';
import { expectFinding, expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { acknowledgedFindings, openFindings, synthWithAllPacks } from '../support/all-packs';
import { expectDermaShieldError } from '../support/errors';

const ENV = { account: '111111111111', region: 'us-east-1' };

/** A practice stack: network, EHR database, clinical image bucket, and a vault protecting both. */
function practice(app: App, props: PhiBackupVaultProps = {}) {
  const stack = new Stack(app, 'S', { env: ENV });
  const network = new PhiNetwork(stack, 'Net');
  const images = new ClinicalImageBucket(stack, 'Images');
  const ehr = new EhrDatabase(stack, 'Ehr', { vpc: network.vpc });
  const vault = new PhiBackupVault(stack, 'Backup', props);
  vault.protect(BackupTarget.fromConstruct(ehr));
  vault.protect(BackupTarget.fromConstruct(images));
  return { stack, images, ehr, vault };
}

function simple(props: PhiBackupVaultProps = {}) {
  const app = testApp();
  const stack = new Stack(app, 'S', { env: ENV });
  const vault = new PhiBackupVault(stack, 'V', props);
  return { app, stack, vault };
}

const cfn = (c: Construct) => c.node.defaultChild as CfnResource;

describe('PhiBackupVault', () => {
  describe('defaults', () => {
    const app = testApp();
    const { vault, images, ehr, stack } = practice(app);
    const t = Template.fromStack(stack);
    const ref = (c: Construct) => stack.resolve(cfn(c).logicalId);

    test('the vault is encrypted with its own PhiKey for the backup domain, not the data keys', () => {
      expect((vault.encryptionKey as PhiKey).domain).toBe('backup');
      t.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: { 'Fn::GetAtt': [ref((vault.encryptionKey as PhiKey).key), 'Arn'] } });
      t.hasResourceProperties('AWS::KMS::Alias', { AliasName: Match.stringLikeRegexp('^alias/dermashield/backup/[A-Za-z0-9]+$') });
      expect(vault.encryptionKey).not.toBe(images.encryptionKey);
      expect(vault.encryptionKey).not.toBe(ehr.encryptionKey);
    });

    test('Vault Lock: governance mode, 35 days to 7 years', () => {
      t.hasResourceProperties('AWS::Backup::BackupVault', {
        LockConfiguration: { MinRetentionDays: 35, MaxRetentionDays: 2555, ChangeableForDays: Match.absent() },
      });
    });

    test('access policy denies deleting recovery points or changing their lifecycle to everyone', () => {
      t.hasResourceProperties('AWS::Backup::BackupVault', {
        AccessPolicy: {
          Statement: [{
            Effect: 'Deny', Principal: { AWS: '*' }, Resource: '*', Condition: Match.absent(),
            Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle'],
          }],
        },
      });
    });

    test('notifications of backup, copy and restore job results to a topic encrypted with a separate PhiKey', () => {
      t.hasResourceProperties('AWS::Backup::BackupVault', {
        Notifications: {
          SNSTopicArn: { Ref: ref(vault.notificationTopic as any) },
          BackupVaultEvents: Match.arrayWith(['BACKUP_JOB_COMPLETED', 'COPY_JOB_FAILED', 'RESTORE_JOB_COMPLETED']),
        },
      });
      t.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('BackupNotificationKey'), 'Arn'] }) });
      t.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'sns:Publish', Principal: { Service: 'backup.amazonaws.com' } })]) },
      });
      t.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'backup.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
      });
    });

    test('plan: continuous (35 days), daily (35 days), monthly (7 years, cold after 90 days)', () => {
      const vaultName = { 'Fn::GetAtt': [ref(vault.vault), 'BackupVaultName'] };
      t.hasResourceProperties('AWS::Backup::BackupPlan', {
        BackupPlan: {
          BackupPlanRule: [
            { RuleName: 'ContinuousPointInTime', EnableContinuousBackup: true, Lifecycle: { DeleteAfterDays: 35 }, TargetBackupVault: vaultName, ScheduleExpression: 'cron(0 5 * * ? *)' },
            { RuleName: 'Daily', Lifecycle: { DeleteAfterDays: 35 }, TargetBackupVault: vaultName, ScheduleExpression: 'cron(0 5 * * ? *)' },
            { RuleName: 'Monthly', Lifecycle: { DeleteAfterDays: 2555, MoveToColdStorageAfterDays: 90 }, TargetBackupVault: vaultName, ScheduleExpression: 'cron(0 5 1 * ? *)' },
          ],
        },
      });
    });

    test('selection: by tag and by protect()', () => {
      t.hasResourceProperties('AWS::Backup::BackupSelection', {
        BackupSelection: {
          ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'dermashield:backup', ConditionValue: 'phi' }],
          Resources: [
            { 'Fn::GetAtt': [ref(ehr.instance!), 'DBInstanceArn'] },
            { 'Fn::GetAtt': [ref(images.bucket), 'Arn'] },
          ],
        },
      });
    });

    test('restore testing plan on the vault, one selection per protected resource type', () => {
      t.hasResourceProperties('AWS::Backup::RestoreTestingPlan', {
        ScheduleExpression: 'cron(0 6 ? * SUN *)',
        RecoveryPointSelection: { IncludeVaults: [{ 'Fn::GetAtt': [ref(vault.vault), 'BackupVaultArn'] }], RecoveryPointTypes: ['CONTINUOUS', 'SNAPSHOT'] },
      });
      t.resourceCountIs('AWS::Backup::RestoreTestingSelection', 2);
      t.hasResourceProperties('AWS::Backup::RestoreTestingSelection', {
        ProtectedResourceType: 'RDS', ProtectedResourceArns: [{ 'Fn::GetAtt': [ref(ehr.instance!), 'DBInstanceArn'] }], ValidationWindowHours: 4,
        RestoreTestingPlanName: { Ref: stack.resolve(vault.restoreTestingPlan.logicalId) },
      });
      t.hasResourceProperties('AWS::Backup::RestoreTestingSelection', { ProtectedResourceType: 'S3', ProtectedResourceArns: [{ 'Fn::GetAtt': [ref(images.bucket), 'Arn'] }] });
    });

    test('everything the construct creates is retained on stack deletion', () => {
      const mine = Object.entries(t.toJSON().Resources as Record<string, any>)
        .filter(([id]) => vault.node.findAll().some((c) => CfnResource.isCfnResource(c) && stack.resolve(c.logicalId) === id));
      expect(mine.length).toBeGreaterThanOrEqual(12);
      for (const [id, res] of mine) {
        expect([id, res.DeletionPolicy, res.UpdateReplacePolicy]).toEqual([id, 'Retain', 'Retain']);
      }
    });

    test('a restore testing selection made by restoreTestCopies() (no protect() call) is retained too', () => {
      const copyStack = new Stack(new App(), 'Copy', { env: ENV });
      const copyVault = new PhiBackupVault(copyStack, 'CopyVault');
      copyVault.restoreTestCopies('RDS');
      const selections = Object.values<any>(Template.fromStack(copyStack).findResources('AWS::Backup::RestoreTestingSelection'));
      expect(selections.map((s) => [s.Properties.ProtectedResourceType, s.DeletionPolicy, s.UpdateReplacePolicy])).toEqual([['RDS', 'Retain', 'Retain']]);
    });
  });

  describe('options (stricter values are accepted)', () => {
    test('compliance mode, break-glass role, longer retention, cross-Region copy', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      const breakGlass = new iam.Role(stack, 'BreakGlass', { assumedBy: new iam.AccountRootPrincipal() });
      new PhiBackupVault(stack, 'V', {
        complianceModeCoolingOff: Duration.days(7), breakGlassRole: breakGlass, dailyRetention: Duration.days(60),
        monthlyRetention: Duration.days(3650), copyToVaultArn: 'arn:aws:backup:us-west-2:111111111111:backup-vault:dr',
        selectionTag: { key: 'phi', value: 'yes' }, restoreTestingSchedule: 'cron(0 3 ? * MON *)', restoreValidationWindow: Duration.hours(12),
      });
      const t = Template.fromStack(stack);
      t.hasResourceProperties('AWS::Backup::BackupVault', {
        LockConfiguration: { MinRetentionDays: 35, MaxRetentionDays: 3650, ChangeableForDays: 7 },
        AccessPolicy: { Statement: [Match.objectLike({ Condition: { ArnNotEquals: { 'aws:PrincipalArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('BreakGlass'), 'Arn'] } } } })] },
      });
      const copy = (days: number) => [{ DestinationBackupVaultArn: 'arn:aws:backup:us-west-2:111111111111:backup-vault:dr', Lifecycle: Match.objectLike({ DeleteAfterDays: days }) }];
      t.hasResourceProperties('AWS::Backup::BackupPlan', {
        BackupPlan: {
          BackupPlanRule: [
            Match.objectLike({ RuleName: 'ContinuousPointInTime', CopyActions: Match.absent() }),
            Match.objectLike({ RuleName: 'Daily', Lifecycle: { DeleteAfterDays: 60 }, CopyActions: copy(60) }),
            Match.objectLike({ RuleName: 'Monthly', Lifecycle: { DeleteAfterDays: 3650, MoveToColdStorageAfterDays: 90 }, CopyActions: copy(3650) }),
          ],
        },
      });
      t.hasResourceProperties('AWS::Backup::BackupSelection', { BackupSelection: { ListOfTags: [Match.objectLike({ ConditionKey: 'phi', ConditionValue: 'yes' })], Resources: Match.absent() } });
      t.hasResourceProperties('AWS::Backup::RestoreTestingPlan', { ScheduleExpression: 'cron(0 3 ? * MON *)' });
    });

    test('protect(): literal ARNs, an Aurora cluster, and more than 30 resources of one type become "*"', () => {
      const { stack, vault } = simple();
      vault.protect(BackupTarget.fromArn('arn:aws:rds:us-east-1:111111111111:db:legacy-ehr'));
      const cluster = new rds.CfnDBCluster(stack, 'Aurora', { engine: 'aurora-postgresql', storageEncrypted: true });
      vault.protect(BackupTarget.fromConstruct(cluster));
      for (let i = 0; i < 31; i++) vault.protect(BackupTarget.fromArn(`arn:aws:s3:::bucket-${i}`));
      const t = Template.fromStack(stack);
      t.hasResourceProperties('AWS::Backup::RestoreTestingSelection', { ProtectedResourceType: 'RDS', ProtectedResourceArns: ['arn:aws:rds:us-east-1:111111111111:db:legacy-ehr'] });
      t.hasResourceProperties('AWS::Backup::RestoreTestingSelection', { ProtectedResourceType: 'Aurora', ProtectedResourceArns: [{ 'Fn::GetAtt': ['Aurora', 'DBClusterArn'] }] });
      t.hasResourceProperties('AWS::Backup::RestoreTestingSelection', { ProtectedResourceType: 'S3', ProtectedResourceArns: ['*'] });
      expect(vault.protectedArns).toHaveLength(33);
    });

    test('a key of your own that encrypts nothing it protects is accepted', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      const own = new PhiKey(stack, 'BackupKey', { domain: 'backup2' });
      const vault = new PhiBackupVault(stack, 'V', { encryptionKey: own });
      vault.protect(BackupTarget.fromConstruct(new ClinicalImageBucket(stack, 'Images')));
      expect(vault.encryptionKey).toBe(own);
      Template.fromStack(stack).hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: { 'Fn::GetAtt': [stack.resolve(cfn(own.key).logicalId), 'Arn'] } });
    });
  });

  describe('validation', () => {
    test.each<[string, PhiBackupVaultProps, RegExp]>([
      ['dailyRetention below 35', { dailyRetention: Duration.days(34) }, /dailyRetention 34 days is below the allowed minimum of 35 days/],
      ['monthlyRetention below cold storage + 90', { monthlyRetention: Duration.days(100) }, /monthlyRetention 100 days is below the allowed minimum of 180 days/],
      ['monthlyRetention below dailyRetention', { dailyRetention: Duration.days(400), monthlyRetention: Duration.days(365) }, /monthlyRetention 365 days is below the allowed minimum of 400 days/],
      ['lockMinRetention 0', { lockMinRetention: Duration.days(0) }, /lockMinRetention 0 days is not allowed; use 1 to 35 days/],
      ['lockMinRetention 36', { lockMinRetention: Duration.days(36) }, /lockMinRetention 36 days is not allowed; use 1 to 35 days/],
      ['lockMaxRetention below monthly', { lockMaxRetention: Duration.days(365) }, /lockMaxRetention 365 days is below monthlyRetention 2555 days.*Use 2555 days or more/],
      ['cooling-off below 3 days', { complianceModeCoolingOff: Duration.days(2) }, /complianceModeCoolingOff 2 days is below the allowed minimum of 3 days/],
      ['validation window above 168 hours', { restoreValidationWindow: Duration.hours(200) }, /restoreValidationWindow 200 hours is not allowed; use a whole number of hours from 0 to 168/],
      ['copy to the same Region', { copyToVaultArn: 'arn:aws:backup:us-east-1:111111111111:backup-vault:dr' }, /copyToVaultArn is in us-east-1, the vault's own Region; a copy must go to a second Region/],
      ['copy target not a vault ARN', { copyToVaultArn: 'dr-vault' }, /copyToVaultArn 'dr-vault' is not a backup vault ARN/],
    ])('%s throws before creating children', (_name, props, message) => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      let error: unknown;
      try {
        new PhiBackupVault(stack, 'V', props);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DermaShieldError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain("PhiBackupVault 'S/V'");
      expect(stack.node.findChild('V').node.children).toHaveLength(0);
    });

    test.each([[35], [1]])('boundary: lockMinRetention %d days is accepted', (days) => {
      expect(() => simple({ lockMinRetention: Duration.days(days) })).not.toThrow();
    });

    test('boundary: dailyRetention 35 and cooling-off 3 days are accepted', () => {
      expect(() => simple({ dailyRetention: Duration.days(35), complianceModeCoolingOff: Duration.days(3) })).not.toThrow();
    });

    test('refuses to protect a resource encrypted with the vault key (DS-BACKUP-3)', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      const shared = new PhiKey(stack, 'Shared', { domain: 'images' });
      const images = new ClinicalImageBucket(stack, 'Images', { encryptionKey: shared.key });
      const vault = new PhiBackupVault(stack, 'V', { encryptionKey: shared });
      expectDermaShieldError(() => vault.protect(BackupTarget.fromConstruct(images)), 'PhiBackupVaultSharedKey',
        /^PhiBackupVault 'S\/V': encryptionKey S\/Shared also encrypts S\/Images\/Bucket\/Resource, /, /must use a key of its own \(control DS-BACKUP-3\)/,
        /Omit encryptionKey to get a PhiKey for the backup domain/);
      const plain = new s3.Bucket(stack, 'Plain', { encryption: s3.BucketEncryption.KMS, encryptionKey: shared.alias });
      expectDermaShieldError(() => vault.protect(BackupTarget.fromBucket(plain)), 'PhiBackupVaultSharedKey', /also encrypts S\/Plain\/Resource/);
      expect(vault.protectedArns).toHaveLength(0);
    });
  });

  describe('grants', () => {
    const app = testApp();
    const { vault, images, stack } = practice(app);
    const t = Template.fromStack(stack);

    test('the AWS Backup role has the backup, restore and S3 managed policies', () => {
      const role = t.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'backup.amazonaws.com' } })] } } });
      const arns = JSON.stringify(Object.values(role)[0].Properties.ManagedPolicyArns);
      for (const p of ['service-role/AWSBackupServiceRolePolicyForBackup', 'service-role/AWSBackupServiceRolePolicyForRestores', 'AWSBackupServiceRolePolicyForS3Backup', 'AWSBackupServiceRolePolicyForS3Restore']) {
        expect(arns).toContain(`:iam::aws:policy/${p}`);
      }
    });

    test('the role may use the vault key through AWS Backup only, and the image key to read and restore objects', () => {
      const actions = ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:DescribeKey'];
      // A customer-managed policy with the exact KMS actions: no inline policy, no action wildcards.
      t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        Roles: [{ Ref: stack.resolve(cfn(vault.role).logicalId) }],
        PolicyDocument: {
          Statement: [
            Match.objectLike({
              Action: actions,
              Resource: { 'Fn::GetAtt': [stack.resolve(cfn((vault.encryptionKey as PhiKey).key).logicalId), 'Arn'] },
              Condition: { StringEquals: { 'kms:ViaService': 'backup.us-east-1.amazonaws.com' } },
            }),
            Match.objectLike({ Action: actions, Resource: { 'Fn::GetAtt': [stack.resolve(cfn((images.encryptionKey as PhiKey).key).logicalId), 'Arn'] } }),
          ],
        },
      });
      expect(vault.role.node.tryFindChild('DefaultPolicy')).toBeUndefined();
    });
  });

  describe('nag', () => {
    test('a PhiBackupVault protecting an EhrDatabase and a ClinicalImageBucket passes DermaShield and CloudFormation validation with zero findings', () => {
      const previous = process.env.CDK_VALIDATION;
      process.env.CDK_VALIDATION = 'true';
      try {
        const app = testApp();
        practice(app);
        const result = synthWithPack(app);
        expectNoFindings(result);
        expect(result.report.pluginReports.map((p: any) => p.pluginName)).toContain('DermaShield');
      } finally {
        if (previous === undefined) delete process.env.CDK_VALIDATION;
        else process.env.CDK_VALIDATION = previous;
      }
    });

    test('all four packs and Control Tower\'s proactive controls: zero open findings; only the AWS Backup managed policies are acknowledged', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      new PhiBackupVault(stack, 'V', { copyToVaultArn: 'arn:aws:backup:us-west-2:111111111111:backup-vault:copies' })
        .protect(BackupTarget.fromArn('arn:aws:rds:us-east-1:111111111111:db:ehr'));
      const result = synthWithAllPacks(app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect([...new Set(acknowledgedFindings(result))].sort()).toEqual([
        'AwsSolutions: AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup] @ S/V/Role/Resource',
        'AwsSolutions: AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore] @ S/V/Role/Resource',
        'AwsSolutions: AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup] @ S/V/Role/Resource',
        'AwsSolutions: AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores] @ S/V/Role/Resource',
      ]);
    });

    test.each<[string, (p: ReturnType<typeof practice>) => void, string, string]>([
      ['a vault without a key', ({ vault }) => cfn(vault.vault).addPropertyDeletionOverride('EncryptionKeyArn'), 'BackupVaultCustomerManagedKey', 'S/Backup/Vault/Resource'],
      ['a vault with the data\'s key', ({ vault, ehr }) => cfn(vault.vault).addPropertyOverride('EncryptionKeyArn', ehr.encryptionKey.keyArn), 'BackupVaultKeySeparation', 'S/Backup/Vault/Resource'],
      ['a vault without a lock', ({ vault }) => cfn(vault.vault).addPropertyDeletionOverride('LockConfiguration'), 'BackupVaultLock', 'S/Backup/Vault/Resource'],
      ['a plan without restore testing', ({ vault }) => vault.restoreTestingPlan.addPropertyOverride('RecoveryPointSelection.IncludeVaults', ['arn:aws:backup:us-east-1:111111111111:backup-vault:elsewhere']), 'BackupRestoreTesting', 'S/Backup/Plan/Resource'],
      ['a plan that keeps backups 7 days', ({ vault }) => cfn(vault.plan).addPropertyOverride('BackupPlan.BackupPlanRule.1.Lifecycle.DeleteAfterDays', 7), 'BackupPlanMinimumRetention', 'S/Backup/Plan/Resource'],
      ['a vault without notifications', ({ vault }) => cfn(vault.vault).addPropertyDeletionOverride('Notifications'), 'BackupVaultNotifications', 'S/Backup/Vault/Resource'],
    ])('%s is reported by the pack', (_name, breakIt, rule, path) => {
      const app = testApp();
      const p = practice(app);
      breakIt(p);
      const result = synthWithPack(app);
      expectFinding(result, rule, path);
      expect(result.findings.filter((f) => f.plugin === 'DermaShield')).toHaveLength(1);
    });

    test('with default synthesis settings those four cases fail synthesis naming the rule', () => {
      const cases: [(p: ReturnType<typeof practice>) => void, string][] = [
        [({ vault }) => cfn(vault.vault).addPropertyDeletionOverride('EncryptionKeyArn'), 'DermaShield-BackupVaultCustomerManagedKey'],
        [({ vault, ehr }) => cfn(vault.vault).addPropertyOverride('EncryptionKeyArn', ehr.encryptionKey.keyArn), 'DermaShield-BackupVaultKeySeparation'],
        [({ vault }) => cfn(vault.vault).addPropertyDeletionOverride('LockConfiguration'), 'DermaShield-BackupVaultLock'],
        [({ vault }) => vault.restoreTestingPlan.addPropertyDeletionOverride('RecoveryPointSelection.IncludeVaults'), 'DermaShield-BackupRestoreTesting'],
      ];
      for (const [breakIt, ruleId] of cases) {
        const app = new App();
        breakIt(practice(app));
        Validations.of(app).addPlugins(new DermaShieldChecks(app));
        expect(() => app.synth()).toThrow(new RegExp(ruleId.replace(/[-]/g, '\\-')));
      }
    });

    test('an aws-cdk-lib BackupVault and plan with defaults fail four of the rules', () => {
      const app = testApp();
      const stack = new Stack(app, 'S', { env: ENV });
      backup.BackupPlan.daily35DayRetention(stack, 'Plan', new backup.BackupVault(stack, 'Vault'));
      const result = synthWithPack(app);
      for (const rule of ['BackupVaultCustomerManagedKey', 'BackupVaultLock', 'BackupVaultNotifications']) expectFinding(result, rule, 'S/Vault/Resource');
      expectFinding(result, 'BackupRestoreTesting', 'S/Plan/Resource');
    });
  });
});
