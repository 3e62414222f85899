import { defineRule, fail, notApplicable, pass, unverifiable } from '../../rule';
import { readList } from '../../values';
import { logGroupNamed, logGroupNamedAfter } from '../logs/log-group-lookup';

/**
 * DS-EKS-2: a cluster that sends control-plane logs has its `/aws/eks/<name>/cluster` log group defined in the app, so
 * DermaShield-LogGroupCustomerManagedKey judges its key; otherwise EKS creates it without a customer-managed key.
 */
export const EksControlPlaneLogGroup = defineRule({
  name: 'EksControlPlaneLogGroup',
  controlId: 'DS-EKS-2',
  resourceTypes: ['AWS::EKS::Cluster'],
  requirement: 'EKS clusters with control-plane logging must have their /aws/eks/<cluster name>/cluster log group defined in the app.',
  explanation: 'Audit and API-server logs record request bodies of Kubernetes objects (secrets metadata, config maps that can '
    + 'hold record data). EKS creates /aws/eks/<name>/cluster itself when it is missing, without a customer-managed key. '
    + 'Define that log group with a PhiKey (and a fixed cluster name, or a name built from the cluster\'s Ref) before the cluster logs.',
  evaluate(resource) {
    const types = readList(resource.properties, 'Logging.ClusterLogging.EnabledTypes');
    if (types.state === 'unverifiable') return unverifiable(`Logging.ClusterLogging.EnabledTypes is ${types.why}`);
    if (types.state === 'absent' || types.value.length === 0) return notApplicable();
    const name = resource.stack.resolve(resource.properties.Name);
    if (name.kind === 'unverifiable') return unverifiable(`Name is ${name.why}, so the cluster's log group cannot be found`);
    if (name.kind === 'literal') {
      const group = `/aws/eks/${name.value}/cluster`;
      return logGroupNamed(resource, group) ? pass() : fail(`no log group ${group} in the app, so EKS creates one without a customer-managed key`);
    }
    return logGroupNamedAfter(resource, '/aws/eks/') ? pass()
      : fail('no /aws/eks/<cluster name>/cluster log group in the app, so EKS creates one without a customer-managed key');
  },
});
