import { EffectiveResource } from '../../effective';
import { fail, notApplicable, RuleOutcome, unverifiable } from '../../rule';
import { isIntrinsic, describeIntrinsic, readObject, readString } from '../../values';

/**
 * Shared reading of RDS resources for the RDS rules: which engine family a DB runs, and which parameter group
 * (and so which TLS settings) it really uses. Not a rule.
 */

/** Engine families whose TLS parameters the pack knows. */
export type EngineFamily = 'postgres' | 'mysql' | 'sqlserver' | 'other';

/**
 * The family of an `Engine` value (`postgres`, `aurora-postgresql`, `mysql`, `mariadb`, `aurora-mysql`, `aurora`,
 * `sqlserver-se`...) or of a parameter group `Family` (`postgres16`, `aurora-postgresql16`, `mysql8.0`,
 * `mariadb10.11`, `aurora-mysql8.0`, `sqlserver-se-16.0`...).
 */
export function engineFamily(engineOrFamily: string): EngineFamily {
  const e = engineOrFamily.toLowerCase();
  if (/^(aurora-postgresql|postgres)/.test(e)) return 'postgres';
  if (/^(aurora-mysql|aurora(\d|$)|mysql|mariadb)/.test(e)) return 'mysql';
  if (/^sqlserver-/.test(e)) return 'sqlserver';
  return 'other';
}

/** True for a `AWS::RDS::DBInstance` that belongs to an Aurora cluster (the cluster owns encryption and TLS). */
export function isClusterMember(resource: EffectiveResource): boolean {
  return resource.type === 'AWS::RDS::DBInstance' && resource.properties.DBClusterIdentifier !== undefined
    && resource.properties.DBClusterIdentifier !== null;
}

/** What the pack could establish about the parameters a DB instance or cluster runs with. */
export type ParameterSource =
  | {
    readonly kind: 'group';
    /** The engine family (from `Engine`, else from the group's `Family`). */
    readonly family: EngineFamily;
    /** The engine or family string the family came from, for messages. */
    readonly engine: string;
    /** The parameter group resource in the template. */
    readonly group: EffectiveResource;
    /** The group's literal `Parameters` map. */
    readonly parameters: Readonly<Record<string, unknown>>;
  }
  | { readonly kind: 'default'; readonly family: EngineFamily; readonly engine: string; readonly detail: string }
  | { readonly kind: 'outcome'; readonly outcome: RuleOutcome };

const GROUP_TYPES: Record<string, { property: string; type: string }> = {
  'AWS::RDS::DBInstance': { property: 'DBParameterGroupName', type: 'AWS::RDS::DBParameterGroup' },
  'AWS::RDS::DBCluster': { property: 'DBClusterParameterGroupName', type: 'AWS::RDS::DBClusterParameterGroup' },
};

/**
 * Find the parameters that govern TLS for a DB instance or cluster.
 *
 * - Aurora member instances are not applicable (TLS lives in the cluster parameter group).
 * - No parameter group (or a literal `default.*` name) means the engine's default group, which the caller fails:
 *   it cannot be changed and its TLS defaults differ between engine versions.
 * - A `Ref` to a parameter group of the right type in the same template is read.
 * - Anything else (a name of a group defined elsewhere, a parameter, an import) cannot be verified.
 */
export function parameterSource(resource: EffectiveResource): ParameterSource {
  if (isClusterMember(resource)) return { kind: 'outcome', outcome: notApplicable() };
  const spec = GROUP_TYPES[resource.type];
  if (!spec) return { kind: 'outcome', outcome: notApplicable() };

  const engineRead = readString(resource.properties, 'Engine');
  if (engineRead.state === 'unverifiable') return { kind: 'outcome', outcome: unverifiable(`Engine is ${engineRead.why}`) };

  const raw = resource.properties[spec.property];
  const target = resource.stack.resolve(raw);
  let group: EffectiveResource | undefined;
  let defaultName: string | undefined;
  switch (target.kind) {
    case 'absent':
      defaultName = '(none)';
      break;
    case 'unverifiable':
      return { kind: 'outcome', outcome: unverifiable(`${spec.property} is ${target.why}, so the pack cannot read its TLS parameters`) };
    case 'literal':
      if (/^default\./i.test(target.value)) {
        defaultName = target.value;
        break;
      }
      return {
        kind: 'outcome',
        outcome: unverifiable(`${spec.property} names '${target.value}', a parameter group not defined in this template, so the pack cannot read its TLS parameters`),
      };
    case 'resource':
      if (target.resource.type !== spec.type || target.attribute !== undefined) {
        return {
          kind: 'outcome',
          outcome: unverifiable(`${spec.property} refers to ${target.resource.logicalId} (${target.resource.type}), not an ${spec.type}`),
        };
      }
      group = target.resource;
      break;
  }

  let engine: string | undefined = engineRead.state === 'known' ? engineRead.value : undefined;
  if (engine === undefined && group) {
    const family = readString(group.properties, 'Family');
    if (family.state === 'known') engine = family.value;
  }
  if (engine === undefined) {
    return { kind: 'outcome', outcome: unverifiable('Engine is not set (restored or replicated DB) and no parameter group family names it') };
  }
  const family = engineFamily(engine);

  if (!group) {
    const detail = defaultName === '(none)'
      ? `${spec.property} is not set, so the engine's default parameter group is used`
      : `${spec.property} is the engine's default parameter group ${defaultName}`;
    return { kind: 'default', family, engine, detail };
  }
  const parameters = readObject(group.properties, 'Parameters');
  if (parameters.state === 'unverifiable') {
    return { kind: 'outcome', outcome: unverifiable(`Parameters of ${group.logicalId} is ${parameters.why}`) };
  }
  return { kind: 'group', family, engine, group, parameters: parameters.state === 'known' ? parameters.value : {} };
}

/** A parameter value of a group, as far as synthesis can tell. */
export type ParameterValue =
  | { readonly state: 'known'; readonly value: string }
  | { readonly state: 'absent' }
  | { readonly state: 'unverifiable'; readonly why: string };

/** Read one parameter of a group (RDS parameter names are case-sensitive; values are strings or numbers). */
export function parameterValue(parameters: Readonly<Record<string, unknown>>, name: string): ParameterValue {
  if (!Object.prototype.hasOwnProperty.call(parameters, name)) return { state: 'absent' };
  const value = parameters[name];
  if (value === undefined || value === null) return { state: 'absent' };
  if (isIntrinsic(value)) return { state: 'unverifiable', why: describeIntrinsic(value) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { state: 'known', value: String(value).trim() };
  }
  return { state: 'unverifiable', why: `${JSON.stringify(value)} is not a parameter value` };
}

/** The outcome for an engine whose TLS parameters the pack does not model (Oracle, Db2, custom engines). */
export function unknownEngine(engine: string): RuleOutcome {
  return unverifiable(`the pack does not model TLS settings for engine '${engine}' (Oracle and Db2 configure TLS in option groups `
    + 'or server settings); acknowledge with the evidence that TLS is enforced');
}

/** The failure for a DB on its engine's default parameter group. */
export function defaultGroupFailure(detail: string, needs: string): RuleOutcome {
  return fail(`${detail}; default groups cannot be changed and their TLS defaults differ between engine versions, `
    + `so attach a parameter group that sets ${needs}`);
}

/** Properties that make a DB a copy: restored from a snapshot or backup, or a (possibly cross-Region) replica. */
const COPY_PROPERTIES: Record<string, readonly string[]> = {
  'AWS::RDS::DBInstance': [
    'DBSnapshotIdentifier', 'SourceDBInstanceIdentifier', 'SourceDbiResourceId', 'SourceDBInstanceAutomatedBackupsArn',
    'SourceDBClusterIdentifier',
  ],
  'AWS::RDS::DBCluster': ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier'],
};

/** The property that makes the DB a copy of another (snapshot, backup, source DB), if any. */
export function copySource(resource: EffectiveResource): string | undefined {
  return (COPY_PROPERTIES[resource.type] ?? []).find((p) => resource.properties[p] !== undefined && resource.properties[p] !== null);
}

/**
 * The source DB of a same-Region copy when it is defined in the same template: a read replica
 * (`SourceDBInstanceIdentifier`) or a point-in-time restore of a cluster (`SourceDBClusterIdentifier`). Such a copy
 * without `KmsKeyId` keeps its source's key, which is judged on the source.
 */
export function localCopySource(resource: EffectiveResource, property: string): EffectiveResource | undefined {
  const sameType = (resource.type === 'AWS::RDS::DBInstance' && property === 'SourceDBInstanceIdentifier')
    || (resource.type === 'AWS::RDS::DBCluster' && property === 'SourceDBClusterIdentifier');
  if (!sameType) return undefined;
  const value = resource.properties[property];
  const target = resource.stack.resolve(value);
  if (target.kind === 'resource') return target.resource.type === resource.type ? target.resource : undefined;
  // aws-cdk-lib names the source by its ARN, built with Fn::Join from a Ref to it and this stack's Region.
  const referenced = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.Ref === 'string') referenced.add(o.Ref);
      else Object.values(o).forEach(walk);
    }
  };
  if (value && typeof value === 'object' && 'Fn::Join' in value) walk(value);
  const sources = [...referenced].map((id) => resource.stack.resources.get(id)).filter((r) => r?.type === resource.type);
  return sources.length === 1 ? sources[0] : undefined;
}
