import { CONTROLS } from '../../../controls';
import { EffectiveResource } from '../../effective';
import { defineRule, fail, notApplicable, pass, RuleOutcome, unverifiable } from '../../rule';
import { readBoolean, readList, readString } from '../../values';
import { guardedControlId } from '../../../controls/markers';

const CATALOG_IDS: ReadonlySet<string> = new Set(CONTROLS.map((c) => c.id));

/**
 * DS-CW-1: a CloudWatch alarm, composite alarm or EventBridge rule whose description starts with `[DS-...]` (it guards
 * a catalog control) has an enabled action: an alarm action for alarms, a target for rules.
 */
export const CloudWatchAlarmAction = defineRule({
  name: 'CloudWatchAlarmAction',
  controlId: 'DS-CW-1',
  resourceTypes: ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm', 'AWS::Events::Rule'],
  requirement: 'An alarm or EventBridge rule whose description starts with a control id like [DS-KMS-1] must name a catalog control '
    + 'and have an enabled action (ActionsEnabled not false and at least one AlarmActions entry; for rules, State ENABLED and a target).',
  explanation: 'An alarm that guards an encryption control but notifies nobody lets a disabled key or an encryption failure go unnoticed. '
    + 'Use EncryptionAlarms, or add an SNS action (alarm.addAlarmAction(new SnsAction(topic))) or a rule target.',
  evaluate(resource) {
    const isRule = resource.type === 'AWS::Events::Rule';
    const description = readString(resource.properties, isRule ? 'Description' : 'AlarmDescription');
    if (description.state === 'absent') return notApplicable();
    if (description.state === 'known') {
      const controlId = guardedControlId(description.value);
      if (!controlId) return notApplicable();
      if (!CATALOG_IDS.has(controlId)) {
        return fail(`the description marks it as guarding ${controlId}, which is not a DermaShield catalog control`);
      }
    }
    const actions = isRule ? judgeRule(resource) : judgeAlarm(resource);
    if (description.state === 'unverifiable' && actions.kind !== 'pass') {
      return unverifiable(`the description is ${description.why}, so it may guard a control, and ${actions.kind === 'fail' || actions.kind === 'unverifiable' ? actions.reason : 'its actions are unknown'}`);
    }
    return actions;
  },
});

function judgeAlarm(resource: EffectiveResource): RuleOutcome {
  const enabled = readBoolean(resource.properties, 'ActionsEnabled');
  if (enabled.state === 'unverifiable') return unverifiable(`ActionsEnabled is ${enabled.why}`);
  if (enabled.state === 'known' && !enabled.value) return fail('ActionsEnabled is false');
  return judgeTargets(resource, readList(resource.properties, 'AlarmActions'), 'AlarmActions', (a) => a);
}

function judgeRule(resource: EffectiveResource): RuleOutcome {
  const state = readString(resource.properties, 'State');
  if (state.state === 'unverifiable') return unverifiable(`State is ${state.why}`);
  // PutRule's default state is ENABLED.
  if (state.state === 'known' && !state.value.startsWith('ENABLED')) return fail(`State is ${state.value}`);
  return judgeTargets(resource, readList(resource.properties, 'Targets'), 'Targets',
    (t) => (t && typeof t === 'object' && !Array.isArray(t) ? (t as Record<string, unknown>).Arn : t));
}

/** At least one entry must surely name an action; entries decided at deploy time are not enough. */
function judgeTargets(
  resource: EffectiveResource,
  list: ReturnType<typeof readList>,
  what: string,
  arnOf: (entry: unknown) => unknown,
): RuleOutcome {
  if (list.state === 'unverifiable') return unverifiable(`${what} is ${list.why}`);
  if (list.state === 'absent' || list.value.length === 0) return fail(`${what} is empty: nobody is notified`);
  const reasons: string[] = [];
  for (const entry of list.value) {
    const target = resource.stack.resolve(arnOf(entry));
    if (target.kind === 'resource' || (target.kind === 'literal' && target.value.trim() !== '')) return pass();
    if (target.kind === 'unverifiable') reasons.push(target.why);
  }
  if (reasons.length) return unverifiable(`${what} entries are decided at deploy time: ${reasons.join(', ')}`);
  return fail(`${what} names no action`);
}
