import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { checkTlsParameters, EHR_TLS_PARAMETERS, ownParameters, renderedParameters } from '../../lib/database/parameters';
import { expectDermaShieldError } from '../support/errors';

// The parameter-group seam of EhrDatabase, on plain parameter maps: what the construct renders and what it accepts.
// (test/database/ehr-database.test.ts covers the same checks through the construct.)

function scope(): { stack: Stack; db: Construct } {
  const stack = new Stack(new App(), 'S');
  return { stack, db: new Construct(stack, 'Db') };
}

const instanceEngine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_17_6 });
const clusterEngine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_6 });

describe('EhrDatabase parameters', () => {
  describe('ownParameters', () => {
    test('the TLS settings alone when nothing is added', () => {
      expect(ownParameters()).toEqual({ 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.2' });
      expect(ownParameters()).toEqual(EHR_TLS_PARAMETERS);
    });

    test('extra parameters are kept; the TLS settings are laid over a weaker value, never under it', () => {
      expect(ownParameters({ log_min_duration_statement: '1000', 'rds.force_ssl': '0' }))
        .toEqual({ log_min_duration_statement: '1000', 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.2' });
    });

    test('a stricter minimum TLS version the user asks for is kept, not lowered to the floor', () => {
      expect(ownParameters({ ssl_min_protocol_version: 'TLSv1.3' })).toEqual({ 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.3' });
    });

    test('EHR_TLS_PARAMETERS cannot be weakened at run time', () => {
      expect(Object.isFrozen(EHR_TLS_PARAMETERS)).toBe(true);
    });
  });

  describe('checkTlsParameters', () => {
    test.each([
      ['both at the floor', { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.2' }],
      ['stricter TLS', { 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.3' }],
      ['rds.force_ssl as a number (rds.ParameterGroup keeps what it is given)', { 'rds.force_ssl': 1, 'ssl_min_protocol_version': 'TLSv1.2' }],
    ])('a group that must set them: %s passes', (_name, parameters) => {
      const { db } = scope();
      expect(() => checkTlsParameters(db, 'parameterGroup', parameters, true)).not.toThrow();
    });

    test('a group that must set them fails on the first one missing, naming the prop and the control', () => {
      const { db } = scope();
      expectDermaShieldError(() => checkTlsParameters(db, 'parameterGroup', {}, true),
        'EhrDatabaseForceSsl', "parameterGroup rds.force_ssl is not set; it must be '1' so every connection uses TLS (control DS-RDS-2).");
      expectDermaShieldError(() => checkTlsParameters(db, 'parameterGroup', { 'rds.force_ssl': '1' }, true),
        'EhrDatabaseMinimumTls', "parameterGroup ssl_min_protocol_version is not set; it must be 'TLSv1.2' or 'TLSv1.3' (control DS-RDS-3).");
    });

    test('extra parameters may leave them out (the construct adds them), but may not weaken them', () => {
      const { db } = scope();
      expect(() => checkTlsParameters(db, 'parameters', { log_statement: 'ddl' }, false)).not.toThrow();
      expectDermaShieldError(() => checkTlsParameters(db, 'parameters', { 'rds.force_ssl': 0 }, false), 'EhrDatabaseForceSsl', 'parameters rds.force_ssl "0"');
      expectDermaShieldError(() => checkTlsParameters(db, 'parameters', { ssl_min_protocol_version: 'TLSv1.1' }, false),
        'EhrDatabaseMinimumTls', 'parameters ssl_min_protocol_version "TLSv1.1"');
    });

    test.each(['TLSv1', 'TLSv1.1', '', 'TLSv1.2 '])('ssl_min_protocol_version %j is rejected', (value) => {
      const { db } = scope();
      expectDermaShieldError(() => checkTlsParameters(db, 'parameters', { ssl_min_protocol_version: value }, false),
        'EhrDatabaseMinimumTls', `parameters ssl_min_protocol_version ${JSON.stringify(value)}`);
    });

    test('a value chosen at deploy time (a token) is left to the pack, even where the group must set it', () => {
      const { stack, db } = scope();
      const forceSsl = new CfnParameter(stack, 'ForceSsl', { type: 'String' }).valueAsString;
      const minTls = new CfnParameter(stack, 'MinTls', { type: 'Number' }).valueAsNumber;
      expect(() => checkTlsParameters(db, 'parameterGroup', { 'rds.force_ssl': forceSsl, 'ssl_min_protocol_version': minTls }, true)).not.toThrow();
    });

    test('the error names the construct it is given, not where the check lives', () => {
      const { db } = scope();
      const e = expectDermaShieldError(() => checkTlsParameters(db, 'parameters', { 'rds.force_ssl': 'off' }, false), 'EhrDatabaseForceSsl');
      expect(e.constructPath).toBe('S/Db');
    });
  });

  describe('renderedParameters', () => {
    test('reads what an instance parameter group deploys with, parameters added after creation included', () => {
      const { stack, db } = scope();
      const group = new rds.ParameterGroup(stack, 'Pg', { engine: instanceEngine, parameters: { 'rds.force_ssl': '1' } });
      group.addParameter('ssl_min_protocol_version', 'TLSv1.3');
      expect(renderedParameters(db, group, false)).toEqual({ 'rds.force_ssl': '1', 'ssl_min_protocol_version': 'TLSv1.3' });
      expect(group.node.children.map((c) => (c as any).cfnResourceType)).toEqual([rds.CfnDBParameterGroup.CFN_RESOURCE_TYPE_NAME]);
    });

    test('reads the cluster parameter group for an Aurora cluster', () => {
      const { stack, db } = scope();
      const group = new rds.ParameterGroup(stack, 'Pg', { engine: clusterEngine, parameters: { 'rds.force_ssl': '0', 'ssl_min_protocol_version': 'TLSv1.2' } });
      expect(renderedParameters(db, group, true)).toEqual({ 'rds.force_ssl': '0', 'ssl_min_protocol_version': 'TLSv1.2' });
      expect(group.node.children.map((c) => (c as any).cfnResourceType)).toEqual([rds.CfnDBClusterParameterGroup.CFN_RESOURCE_TYPE_NAME]);
    });

    test('a group without parameters reads as an empty map, so a required check fails on it', () => {
      const { stack, db } = scope();
      const rendered = renderedParameters(db, new rds.ParameterGroup(stack, 'Pg', { engine: instanceEngine }), false);
      expect(rendered).toEqual({});
      expectDermaShieldError(() => checkTlsParameters(db, 'parameterGroup', rendered!, true), 'EhrDatabaseForceSsl', 'is not set');
    });

    test('an imported group has nothing to read: undefined, not an empty map', () => {
      const { stack, db } = scope();
      expect(renderedParameters(db, rds.ParameterGroup.fromParameterGroupName(stack, 'Pg', 'practice-pg17'), false)).toBeUndefined();
      expect(renderedParameters(db, rds.ParameterGroup.fromParameterGroupName(stack, 'Apg', 'practice-apg17'), true)).toBeUndefined();
    });
  });
});
