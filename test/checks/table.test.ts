import { App, CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib';
import { EffectiveApp } from '../../lib/checks/effective';
import { makeRuleContext, RuleOutcome } from '../../lib/checks/rule';
import { evaluateEntry, locate, TableCheck, TableEntry } from '../../lib/checks/table/entry';
import { TABLE_ENTRIES } from '../../lib/checks/table';
import { expectFinding, expectNoFinding, synthWithPack, testApp } from '../support/harness';

/**
 * Tests generated from the declarative entries themselves (lib/checks/table): for every entry, a compliant resource,
 * each check's property absent, removed by an escape hatch, given a weak literal, an AWS-managed key or a deploy-time
 * value, and the "nothing to protect" case. Each case evaluates a raw CfnResource of the entry's type on the
 * effective template directly (no synth per case); one synth below proves the entries are wired into the pack.
 */

const KEY = 'PhiKey';
const context = makeRuleContext({ externalCmkArns: new Set(), maxRotationPeriodDays: 365 });

/** Set `value` at a path, creating objects and one-element lists (`[]` uses element 0). */
function setPath(root: Record<string, any>, path: string, value: unknown): void {
  const segments = path.split('.');
  let current: any = root;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    if (list) {
      current[name] ??= [{}];
      if (last) { current[name][0] = value; return; }
      current = current[name][0];
    } else if (last) {
      current[name] = value;
    } else {
      current[name] ??= {};
      current = current[name];
    }
  });
}

/** The override path of a table path (`A[].B` → `A.0.B`). */
const overridePath = (path: string) => path.replace(/\[\]/g, '.0');

/** A value that satisfies a check. */
function good(check: TableCheck): unknown {
  switch (check.kind) {
    case 'customer-managed-key': return { 'Fn::GetAtt': [KEY, 'Arn'] };
    case 'one-of': return check.allowed[0];
    case 'true': return true;
    case 'scheme': return `${check.allowed[0]}clinic.example.com/fhir`;
  }
}

/** The outcome when the check's property is absent. */
function absentOutcome(check: TableCheck): RuleOutcome['kind'] {
  switch (check.kind) {
    case 'customer-managed-key': return 'fail';
    case 'one-of': return check.absentMeans !== undefined && check.allowed.some((a) => a.toLowerCase() === check.absentMeans!.toLowerCase()) ? 'pass' : 'fail';
    case 'true': return check.absentMeans ? 'pass' : 'fail';
    case 'scheme': return check.absentMeans === 'pass' ? 'pass' : 'fail';
  }
}

function compliantProperties(entry: TableEntry): Record<string, any> {
  const props: Record<string, any> = {};
  if (entry.when) setPath(props, entry.when.path, entry.when.equals?.[0] ?? 'present');
  for (const check of entry.checks) setPath(props, check.path, good(check));
  return props;
}

/** Build a stack with a customer-managed key and one raw resource; `edit` may change it; evaluate the entry. */
function judge(entry: TableEntry, properties: Record<string, any>, edit?: (r: CfnResource, s: Stack) => void): RuleOutcome {
  const stack = new Stack(new App(), 'S');
  new CfnResource(stack, KEY, { type: 'AWS::KMS::Key', properties: { EnableKeyRotation: true } }).overrideLogicalId(KEY);
  const resource = new CfnResource(stack, 'R', { type: entry.resourceTypes[0], properties });
  edit?.(resource, stack);
  const effective = new EffectiveApp(stack).resourceFor(resource)!;
  return evaluateEntry(entry, effective, context);
}

function withValue(entry: TableEntry, check: TableCheck, value: unknown): Record<string, any> {
  const props = compliantProperties(entry);
  setPath(props, check.path, value);
  return props;
}

function deployTimeValues(): Array<[string, (s: Stack) => unknown]> {
  return [
    ['a parameter', (s) => new CfnParameter(s, 'P', { type: 'String' }).valueAsString],
    ['an import', () => Fn.importValue('shared-value')],
    ['Fn::If', (s) => Fn.conditionIf(new CfnCondition(s, 'C', { expression: Fn.conditionEquals('a', 'b') }).logicalId, 'x', 'y')],
  ];
}

describe('table entries', () => {
  test('entry names are unique and each entry has checks on paths of its types', () => {
    const names = TABLE_ENTRIES.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of TABLE_ENTRIES) {
      expect({ name: e.name, checks: e.checks.length > 0, types: e.resourceTypes.length > 0 }).toEqual({ name: e.name, checks: true, types: true });
    }
  });

  describe.each(TABLE_ENTRIES.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    test('compliant', () => {
      expect(judge(entry, compliantProperties(entry))).toEqual({ kind: 'pass' });
    });

    if (entry.when) {
      const when = entry.when;
      test(`nothing to protect: without ${when.path}${when.equals ? ` = ${when.equals.join('/')}` : ''} it is not judged`, () => {
        const props: Record<string, any> = {};
        for (const check of entry.checks) setPath(props, check.path, undefined);
        expect(judge(entry, props).kind).toBe('not-applicable');
      });
      test(`${when.path} behind a parameter is unverifiable`, () => {
        const props = compliantProperties(entry);
        for (const check of entry.checks) setPath(props, check.path, undefined);
        expect(judge(entry, props, (r, s) => r.addPropertyOverride(overridePath(when.path), new CfnParameter(s, 'W', { type: 'String' }).valueAsString)).kind).toBe('unverifiable');
      });
    }

    describe.each(entry.checks.map((c) => [`${c.kind} ${c.path}`, c] as const))('%s', (_label, check) => {
      test('absent', () => {
        expect(judge(entry, withValue(entry, check, undefined)).kind).toBe(absentOutcome(check));
      });

      test('removed by an escape hatch after being set', () => {
        expect(judge(entry, compliantProperties(entry), (r) => r.addPropertyDeletionOverride(overridePath(check.path))).kind).toBe(absentOutcome(check));
      });

      test.each(deployTimeValues())('behind %s: unverifiable', (_what, make) => {
        expect(judge(entry, compliantProperties(entry), (r, s) => r.addPropertyOverride(overridePath(check.path), make(s))).kind).toBe('unverifiable');
      });

      if (check.kind === 'customer-managed-key') {
        test.each([
          ['an AWS-managed alias', 'alias/aws/kms'],
          ['an AWS-managed alias ARN', 'arn:aws:kms:us-east-1:111122223333:alias/aws/backup'],
        ])('%s fails', (_what, value) => {
          expect(judge(entry, withValue(entry, check, value)).kind).toBe('fail');
        });
        test('a key ARN neither in the app nor declared is unverifiable', () => {
          expect(judge(entry, withValue(entry, check, 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')).kind).toBe('unverifiable');
        });
      }
      if (check.kind === 'one-of') {
        test('a value outside the allowed set fails', () => {
          expect(judge(entry, withValue(entry, check, 'NOT-AN-ALLOWED-VALUE')).kind).toBe('fail');
        });
      }
      if (check.kind === 'true') {
        test.each([false, 'false'])('%s fails', (value) => {
          expect(judge(entry, withValue(entry, check, value)).kind).toBe('fail');
        });
      }
      if (check.kind === 'scheme') {
        test.each(['http://clinic.example.com', 'ftp://clinic.example.com'])('%s fails', (value) => {
          expect(judge(entry, withValue(entry, check, value)).kind).toBe('fail');
        });
      }
    });
  });
});

describe('locate', () => {
  test('expands lists, reports absent containers once and stops at intrinsics', () => {
    const props = { L: [{ P: 'a' }, { P: 'b' }, {}], M: { Ref: 'Param' } };
    expect(locate(props, 'L[].P')).toEqual([{ at: 'L.0.P', value: 'a' }, { at: 'L.1.P', value: 'b' }, { at: 'L.2.P', value: undefined }]);
    expect(locate(props, 'Missing[].P')).toEqual([{ at: 'Missing.P', value: undefined }]);
    expect(locate(props, 'M.P')).toEqual([{ at: 'M', value: { Ref: 'Param' } }]);
    expect(locate({ L: [] }, 'L[].P')).toEqual([]);
  });
});

describe('table entries in the pack', () => {
  test('one synth of every entry type: the compliant resource passes, the one without its settings fails', () => {
    const app = testApp();
    const stack = new Stack(app, 'All');
    new CfnResource(stack, KEY, { type: 'AWS::KMS::Key', properties: { EnableKeyRotation: true } }).overrideLogicalId(KEY);
    TABLE_ENTRIES.forEach((entry, i) => {
      new CfnResource(stack, `Good${i}`, { type: entry.resourceTypes[0], properties: compliantProperties(entry) });
      const bad = compliantProperties(entry);
      const failing = entry.checks.find((c) => absentOutcome(c) === 'fail');
      if (failing) setPath(bad, failing.path, undefined);
      new CfnResource(stack, `Bad${i}`, { type: entry.resourceTypes[0], properties: bad });
    });
    const result = synthWithPack(app);
    TABLE_ENTRIES.forEach((entry, i) => {
      expectNoFinding(result, entry.name, `All/Good${i}`);
      if (entry.checks.some((c) => absentOutcome(c) === 'fail')) expectFinding(result, entry.name, `All/Bad${i}`);
    });
  });
});
