import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as dlm from 'aws-cdk-lib/aws-dlm';
import * as kms from 'aws-cdk-lib/aws-kms';
import { expectFinding, expectNoFinding, reasonOf, synthWithPack, testApp } from '../../support/harness';

/**
 * Hand-written rules of the a-d coverage range (Athena, DLM, Aurora DSQL, DMS, Bedrock AgentCore, Chime SDK,
 * Customer Profiles): judgements the declarative table cannot express (branches on another property, list elements
 * that only sometimes carry the setting, an AWS-owned sentinel value).
 */
function stack() {
  const app = testApp();
  const s = new Stack(app, 'S');
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  const p = new CfnParameter(s, 'P', { type: 'String' });
  const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') });
  const deployTime: Array<[string, unknown]> = [['ByParam', p.valueAsString], ['ByImport', Fn.importValue('Shared')], ['ByIf', Fn.conditionIf(cond.logicalId, 'x', 'y')]];
  return { app, s, key, deployTime };
}

const raw = (s: Stack, id: string, type: string, properties: Record<string, unknown>) => new CfnResource(s, id, { type, properties });

describe('DermaShield-AthenaWorkGroupCustomerManagedKey', () => {
  const results = (kmsKey: unknown, option = 'SSE_KMS') => ({ ResultConfiguration: { OutputLocation: 's3://results/', EncryptionConfiguration: { EncryptionOption: option, KmsKey: kmsKey } } });

  test('compliant: SSE_KMS with a key of the app; managed results with a key', () => {
    const { app, s, key } = stack();
    new athena.CfnWorkGroup(s, 'Good', { name: 'good', workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: key.keyArn } } } });
    raw(s, 'Managed', 'AWS::Athena::WorkGroup', { Name: 'm', WorkGroupConfiguration: { ManagedQueryResultsConfiguration: { Enabled: true, EncryptionConfiguration: { KmsKey: key.keyArn } } } });
    expectNoFinding(synthWithPack(app), 'AthenaWorkGroupCustomerManagedKey');
  });

  test('non-compliant: no configuration, SSE_S3, client override allowed, managed results without a key', () => {
    const { app, s, key } = stack();
    raw(s, 'Bare', 'AWS::Athena::WorkGroup', { Name: 'b' });
    raw(s, 'SseS3', 'AWS::Athena::WorkGroup', { Name: 'c', WorkGroupConfiguration: results(undefined, 'SSE_S3') });
    raw(s, 'Override', 'AWS::Athena::WorkGroup', { Name: 'd', WorkGroupConfiguration: { ...results({ 'Fn::GetAtt': [s.getLogicalId(key.node.defaultChild as kms.CfnKey), 'Arn'] }), EnforceWorkGroupConfiguration: false } });
    raw(s, 'ManagedNoKey', 'AWS::Athena::WorkGroup', { Name: 'e', WorkGroupConfiguration: { ManagedQueryResultsConfiguration: { Enabled: true } } });
    raw(s, 'SparkNoKey', 'AWS::Athena::WorkGroup', { Name: 'f', WorkGroupConfiguration: { ...results(key.keyArn), EngineVersion: { SelectedEngineVersion: 'PySpark engine version 3' } } });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'AthenaWorkGroupCustomerManagedKey', 'S/Bare')).toContain('WorkGroupConfiguration is not set');
    expect(reasonOf(result, 'AthenaWorkGroupCustomerManagedKey', 'S/SseS3')).toContain('SSE_S3');
    expect(reasonOf(result, 'AthenaWorkGroupCustomerManagedKey', 'S/Override')).toContain('EnforceWorkGroupConfiguration is false');
    expectFinding(result, 'AthenaWorkGroupCustomerManagedKey', 'S/ManagedNoKey');
    expect(reasonOf(result, 'AthenaWorkGroupCustomerManagedKey', 'S/SparkNoKey')).toContain('CustomerContentEncryptionConfiguration.KmsKey');
  });

  test('escape hatch: the key removed after the L1 set it', () => {
    const { app, s, key } = stack();
    const wg = new athena.CfnWorkGroup(s, 'Hatch', { name: 'h', workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: key.keyArn } } } });
    wg.addPropertyDeletionOverride('WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.KmsKey');
    expectFinding(synthWithPack(app), 'AthenaWorkGroupCustomerManagedKey', 'S/Hatch');
  });

  test('deploy-time key or option is unverifiable', () => {
    const { app, s, deployTime } = stack();
    for (const [id, v] of deployTime) raw(s, id, 'AWS::Athena::WorkGroup', { Name: id, WorkGroupConfiguration: results(v) });
    const result = synthWithPack(app);
    for (const [id] of deployTime) expectFinding(result, 'AthenaWorkGroupCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-DlmCrossRegionCopyEncryption', () => {
  const policy = (rule: Record<string, unknown>) => ({
    Description: 'd', State: 'ENABLED', ExecutionRoleArn: 'arn:aws:iam::111122223333:role/dlm',
    PolicyDetails: { ResourceTypes: ['VOLUME'], TargetTags: [{ Key: 'a', Value: 'b' }], Schedules: [{ Name: 's', CrossRegionCopyRules: [{ Target: 'us-west-2', ...rule }] }] },
  });

  test('compliant: encrypted copy with a key of the app; a policy without copies is not judged', () => {
    const { app, s, key } = stack();
    new dlm.CfnLifecyclePolicy(s, 'Good', {
      description: 'd', state: 'ENABLED', executionRoleArn: 'arn:aws:iam::111122223333:role/dlm',
      policyDetails: { resourceTypes: ['VOLUME'], targetTags: [{ key: 'a', value: 'b' }], schedules: [{ name: 's', crossRegionCopyRules: [{ target: 'us-west-2', encrypted: true, cmkArn: key.keyArn }] }] },
    });
    raw(s, 'NoCopy', 'AWS::DLM::LifecyclePolicy', { Description: 'n', PolicyDetails: { Schedules: [{ Name: 's' }] } });
    expectNoFinding(synthWithPack(app), 'DlmCrossRegionCopyEncryption');
  });

  test('non-compliant: unencrypted copy, copy with the default key, event-based copy without a key', () => {
    const { app, s } = stack();
    raw(s, 'Plain', 'AWS::DLM::LifecyclePolicy', policy({ Encrypted: false }));
    raw(s, 'DefaultKey', 'AWS::DLM::LifecyclePolicy', policy({ Encrypted: true }));
    raw(s, 'Event', 'AWS::DLM::LifecyclePolicy', { Description: 'e', PolicyDetails: { PolicyType: 'EVENT_BASED_POLICY', Actions: [{ Name: 'a', CrossRegionCopy: [{ Target: 'us-west-2', EncryptionConfiguration: { Encrypted: true } }] }] } });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'DlmCrossRegionCopyEncryption', 'S/Plain')).toContain('Encrypted is false');
    expect(reasonOf(result, 'DlmCrossRegionCopyEncryption', 'S/DefaultKey')).toContain('CmkArn');
    expect(reasonOf(result, 'DlmCrossRegionCopyEncryption', 'S/Event')).toContain('EncryptionConfiguration.CmkArn');
  });

  test('escape hatch: the key removed after the L1 set it', () => {
    const { app, s, key } = stack();
    const p = new dlm.CfnLifecyclePolicy(s, 'Hatch', {
      description: 'd', policyDetails: { schedules: [{ name: 's', crossRegionCopyRules: [{ target: 'us-west-2', encrypted: true, cmkArn: key.keyArn }] }] },
    });
    p.addPropertyDeletionOverride('PolicyDetails.Schedules.0.CrossRegionCopyRules.0.CmkArn');
    expectFinding(synthWithPack(app), 'DlmCrossRegionCopyEncryption', 'S/Hatch');
  });

  test('deploy-time key, and default-policy copy targets, are unverifiable', () => {
    const { app, s, deployTime } = stack();
    for (const [id, v] of deployTime) raw(s, id, 'AWS::DLM::LifecyclePolicy', policy({ Encrypted: true, CmkArn: v }));
    raw(s, 'DefaultPolicy', 'AWS::DLM::LifecyclePolicy', { Description: 'x', DefaultPolicy: 'VOLUME', CrossRegionCopyTargets: [{ TargetRegion: 'us-west-2' }] });
    const result = synthWithPack(app);
    for (const [id] of [...deployTime, ['DefaultPolicy']]) expectFinding(result, 'DlmCrossRegionCopyEncryption', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-DsqlClusterCustomerManagedKey', () => {
  test('compliant, non-compliant (absent, AWS_OWNED_KMS_KEY, AWS-managed alias), escape hatch and deploy-time values', () => {
    const { app, s, key, deployTime } = stack();
    const good = raw(s, 'Good', 'AWS::DSQL::Cluster', { KmsEncryptionKey: key.keyArn });
    raw(s, 'Absent', 'AWS::DSQL::Cluster', {});
    raw(s, 'Owned', 'AWS::DSQL::Cluster', { KmsEncryptionKey: 'AWS_OWNED_KMS_KEY' });
    raw(s, 'Managed', 'AWS::DSQL::Cluster', { KmsEncryptionKey: 'alias/aws/dsql' });
    const hatch = raw(s, 'Hatch', 'AWS::DSQL::Cluster', { KmsEncryptionKey: key.keyArn });
    hatch.addPropertyOverride('KmsEncryptionKey', 'AWS_OWNED_KMS_KEY');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::DSQL::Cluster', { KmsEncryptionKey: v });
    const result = synthWithPack(app);
    expectNoFinding(result, 'DsqlClusterCustomerManagedKey', good.node.path);
    expect(reasonOf(result, 'DsqlClusterCustomerManagedKey', 'S/Owned')).toContain('AWS-owned');
    for (const id of ['S/Absent', 'S/Managed', 'S/Hatch']) expectFinding(result, 'DsqlClusterCustomerManagedKey', id);
    for (const [id] of deployTime) expectFinding(result, 'DsqlClusterCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-DmsS3TargetCustomerManagedKey', () => {
  const s3Target = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ EndpointType: 'target', EngineName: 's3', S3Settings: { BucketName: 'b', ...settings }, ...extra });

  test('compliant: SSE_KMS with a key of the app; S3 sources and database endpoints are not judged', () => {
    const { app, s, key } = stack();
    raw(s, 'Good', 'AWS::DMS::Endpoint', s3Target({ EncryptionMode: 'SSE_KMS', ServerSideEncryptionKmsKeyId: key.keyArn }));
    raw(s, 'Source', 'AWS::DMS::Endpoint', { EndpointType: 'source', EngineName: 's3', S3Settings: { BucketName: 'b' } });
    raw(s, 'Database', 'AWS::DMS::Endpoint', { EndpointType: 'target', EngineName: 'postgres', SslMode: 'verify-full' });
    expectNoFinding(synthWithPack(app), 'DmsS3TargetCustomerManagedKey');
  });

  test('non-compliant: default SSE_S3, and a Redshift target staging without a key', () => {
    const { app, s } = stack();
    raw(s, 'SseS3Implicit', 'AWS::DMS::Endpoint', s3Target({}));
    raw(s, 'Redshift', 'AWS::DMS::Endpoint', { EndpointType: 'target', EngineName: 'redshift', RedshiftSettings: { EncryptionMode: 'SSE_KMS' } });
    const result = synthWithPack(app);
    expect(reasonOf(result, 'DmsS3TargetCustomerManagedKey', 'S/SseS3Implicit')).toContain('default is SSE_S3');
    expect(reasonOf(result, 'DmsS3TargetCustomerManagedKey', 'S/Redshift')).toContain('RedshiftSettings.ServerSideEncryptionKmsKeyId');
  });

  test('escape hatch and deploy-time values', () => {
    const { app, s, key, deployTime } = stack();
    const hatch = raw(s, 'Hatch', 'AWS::DMS::Endpoint', s3Target({ EncryptionMode: 'SSE_KMS', ServerSideEncryptionKmsKeyId: key.keyArn }));
    hatch.addPropertyDeletionOverride('S3Settings.EncryptionMode');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::DMS::Endpoint', s3Target({ EncryptionMode: 'SSE_KMS', ServerSideEncryptionKmsKeyId: v }));
    const result = synthWithPack(app);
    expectFinding(result, 'DmsS3TargetCustomerManagedKey', 'S/Hatch');
    for (const [id] of deployTime) expectFinding(result, 'DmsS3TargetCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-DmsDataProviderSsl', () => {
  const provider = (settings: Record<string, unknown>) => ({ Engine: 'postgres', Settings: settings });

  test('compliant, non-compliant, escape hatch and deploy-time values', () => {
    const { app, s, deployTime } = stack();
    raw(s, 'Good', 'AWS::DMS::DataProvider', provider({ PostgreSqlSettings: { ServerName: 'db', SslMode: 'verify-full' } }));
    raw(s, 'Plain', 'AWS::DMS::DataProvider', provider({ PostgreSqlSettings: { ServerName: 'db', SslMode: 'none' } }));
    raw(s, 'Unset', 'AWS::DMS::DataProvider', provider({ MongoDbSettings: { ServerName: 'db' } }));
    const hatch = raw(s, 'Hatch', 'AWS::DMS::DataProvider', provider({ MySqlSettings: { ServerName: 'db', SslMode: 'require' } }));
    hatch.addPropertyOverride('Settings.MySqlSettings.SslMode', 'none');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::DMS::DataProvider', provider({ PostgreSqlSettings: { ServerName: 'db', SslMode: v } }));
    const result = synthWithPack(app);
    expectNoFinding(result, 'DmsDataProviderSsl', 'S/Good');
    expect(reasonOf(result, 'DmsDataProviderSsl', 'S/Plain')).toContain('SslMode is none');
    expect(reasonOf(result, 'DmsDataProviderSsl', 'S/Unset')).toContain('default is none');
    expectFinding(result, 'DmsDataProviderSsl', 'S/Hatch');
    for (const [id] of deployTime) expectFinding(result, 'DmsDataProviderSsl', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-BedrockAgentCoreHarnessMemoryCustomerManagedKey', () => {
  test('compliant, not applicable, non-compliant, escape hatch and deploy-time values', () => {
    const { app, s, key, deployTime } = stack();
    raw(s, 'Good', 'AWS::BedrockAgentCore::Harness', { Memory: { ManagedMemoryConfiguration: { EncryptionKeyArn: key.keyArn } } });
    raw(s, 'Disabled', 'AWS::BedrockAgentCore::Harness', { Memory: { Disabled: {} } });
    raw(s, 'External', 'AWS::BedrockAgentCore::Harness', { Memory: { AgentCoreMemoryConfiguration: { Arn: 'arn:aws:bedrock-agentcore:us-east-1:111122223333:memory/m' } } });
    raw(s, 'Implicit', 'AWS::BedrockAgentCore::Harness', {});
    const hatch = raw(s, 'Hatch', 'AWS::BedrockAgentCore::Harness', { Memory: { ManagedMemoryConfiguration: { EncryptionKeyArn: key.keyArn } } });
    hatch.addPropertyDeletionOverride('Memory.ManagedMemoryConfiguration.EncryptionKeyArn');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::BedrockAgentCore::Harness', { Memory: { ManagedMemoryConfiguration: { EncryptionKeyArn: v } } });
    const result = synthWithPack(app);
    for (const id of ['S/Good', 'S/Disabled', 'S/External']) expectNoFinding(result, 'BedrockAgentCoreHarnessMemoryCustomerManagedKey', id);
    for (const id of ['S/Implicit', 'S/Hatch']) expectFinding(result, 'BedrockAgentCoreHarnessMemoryCustomerManagedKey', id);
    for (const [id] of deployTime) expectFinding(result, 'BedrockAgentCoreHarnessMemoryCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-BedrockAgentCoreCapacityProviderVolumeKey', () => {
  const provider = (root: Record<string, unknown> | undefined, volumes: unknown[] = []) => ({
    ComputeConfiguration: { Ec2Configuration: { ...(root ? { RootVolume: root } : {}), Volumes: volumes } },
  });

  test('compliant, non-compliant, escape hatch and deploy-time values', () => {
    const { app, s, key, deployTime } = stack();
    raw(s, 'Good', 'AWS::BedrockAgentCore::CapacityProvider', provider({ KmsKeyId: key.keyArn }, [{ EbsConfiguration: { Name: 'v', SizeGiB: 10, KmsKeyId: key.keyArn } }]));
    raw(s, 'NoRoot', 'AWS::BedrockAgentCore::CapacityProvider', provider(undefined));
    raw(s, 'Unencrypted', 'AWS::BedrockAgentCore::CapacityProvider', provider({ KmsKeyId: key.keyArn }, [{ EbsConfiguration: { Name: 'v', SizeGiB: 10, Encrypted: false } }]));
    const hatch = raw(s, 'Hatch', 'AWS::BedrockAgentCore::CapacityProvider', provider({ KmsKeyId: key.keyArn }));
    hatch.addPropertyDeletionOverride('ComputeConfiguration.Ec2Configuration.RootVolume.KmsKeyId');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::BedrockAgentCore::CapacityProvider', provider({ KmsKeyId: v }));
    const result = synthWithPack(app);
    expectNoFinding(result, 'BedrockAgentCoreCapacityProviderVolumeKey', 'S/Good');
    expect(reasonOf(result, 'BedrockAgentCoreCapacityProviderVolumeKey', 'S/NoRoot')).toContain('RootVolume.KmsKeyId');
    expect(reasonOf(result, 'BedrockAgentCoreCapacityProviderVolumeKey', 'S/Unencrypted')).toContain('Volumes.0.EbsConfiguration.Encrypted is false');
    expectFinding(result, 'BedrockAgentCoreCapacityProviderVolumeKey', 'S/Hatch');
    for (const [id] of deployTime) expectFinding(result, 'BedrockAgentCoreCapacityProviderVolumeKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-ChimeCallAnalyticsOutputCustomerManagedKey', () => {
  const pipeline = (post: Record<string, unknown> | undefined) => ({
    Name: 'p', ResourceAccessRoleArn: 'arn:aws:iam::111122223333:role/r',
    Elements: [
      { Type: 'S3RecordingSink', S3RecordingSinkConfiguration: { Destination: 'arn:aws:s3:::recordings' } },
      { Type: 'AmazonTranscribeCallAnalyticsProcessor', AmazonTranscribeCallAnalyticsProcessorConfiguration: { LanguageCode: 'en-US', ...(post ? { PostCallAnalyticsSettings: { OutputLocation: 's3://out', DataAccessRoleArn: 'arn:aws:iam::111122223333:role/r', ...post } } : {}) } },
    ],
  });

  test('compliant, not applicable, non-compliant, escape hatch and deploy-time values', () => {
    const { app, s, key, deployTime } = stack();
    raw(s, 'Good', 'AWS::Chime::MediaInsightsPipelineConfiguration', pipeline({ OutputEncryptionKMSKeyId: key.keyArn }));
    raw(s, 'NoPostCall', 'AWS::Chime::MediaInsightsPipelineConfiguration', pipeline(undefined));
    raw(s, 'NoKey', 'AWS::Chime::MediaInsightsPipelineConfiguration', pipeline({}));
    const hatch = raw(s, 'Hatch', 'AWS::Chime::MediaInsightsPipelineConfiguration', pipeline({ OutputEncryptionKMSKeyId: key.keyArn }));
    hatch.addPropertyDeletionOverride('Elements.1.AmazonTranscribeCallAnalyticsProcessorConfiguration.PostCallAnalyticsSettings.OutputEncryptionKMSKeyId');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::Chime::MediaInsightsPipelineConfiguration', pipeline({ OutputEncryptionKMSKeyId: v }));
    const result = synthWithPack(app);
    for (const id of ['S/Good', 'S/NoPostCall']) expectNoFinding(result, 'ChimeCallAnalyticsOutputCustomerManagedKey', id);
    for (const id of ['S/NoKey', 'S/Hatch']) expectFinding(result, 'ChimeCallAnalyticsOutputCustomerManagedKey', id);
    for (const [id] of deployTime) expectFinding(result, 'ChimeCallAnalyticsOutputCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});

describe('DermaShield-CustomerProfilesObjectTypeKey', () => {
  test('the domain key (absent) and a key of the app pass; an AWS-managed alias fails; escape hatch; deploy-time values', () => {
    const { app, s, key, deployTime } = stack();
    raw(s, 'Inherit', 'AWS::CustomerProfiles::ObjectType', { DomainName: 'd', ObjectTypeName: 'o', Description: 'x' });
    raw(s, 'Own', 'AWS::CustomerProfiles::DomainObjectType', { DomainName: 'd', ObjectTypeName: 'o', EncryptionKey: key.keyArn });
    raw(s, 'Managed', 'AWS::CustomerProfiles::ObjectType', { DomainName: 'd', ObjectTypeName: 'o', EncryptionKey: 'alias/aws/profile' });
    const hatch = raw(s, 'Hatch', 'AWS::CustomerProfiles::DomainObjectType', { DomainName: 'd', ObjectTypeName: 'o', EncryptionKey: key.keyArn });
    hatch.addPropertyOverride('EncryptionKey', 'alias/aws/profile');
    for (const [id, v] of deployTime) raw(s, id, 'AWS::CustomerProfiles::ObjectType', { DomainName: 'd', ObjectTypeName: 'o', EncryptionKey: v });
    const result = synthWithPack(app);
    for (const id of ['S/Inherit', 'S/Own']) expectNoFinding(result, 'CustomerProfilesObjectTypeKey', id);
    for (const id of ['S/Managed', 'S/Hatch']) expectFinding(result, 'CustomerProfilesObjectTypeKey', id);
    for (const [id] of deployTime) expectFinding(result, 'CustomerProfilesObjectTypeKey', `S/${id}`, { unverifiable: true });
  });
});
