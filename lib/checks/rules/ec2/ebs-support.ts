/**
 * Where EBS block devices are declared: volumes, instance block device mappings, launch-template and
 * launch-configuration block device mappings. Shared by the EBS rules (encrypted at all; with which key).
 */
import { EffectiveResource } from '../../effective';
import { fail, notApplicable, RuleOutcome, unverifiable } from '../../rule';
import { getPath, isIntrinsic, readList } from '../../values';

/** The CloudFormation types that declare EBS volumes. */
export const EBS_TYPES = ['AWS::EC2::Volume', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'];

/** One EBS block device: where it is (`BlockDeviceMappings.0.Ebs`) and its `Ebs` object (or an intrinsic). */
export interface EbsDevice {
  readonly at: string;
  readonly ebs: unknown;
}

/** The property path of a resource's block device mappings. */
export function mappingsPath(resource: EffectiveResource): string {
  return resource.type === 'AWS::EC2::LaunchTemplate' ? 'LaunchTemplateData.BlockDeviceMappings' : 'BlockDeviceMappings';
}

/**
 * The EBS devices of an instance, launch template or launch configuration, or the outcome when there are none to
 * judge: a list behind an intrinsic is unverifiable; no mappings at all is `missing` (the root volume follows the AMI),
 * except for a launch template used only by instances, which declare their own block devices and are judged themselves.
 */
export function ebsDevices(resource: EffectiveResource): { readonly devices: EbsDevice[] } | { readonly outcome: RuleOutcome; readonly missing?: boolean } {
  const path = mappingsPath(resource);
  const list = readList(resource.properties, path);
  if (list.state === 'unverifiable') return { outcome: unverifiable(`${path} is ${list.why}`) };
  if (list.state === 'absent' || list.value.length === 0) {
    if (resource.type === 'AWS::EC2::LaunchTemplate' && usedOnlyByInstances(resource)) return { outcome: notApplicable() };
    return {
      missing: true,
      outcome: fail(`${path} is not set, so the root volume's encryption follows the AMI and the account default, which synth cannot verify`),
    };
  }
  const devices: EbsDevice[] = [];
  for (const [i, mapping] of list.value.entries()) {
    if (isIntrinsic(mapping)) return { outcome: unverifiable(`${path}.${i} is ${JSON.stringify(mapping)}`) };
    const ebs = getPath(mapping, 'Ebs');
    if (ebs !== undefined) devices.push({ at: `${path}.${i}.Ebs`, ebs }); // otherwise instance store or NoDevice
  }
  return { devices };
}

/**
 * True when the launch template is used, and used only by `AWS::EC2::Instance`s of its own template (e.g. the
 * metadata-options template aws-cdk-lib adds for `requireImdsv2`). Those instances declare (and are judged on) their
 * own block devices. A template that is exported, or referenced by anything else (an Auto Scaling group, a fleet), is not.
 */
function usedOnlyByInstances(template: EffectiveResource): boolean {
  const stack = template.stack;
  if (Object.values<any>(stack.outputs).some((o) => refersTo(o?.Value, template.logicalId))) return false;
  let instances = 0;
  for (const other of stack.resources.values()) {
    if (other === template || !refersTo(other.properties, template.logicalId)) continue;
    if (other.type !== 'AWS::EC2::Instance') return false;
    instances++;
  }
  return instances > 0;
}

/** Whether a value contains a `Ref` or `Fn::GetAtt` (or `Fn::Sub` mention) of the logical id. */
function refersTo(value: unknown, logicalId: string): boolean {
  if (Array.isArray(value)) return value.some((v) => refersTo(v, logicalId));
  if (!value || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  if (o.Ref === logicalId) return true;
  const getAtt = o['Fn::GetAtt'];
  if (getAtt !== undefined && (Array.isArray(getAtt) ? getAtt[0] === logicalId : String(getAtt).split('.')[0] === logicalId)) return true;
  const sub = o['Fn::Sub'];
  const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (text !== undefined && new RegExp(`\\$\\{${logicalId}[.}]`).test(text)) return true;
  return Object.values(o).some((v) => refersTo(v, logicalId));
}
