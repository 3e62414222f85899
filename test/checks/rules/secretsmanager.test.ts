/** Secrets Manager replica Regions (DS-SM-10). */
import { CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../../support/harness';

function stack() {
  const app = testApp();
  const s = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  return { app, s, key: new kms.Key(s, 'Cmk', { enableKeyRotation: true }) };
}
const REPLICA_KEY = 'arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab';

describe('DermaShield-SecretReplicaCustomerManagedKey', () => {
  test('compliant: the replica names a multi-Region replica key declared as a CMK; a secret without replicas is not judged', () => {
    const { app, s, key } = stack();
    new secretsmanager.Secret(s, 'Replicated', { encryptionKey: key,
      replicaRegions: [{ region: 'us-west-2', encryptionKey: kms.Key.fromKeyArn(s, 'Replica', REPLICA_KEY) }] });
    new secretsmanager.Secret(s, 'Single', { encryptionKey: key });
    expectNoFinding(synthWithPack(app, { externalCustomerManagedKeyArns: [REPLICA_KEY] }), 'SecretReplicaCustomerManagedKey');
  });

  test('non-compliant: a replica without a key (aws/secretsmanager in its Region)', () => {
    const { app, s, key } = stack();
    new secretsmanager.Secret(s, 'Replicated', { encryptionKey: key, replicaRegions: [{ region: 'us-west-2' }] });
    const result = synthWithPack(app);
    expect(expectFinding(result, 'SecretReplicaCustomerManagedKey', 'S/Replicated').description).toContain('ReplicaRegions.0.KmsKeyId');
    expectNoFinding(result, 'SecretCustomerManagedKey', 'S/Replicated');
  });

  test('escape hatch: the replica key swapped to alias/aws/secretsmanager after the L2 set it', () => {
    const { app, s, key } = stack();
    const secret = new secretsmanager.Secret(s, 'Replicated', { encryptionKey: key,
      replicaRegions: [{ region: 'us-west-2', encryptionKey: kms.Key.fromKeyArn(s, 'Replica', REPLICA_KEY) }] });
    (secret.node.defaultChild as secretsmanager.CfnSecret).addPropertyOverride('ReplicaRegions.0.KmsKeyId', 'alias/aws/secretsmanager');
    expectFinding(synthWithPack(app, { externalCustomerManagedKeyArns: [REPLICA_KEY] }), 'SecretReplicaCustomerManagedKey', 'S/Replicated');
  });

  test('raw CfnResource: the second replica has no key', () => {
    const { app, s, key } = stack();
    new CfnResource(s, 'Raw', { type: 'AWS::SecretsManager::Secret', properties: { KmsKeyId: key.keyArn,
      ReplicaRegions: [{ Region: 'us-west-2', KmsKeyId: key.keyArn }, { Region: 'eu-west-1' }] } });
    expect(expectFinding(synthWithPack(app), 'SecretReplicaCustomerManagedKey', 'S/Raw').description).toContain('ReplicaRegions.1.KmsKeyId');
  });

  test('token: replica key from a parameter, an import or Fn::If is unverifiable', () => {
    const { app, s, key } = stack();
    const p = new CfnParameter(s, 'K', { type: 'String' });
    const cond = new CfnCondition(s, 'C', { expression: Fn.conditionEquals(p.valueAsString, 'x') });
    const raw = (id: string, replicaKey: unknown) => new CfnResource(s, id, { type: 'AWS::SecretsManager::Secret',
      properties: { KmsKeyId: key.keyArn, ReplicaRegions: [{ Region: 'us-west-2', KmsKeyId: replicaKey }] } });
    raw('ByParam', p.valueAsString);
    raw('ByImport', Fn.importValue('ReplicaKey'));
    raw('ByIf', Fn.conditionIf(cond.logicalId, 'a', 'b'));
    const result = synthWithPack(app);
    for (const id of ['ByParam', 'ByImport', 'ByIf']) expectFinding(result, 'SecretReplicaCustomerManagedKey', `S/${id}`, { unverifiable: true });
  });
});
