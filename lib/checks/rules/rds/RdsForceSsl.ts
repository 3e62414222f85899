import { defineRule, fail, pass, RuleOutcome, unverifiable } from '../../rule';
import { defaultGroupFailure, EngineFamily, parameterSource, parameterValue, unknownEngine } from './rds-support';

/** The parameter that forces TLS, per engine family, and the values that mean "on". */
const FORCE_TLS: Partial<Record<EngineFamily, { readonly name: string; readonly on: RegExp; readonly want: string }>> = {
  postgres: { name: 'rds.force_ssl', on: /^(1|on|true)$/i, want: 'rds.force_ssl = 1' },
  mysql: { name: 'require_secure_transport', on: /^(1|on|true)$/i, want: 'require_secure_transport = ON' },
  sqlserver: { name: 'rds.force_ssl', on: /^(1|on|true)$/i, want: 'rds.force_ssl = 1' },
};

/** DS-RDS-2: the DB refuses connections that do not use TLS. */
export const RdsForceSsl = defineRule({
  name: 'RdsForceSsl',
  controlId: 'DS-RDS-2',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  requirement: 'RDS DB instances and clusters must use a parameter group that forces TLS: rds.force_ssl = 1 '
    + '(PostgreSQL, Aurora PostgreSQL, SQL Server) or require_secure_transport = ON (MySQL, MariaDB, Aurora MySQL).',
  explanation: 'Without it, a client that asks for a plaintext connection gets one, and ePHI crosses the network unencrypted. '
    + 'The engine default parameter group cannot be changed and its TLS default varies by engine version, so it fails. '
    + 'Use EhrDatabase, or attach your own parameter group (cluster parameter group for Aurora and Multi-AZ clusters) '
    + 'that sets the parameter. A group this template does not define cannot be verified.',
  evaluate(resource): RuleOutcome {
    const source = parameterSource(resource);
    if (source.kind === 'outcome') return source.outcome;
    const spec = FORCE_TLS[source.family];
    if (!spec) return unknownEngine(source.engine);
    if (source.kind === 'default') return defaultGroupFailure(source.detail, spec.want);
    const value = parameterValue(source.parameters, spec.name);
    const where = `parameter group ${source.group.logicalId}`;
    if (value.state === 'unverifiable') return unverifiable(`${spec.name} in ${where} is ${value.why}`);
    if (value.state === 'absent') {
      return fail(`${where} does not set ${spec.name}; the engine default is off for many versions, so set ${spec.want} explicitly`);
    }
    if (spec.on.test(value.value)) return pass();
    return fail(`${spec.name} is ${JSON.stringify(value.value)} in ${where}; it must be ${spec.want.split(' = ')[1]}`);
  },
});
