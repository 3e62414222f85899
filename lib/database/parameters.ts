import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { DermaShieldError } from '../errors';
import { EhrDatabaseProps } from './ehr-database-props';

// The TLS floor of an EhrDatabase lives in its parameter group (controls DS-RDS-2 and DS-RDS-3). This file renders the
// group the construct owns and checks a parameter map, ours or the one a user's own group deploys with.

/** TLS settings the construct's parameter group always carries (controls DS-RDS-2 and DS-RDS-3). */
export const EHR_TLS_PARAMETERS: Readonly<Record<string, string>> = Object.freeze({
  'rds.force_ssl': '1',
  'ssl_min_protocol_version': 'TLSv1.2',
});

/**
 * The parameters of the group the construct owns: the user's extra parameters, with the TLS settings laid over them,
 * except a stricter minimum the user asked for (`TLSv1.3`), which is kept: the floor never weakens a choice.
 */
export function ownParameters(extra: Record<string, string> = {}): Record<string, string> {
  const merged = { ...extra, ...EHR_TLS_PARAMETERS };
  if (extra.ssl_min_protocol_version === 'TLSv1.3') merged.ssl_min_protocol_version = 'TLSv1.3';
  return merged;
}

/**
 * The group the database uses: the user's own (validate.ts has checked it), or one the construct owns with the TLS
 * settings (a cluster parameter group once bound to an Aurora cluster).
 */
export function parameterGroupFor(scope: Construct, engine: rds.IEngine, props: Pick<EhrDatabaseProps, 'parameterGroup' | 'parameters'>): rds.IParameterGroup {
  return props.parameterGroup ?? new rds.ParameterGroup(scope, 'ParameterGroup', {
    engine,
    description: 'DermaShield EHR database: TLS 1.2+ only',
    parameters: ownParameters(props.parameters),
  });
}

/**
 * Reject TLS parameters weaker than the floor. `required` means the group must set them (a user's own group);
 * otherwise they may be absent (the construct adds them).
 */
export function checkTlsParameters(scope: Construct, prop: string, parameters: Record<string, unknown>, required: boolean): void {
  const forceSsl = parameters['rds.force_ssl'];
  if ((forceSsl !== undefined || required) && !isUnresolved(forceSsl) && String(forceSsl) !== '1') {
    throw new DermaShieldError('EhrDatabaseForceSsl', scope,
      `${prop} rds.force_ssl ${forceSsl === undefined ? 'is not set' : JSON.stringify(String(forceSsl))}; it must be '1' so every connection uses TLS (control DS-RDS-2).`);
  }
  const minTls = parameters.ssl_min_protocol_version;
  if ((minTls !== undefined || required) && !isUnresolved(minTls) && !['TLSv1.2', 'TLSv1.3'].includes(String(minTls))) {
    throw new DermaShieldError('EhrDatabaseMinimumTls', scope,
      `${prop} ssl_min_protocol_version ${minTls === undefined ? 'is not set' : JSON.stringify(String(minTls))}; it must be 'TLSv1.2' or 'TLSv1.3' (control DS-RDS-3).`);
  }
}

/**
 * The parameters a user-supplied group will deploy with, read through public API: binding the group (as the DB will
 * anyway) renders its L1 resource, whose `parameters` we resolve. Undefined for an imported group (nothing to read).
 */
export function renderedParameters(scope: Construct, group: rds.IParameterGroup, isCluster: boolean): Record<string, unknown> | undefined {
  if (isCluster) group.bindToCluster({});
  else group.bindToInstance({});
  const type = isCluster ? rds.CfnDBClusterParameterGroup.CFN_RESOURCE_TYPE_NAME : rds.CfnDBParameterGroup.CFN_RESOURCE_TYPE_NAME;
  const cfn = group.node.children.find((c): c is CfnResource => CfnResource.isCfnResource(c) && c.cfnResourceType === type);
  if (!cfn) return undefined;
  const parameters = Stack.of(scope).resolve((cfn as rds.CfnDBParameterGroup | rds.CfnDBClusterParameterGroup).parameters);
  return parameters && typeof parameters === 'object' ? parameters : {};
}

/** A token stands for a value chosen at deploy time: the pack judges it at synth, construction does not. */
function isUnresolved(value: unknown): boolean {
  return (typeof value === 'string' || typeof value === 'number') && Token.isUnresolved(value);
}
