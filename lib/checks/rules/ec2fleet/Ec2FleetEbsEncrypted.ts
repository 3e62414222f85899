import { defineRule, fail, notApplicable, pass, requireTrue, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, getPath, isIntrinsic, readBoolean, readList } from '../../values';

/**
 * Judge the elements of a list found at `path` of `root` with `judge`; an intrinsic list or element is unverifiable.
 * `absent` is the outcome when the list is missing or empty.
 */
function eachOf(root: unknown, path: string, where: string, absent: () => RuleOutcome, judge: (item: unknown, at: string) => RuleOutcome): RuleOutcome {
  const list = readList(root, path);
  if (list.state === 'unverifiable') return unverifiable(`${where}${path} is ${list.why}`);
  if (list.state === 'absent' || list.value.length === 0) return absent();
  return worst(list.value.map((item, i) => {
    const at = `${where}${path}.${i}`;
    return isIntrinsic(item) ? unverifiable(`${at} is ${describeIntrinsic(item)}`) : judge(item, at);
  }));
}

/** Every EBS block device of a mapping list must be declared encrypted; instance-store and NoDevice entries are skipped. */
function judgeMappings(root: unknown, where: string, absent: () => RuleOutcome): RuleOutcome {
  return eachOf(root, 'BlockDeviceMappings', where, absent, (mapping, at) => {
    if (getPath(mapping, 'Ebs') === undefined) return notApplicable();
    const r = requireTrue(readBoolean(mapping, 'Ebs.Encrypted'), `${at}.Ebs.Encrypted`);
    return r.kind === 'pass' ? pass() : r;
  });
}

/**
 * DS-EC2-20: block devices that an EC2 Fleet override or a Spot Fleet launch specification defines inline are declared
 * encrypted (launch templates themselves are judged by DermaShield-Ec2EbsEncrypted).
 */
export const Ec2FleetEbsEncrypted = defineRule({
  name: 'Ec2FleetEbsEncrypted',
  controlId: 'DS-EC2-20',
  resourceTypes: ['AWS::EC2::EC2Fleet', 'AWS::EC2::SpotFleet'],
  requirement: 'EBS block devices in EC2 Fleet overrides and Spot Fleet launch specifications must set Encrypted: true, and '
    + 'Spot Fleet launch specifications must declare their block devices.',
  explanation: 'Fleet instances process the same records as any other instance; account-level EBS default encryption cannot '
    + 'be seen at synth, and a launch specification without block device mappings takes the AMI\'s root volume as it is. '
    + 'Set Ebs.Encrypted: true on every EBS mapping, or move the mappings into a launch template that does.',
  evaluate(resource) {
    if (resource.type === 'AWS::EC2::EC2Fleet') {
      return eachOf(resource.properties, 'LaunchTemplateConfigs', '', notApplicable, (config, at) =>
        eachOf(config, 'Overrides', `${at}.`, notApplicable, (override, o) => judgeMappings(override, `${o}.`, notApplicable)));
    }
    const data = getPath(resource.properties, 'SpotFleetRequestConfigData');
    if (isIntrinsic(data)) return unverifiable(`SpotFleetRequestConfigData is ${describeIntrinsic(data)}`);
    return eachOf(data, 'LaunchSpecifications', 'SpotFleetRequestConfigData.', notApplicable, (spec, at) =>
      judgeMappings(spec, `${at}.`, () => fail(`${at}.BlockDeviceMappings is not set, so the root volume's encryption follows the AMI and the account default, which synth cannot verify`)));
  },
});
