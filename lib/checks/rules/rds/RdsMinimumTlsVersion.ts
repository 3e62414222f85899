import { defineRule, fail, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { defaultGroupFailure, parameterSource, parameterValue, ParameterValue, unknownEngine } from './rds-support';

/** TLS protocol versions at or above 1.2, as the engines spell them. */
const MODERN = new Set(['tlsv1.2', 'tlsv1.3']);

/** DS-RDS-3: the DB accepts only TLS 1.2 or newer. */
export const RdsMinimumTlsVersion = defineRule({
  name: 'RdsMinimumTlsVersion',
  controlId: 'DS-RDS-3',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  requirement: 'RDS DB instances and clusters must use a parameter group that allows only TLS 1.2 or newer: '
    + 'ssl_min_protocol_version = TLSv1.2 or TLSv1.3 (PostgreSQL, Aurora PostgreSQL), tls_version listing only TLSv1.2/TLSv1.3 '
    + '(MySQL, MariaDB, Aurora MySQL), or rds.tls10 and rds.tls11 = disabled (SQL Server).',
  explanation: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and do not meet HIPAA transmission-security guidance. The minimum '
    + 'protocol is a parameter-group setting whose default differs between engine versions, so it must be set explicitly. '
    + 'Use EhrDatabase, or set the parameter in your own parameter group (the cluster parameter group for Aurora).',
  evaluate(resource): RuleOutcome {
    const source = parameterSource(resource);
    if (source.kind === 'outcome') return source.outcome;
    const want = {
      postgres: 'ssl_min_protocol_version = TLSv1.2',
      mysql: 'tls_version = TLSv1.2 (or TLSv1.2,TLSv1.3)',
      sqlserver: 'rds.tls10 = disabled and rds.tls11 = disabled',
      other: '',
    }[source.family];
    if (source.family === 'other') return unknownEngine(source.engine);
    if (source.kind === 'default') return defaultGroupFailure(source.detail, want);
    const where = `parameter group ${source.group.logicalId}`;
    const p = source.parameters;
    switch (source.family) {
      case 'postgres':
        return judgeList(parameterValue(p, 'ssl_min_protocol_version'), 'ssl_min_protocol_version', where, want);
      case 'mysql':
        return judgeList(parameterValue(p, 'tls_version'), 'tls_version', where, want);
      case 'sqlserver':
        return worst([
          judgeDisabled(parameterValue(p, 'rds.tls10'), 'rds.tls10', where),
          judgeDisabled(parameterValue(p, 'rds.tls11'), 'rds.tls11', where),
        ]);
    }
  },
});

/** A single version (`TLSv1.2`) or a comma-separated list (`TLSv1.2,TLSv1.3`): every entry must be 1.2 or newer. */
function judgeList(value: ParameterValue, name: string, where: string, want: string): RuleOutcome {
  if (value.state === 'unverifiable') return unverifiable(`${name} in ${where} is ${value.why}`);
  if (value.state === 'absent') {
    return fail(`${where} does not set ${name}; the engine default allows TLS 1.0/1.1 on some versions, so set ${want}`);
  }
  const versions = value.value.split(',').map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  if (versions.length > 0 && versions.every((v) => MODERN.has(v))) return pass();
  return fail(`${name} is ${JSON.stringify(value.value)} in ${where}; it must allow only TLSv1.2 or TLSv1.3`);
}

/** SQL Server: each old protocol must be explicitly `disabled` (`default` follows the minor version's OS default). */
function judgeDisabled(value: ParameterValue, name: string, where: string): RuleOutcome {
  if (value.state === 'unverifiable') return unverifiable(`${name} in ${where} is ${value.why}`);
  if (value.state === 'known' && value.value.toLowerCase() === 'disabled') return pass();
  const got = value.state === 'absent' ? 'not set' : JSON.stringify(value.value);
  return fail(`${name} is ${got} in ${where}; it must be 'disabled' (the default depends on the minor engine version)`);
}
