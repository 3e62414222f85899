/** Shared reader for the ECS service rules: a key property of the cluster a service runs in. */
import { EffectiveResource } from '../../effective';
import { requireCustomerManagedKey, RuleContext, RuleOutcome, unverifiable } from '../../rule';
import { getPath } from '../../values';

/**
 * Judge the key at `path` of the `AWS::ECS::Cluster` the service's `Cluster` names. A cluster outside the app (a
 * literal name, the default cluster, a deploy-time value) is unverifiable: its settings cannot be seen at synth.
 * @param why what leads to the cluster, prefixed to the messages (e.g. `VolumeConfigurations.0 names no key and`)
 */
export function judgeClusterKey(service: EffectiveResource, context: RuleContext, path: string, why: string): RuleOutcome {
  const cluster = service.stack.resolve(service.properties.Cluster);
  switch (cluster.kind) {
    case 'resource':
      if (cluster.resource.type !== 'AWS::ECS::Cluster') {
        return unverifiable(`${why} the cluster cannot be found: Cluster refers to ${cluster.resource.logicalId} (${cluster.resource.type})`);
      }
      return requireCustomerManagedKey(cluster.resource, context, getPath(cluster.resource.properties, path), `${why} the cluster's ${path}`);
    case 'unverifiable':
      return unverifiable(`${why} the cluster cannot be found: Cluster is ${cluster.why}`);
    case 'literal':
      return unverifiable(`${why} the cluster ${cluster.value} is outside this app, so its ${path} cannot be verified`);
    case 'absent':
      return unverifiable(`${why} the service runs in the default cluster, whose ${path} cannot be verified`);
  }
}
