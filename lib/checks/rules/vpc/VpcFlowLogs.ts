import { EffectiveResource } from '../../effective';
import { defineRule, fail, pass, unverifiable } from '../../rule';
import { describeIntrinsic, readString } from '../../values';

/** What one `AWS::EC2::FlowLog` says about one VPC. */
type Verdict =
  | { readonly kind: 'covers' }
  | { readonly kind: 'unrelated' }
  | { readonly kind: 'weak'; readonly why: string }
  | { readonly kind: 'unknown'; readonly why: string };

/**
 * DS-VPC-1: every VPC has a flow log of ALL traffic.
 *
 * The flow log must be in the same template as the VPC (the pack never scans the whole app per resource); a flow
 * log created in another stack is reported, and can be acknowledged naming that stack.
 */
export const VpcFlowLogs = defineRule({
  name: 'VpcFlowLogs',
  controlId: 'DS-VPC-1',
  resourceTypes: ['AWS::EC2::VPC'],
  requirement: 'Each VPC must have an AWS::EC2::FlowLog in the same template with ResourceType VPC, ResourceId naming the VPC and TrafficType ALL.',
  explanation: 'Flow logs are the record of which hosts exchanged ePHI. A REJECT-only or ACCEPT-only log misses half of it. '
    + 'Use PhiNetwork, or add vpc.addFlowLog(...) with trafficType: FlowLogTrafficType.ALL (to a CMK-encrypted log group).',
  evaluate(resource) {
    const verdicts = resource.stack.ofType('AWS::EC2::FlowLog').map((flowLog) => judge(resource, flowLog));
    if (verdicts.some((v) => v.kind === 'covers')) return pass();
    const unknown = verdicts.filter((v): v is Extract<Verdict, { kind: 'unknown' }> => v.kind === 'unknown');
    if (unknown.length) return unverifiable(unknown.map((v) => v.why).join('; '));
    const weak = verdicts.filter((v): v is Extract<Verdict, { kind: 'weak' }> => v.kind === 'weak');
    if (weak.length) return fail(weak.map((v) => v.why).join('; '));
    return fail('no AWS::EC2::FlowLog in this template names the VPC');
  },
});

function judge(vpc: EffectiveResource, flowLog: EffectiveResource): Verdict {
  const target = vpc.stack.resolve(flowLog.properties.ResourceId);
  const name = `flow log ${flowLog.logicalId}`;
  if (target.kind === 'unverifiable') {
    return { kind: 'unknown', why: `${name} has ResourceId ${target.why}, which may or may not be this VPC` };
  }
  if (target.kind !== 'resource' || target.resource !== vpc) return { kind: 'unrelated' };

  const type = readString(flowLog.properties, 'ResourceType');
  if (type.state === 'unverifiable') return { kind: 'unknown', why: `${name} has ResourceType ${type.why}` };
  if (type.state === 'absent' || type.value !== 'VPC') return { kind: 'unrelated' };

  const traffic = readString(flowLog.properties, 'TrafficType');
  if (traffic.state === 'unverifiable') return { kind: 'unknown', why: `${name} has TrafficType ${traffic.why}` };
  if (traffic.state === 'absent') return { kind: 'weak', why: `${name} has no TrafficType` };
  if (traffic.value !== 'ALL') return { kind: 'weak', why: `${name} captures only ${traffic.value} traffic, not ALL` };

  const condition = flowLog.entry.Condition;
  if (condition !== undefined) {
    return { kind: 'unknown', why: `${name} is created only when condition ${typeof condition === 'string' ? condition : describeIntrinsic(condition)} holds` };
  }
  return { kind: 'covers' };
}
