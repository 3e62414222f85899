import { App, CfnParameter, Duration, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { EhrDatabaseEngine, EhrDatabaseProps } from '../../lib';
import { validateEhrDatabaseProps } from '../../lib/database/validate';
import { expectDermaShieldError } from '../support/errors';

// The prop checks on their own, without building a database: the engine-option matrix, what is left to the pack
// (tokens), and that checking creates nothing. (test/database/ehr-database.test.ts covers the floor through the construct.)

const { POSTGRES_INSTANCE: INSTANCE, AURORA_POSTGRES_CLUSTER: CLUSTER } = EhrDatabaseEngine;

function scope(): { stack: Stack; db: Construct } {
  const stack = new Stack(new App(), 'S');
  return { stack, db: new Construct(stack, 'Db') };
}

/** Validation never reads the VPC, so these props leave it out. */
function props(p: Partial<EhrDatabaseProps>): EhrDatabaseProps {
  return p as EhrDatabaseProps;
}

describe('validateEhrDatabaseProps', () => {
  describe('props that belong to one engine', () => {
    test.each([
      [INSTANCE, { auroraPostgresVersion: rds.AuroraPostgresEngineVersion.VER_17_6 }, 'EhrDatabaseEngineMismatch', /^auroraPostgresVersion is only valid with engine AURORA_POSTGRES_CLUSTER/],
      [CLUSTER, { postgresVersion: rds.PostgresEngineVersion.VER_17_6 }, 'EhrDatabaseEngineMismatch', /^postgresVersion is only valid with engine POSTGRES_INSTANCE/],
      [CLUSTER, { multiAz: false }, 'EhrDatabaseEngineMismatch', /^multiAz and allocatedStorageGiB are only valid with engine POSTGRES_INSTANCE/],
      [CLUSTER, { allocatedStorageGiB: 100 }, 'EhrDatabaseEngineMismatch', /^multiAz and allocatedStorageGiB are only valid with engine POSTGRES_INSTANCE/],
      [INSTANCE, { readers: 0 }, 'EhrDatabaseEngineMismatch', /^readers is only valid with engine AURORA_POSTGRES_CLUSTER/],
      [INSTANCE, { postgresVersion: rds.PostgresEngineVersion.VER_12_22 }, 'EhrDatabaseVersion', /^PostgreSQL major version 12 is not allowed; use 13 or newer/],
      [CLUSTER, { auroraPostgresVersion: rds.AuroraPostgresEngineVersion.VER_12_22 }, 'EhrDatabaseVersion', /^PostgreSQL major version 12 is not allowed; use 13 or newer/],
    ])('%s rejects %j', (engine, p, code, message) => {
      const { db } = scope();
      const e = expectDermaShieldError(() => validateEhrDatabaseProps(db, props(p), engine), code);
      // The message starts with the scope's class and path (here a bare Construct; the construct passes itself).
      expect(e.message.replace("Construct 'S/Db': ", '')).toMatch(message);
    });

    test.each([
      [INSTANCE, { postgresVersion: rds.PostgresEngineVersion.VER_13_1, multiAz: false, allocatedStorageGiB: 20 }],
      [CLUSTER, { auroraPostgresVersion: rds.AuroraPostgresEngineVersion.VER_13_23, readers: 0 }],
      [CLUSTER, { readers: 15 }],
    ])('%s accepts %j', (engine, p) => {
      const { db } = scope();
      expect(() => validateEhrDatabaseProps(db, props(p), engine)).not.toThrow();
    });

    test('an engine that is not in the enum is refused before anything else is looked at', () => {
      const { db } = scope();
      expectDermaShieldError(() => validateEhrDatabaseProps(db, props({ publiclyAccessible: true }), 'mysql' as EhrDatabaseEngine),
        'EhrDatabaseEngine', 'engine "mysql" is not supported');
    });
  });

  describe('a value chosen at deploy time is left to the pack', () => {
    // Each token would fail its check if it were read as a value (a token number is a huge negative number).
    const tokens: Array<[string, (s: Stack) => Partial<EhrDatabaseProps>, EhrDatabaseEngine]> = [
      ['identifier', (s) => ({ identifier: new CfnParameter(s, 'P', { type: 'String' }).valueAsString }), INSTANCE],
      ['port', (s) => ({ port: new CfnParameter(s, 'P', { type: 'Number' }).valueAsNumber }), INSTANCE],
      ['readers', (s) => ({ readers: new CfnParameter(s, 'P', { type: 'Number' }).valueAsNumber }), CLUSTER],
      ['allocatedStorageGiB', (s) => ({ allocatedStorageGiB: new CfnParameter(s, 'P', { type: 'Number' }).valueAsNumber }), INSTANCE],
      ['backupRetention', (s) => ({ backupRetention: Duration.days(new CfnParameter(s, 'P', { type: 'Number' }).valueAsNumber) }), INSTANCE],
      ['logRetention', (s) => ({ logRetention: new CfnParameter(s, 'P', { type: 'Number' }).valueAsNumber as logs.RetentionDays }), INSTANCE],
      ['monitoringInterval', (s) => ({ monitoringInterval: Duration.seconds(new CfnParameter(s, 'P', { type: 'Number' }).valueAsNumber) }), INSTANCE],
    ];
    test.each(tokens)('%s', (_prop, make, engine) => {
      const { stack, db } = scope();
      expect(() => validateEhrDatabaseProps(db, props(make(stack)), engine)).not.toThrow();
    });
  });

  test('an AWS-managed key is refused by its ARN as well as by its alias', () => {
    const { stack, db } = scope();
    const byArn = kms.Key.fromKeyArn(stack, 'ByArn', 'arn:aws:kms:us-east-1:111111111111:alias/aws/rds');
    expectDermaShieldError(() => validateEhrDatabaseProps(db, props({ encryptionKey: byArn }), INSTANCE),
      'EhrDatabaseAwsManagedKey', 'encryptionKey arn:aws:kms:us-east-1:111111111111:alias/aws/rds is an AWS-managed key');
    const own = kms.Alias.fromAliasName(stack, 'Own', 'alias/practice/ehr');
    expect(() => validateEhrDatabaseProps(db, props({ encryptionKey: own }), INSTANCE)).not.toThrow();
  });

  test('checking creates nothing under the construct, even when it reads a user\'s own parameter group', () => {
    const { stack, db } = scope();
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_17_6 });
    const parameterGroup = new rds.ParameterGroup(stack, 'Pg', { engine, parameters: { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.3' } });
    validateEhrDatabaseProps(db, props({ parameterGroup, port: 6432, backupRetention: Duration.days(7) }), INSTANCE);
    expect(db.node.children).toEqual([]);
  });
});
