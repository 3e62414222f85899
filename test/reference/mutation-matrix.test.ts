/**
 * The mutation matrix: proof that every control of the catalog is enforced. For each control, the reference
 * architecture is weakened in exactly that control (test/reference/mutations.ts) and synthesized with
 * DermaShieldChecks alone; synthesis must fail with one of the control's rules, at the mutated resource, and with
 * no finding of any other control. The kill rate must be 100%, and a control without a mutation fails the suite.
 *
 * Three kinds of control without a mutation here are proven elsewhere instead, and counted so: controls enforced only
 * by declarative table entries (lib/checks/table), whose kill cases test/checks/table.test.ts generates from each
 * entry and proves in one synth through the pack; controls whose rules judge only resource types the reference
 * architecture does not deploy, proven by their rule tests on raw resources of those types (a mutation here would
 * only add the same raw resource); and DS-PACK-1, which by design only ever reports `[Unverifiable]` (not a kill
 * here) and has its own tests (test/checks/rules/unknown-resource-type.test.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { CONTROLS, DermaShieldChecks, PACK_NAME, UNVERIFIABLE_SUFFIX } from '../../lib';
import { ALL_RULES } from '../../lib/checks/rules';
import { TABLE_ENTRIES } from '../../lib/checks/table';
import { addReferencePractice, practiceSettingsFrom, ReferencePractice } from '../../lib/reference';
import { dermaShield, Finding, synthWithPack, testApp } from '../support/harness';
import { allMutations, ControlMutation, MUTATIONS } from './mutations';

const cdkJson = JSON.parse(fs.readFileSync(path.join(__dirname, '../../cdk.json'), 'utf-8'));

/** A fresh reference practice, with the settings `cdk synth` uses (the cdk.json context placeholders). */
function referenceApp(): { app: App; ref: ReferencePractice } {
  const app = testApp({ context: cdkJson.context });
  const ref = addReferencePractice(app, practiceSettingsFrom(app.node));
  return { app, ref };
}

const tableRuleIds = new Set(TABLE_ENTRIES.map((e) => `${PACK_NAME}-${e.name}`));
/** Controls proven by the generated table tests or their own tests, not by mutating the reference (see above). */
const rulesById = new Map(ALL_RULES.map((r) => [`${PACK_NAME}-${r.name}`, r]));
/** Resource types the unmutated reference architecture deploys. */
const referenceTypes: ReadonlySet<string> = (() => {
  const { app } = referenceApp();
  const assembly = app.synth();
  return new Set(assembly.stacks.flatMap((s) => Object.values<any>(s.template.Resources ?? {}).map((r) => r.Type as string)));
})();
const offReference = (ruleId: string) => (rulesById.get(ruleId)?.resourceTypes ?? []).every((t) => !referenceTypes.has(t));
const provenElsewhere = new Set(CONTROLS.filter((c) => !(MUTATIONS[c.id]?.length) && (c.id === 'DS-PACK-1'
  || c.ruleIds.every((id) => tableRuleIds.has(id) || offReference(id)))).map((c) => c.id));
const matrixControls = CONTROLS.filter((c) => !provenElsewhere.has(c.id));
const controlsById = new Map(CONTROLS.map((c) => [c.id, c]));
const mutations = allMutations();
const results = new Map<string, 'killed' | 'survived'>();
const label = (m: ControlMutation) => `${m.controlId}: ${m.weakening}`;
const show = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId} @ ${f.path}`).join('\n  ') || '(none)';

describe('mutation matrix', () => {
  afterAll(() => {
    const killed = (m: ControlMutation) => results.get(label(m)) === 'killed';
    const controlsKilled = matrixControls.filter((c) => mutations.some((m) => m.controlId === c.id) && mutations.filter((m) => m.controlId === c.id).every(killed));
    const mutationsKilled = mutations.filter(killed).length;
    const survivors = mutations.filter((m) => !killed(m)).map(label);
    const pct = (n: number, of: number) => `${of ? Math.floor((100 * n) / of) : 0}%`;
    // The kill rate is the point of this suite: print it (the last test asserts it is 100%).
    console.log(`mutation kill rate: ${controlsKilled.length}/${matrixControls.length} controls (${pct(controlsKilled.length, matrixControls.length)}), `
      + `${mutationsKilled}/${mutations.length} mutations (${pct(mutationsKilled, mutations.length)}); `
      + `${provenElsewhere.size} controls proven by generated table tests or their own tests`
      + (survivors.length ? `\nnot killed (or not run):\n  ${survivors.join('\n  ')}` : ''));
  });

  test('baseline: the unmutated reference practice has zero DermaShield findings', () => {
    const { app } = referenceApp();
    const result = synthWithPack(app);
    expect(show(dermaShield(result.findings))).toBe('(none)');
    const report = result.report.pluginReports.find((p: any) => p.pluginName === PACK_NAME);
    expect(report?.conclusion).toBe('success');
  });

  test('every catalog control has at least one mutation, or is proven by the table tests or its own tests', () => {
    const missing = matrixControls.filter((c) => !(MUTATIONS[c.id]?.length)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  test('every mutation names a catalog control', () => {
    const unknown = Object.keys(MUTATIONS).filter((id) => !controlsById.has(id));
    const unknownAlso = mutations.flatMap((m) => (m.alsoWeakens ?? []).filter((id) => !controlsById.has(id) || id === m.controlId));
    expect(unknown).toEqual([]);
    expect(unknownAlso).toEqual([]);
  });

  test('mutation names are unique (each is its own test case)', () => {
    const names = mutations.map(label);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(mutations.map((m) => [label(m), m] as const))('%s is killed', (_name, m) => {
    const control = controlsById.get(m.controlId);
    if (!control) throw new Error(`unknown control ${m.controlId}`);
    const { app, ref } = referenceApp();
    m.apply(ref);
    const result = synthWithPack(app);
    const findings = dermaShield(result.findings);

    // Killed: a plain failing id of this control's rules (an [Unverifiable] finding is not a kill), at the mutated resource.
    const kills = findings.filter((f) => control.ruleIds.includes(f.ruleId) && f.path.includes(m.at));
    results.set(label(m), kills.length > 0 ? 'killed' : 'survived');
    if (kills.length === 0) {
      throw new Error(`mutation survived: expected one of ${control.ruleIds.join(', ')} at a path containing '${m.at}', got:\n  ${show(findings)}`);
    }
    // Synthesis fails: the pack's conclusion is failure (cdk synth exits non-zero on it) and the finding names the control.
    const report = result.report.pluginReports.find((p: any) => p.pluginName === PACK_NAME);
    expect(report?.conclusion).toBe('failure');
    for (const kill of kills) expect(kill.description).toContain(`[${control.id}]`);

    // ... and nothing else: the mutation weakens this control only (plus any it declares), so no other rule may fire.
    const weakened = [control, ...(m.alsoWeakens ?? []).map((id) => controlsById.get(id)!)];
    const allowed = new Set(weakened.flatMap((c) => c.ruleIds).flatMap((id) => [id, `${id}${UNVERIFIABLE_SUFFIX}`]));
    expect(show(findings.filter((f) => !allowed.has(f.ruleId)))).toBe('(none)');
  });

  test('a mutation fails a real synth (findings not written to a report) naming the rule and the control', () => {
    const m = MUTATIONS['DS-TRAIL-2'][0];
    const app = new App({
      outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'dermashield-mutation-')),
      context: { ...cdkJson.context, '@aws-cdk/core:failSynthOnValidationErrors': true },
    });
    m.apply(addReferencePractice(app, practiceSettingsFrom(app.node)));
    Validations.of(app).addPlugins(new DermaShieldChecks(app));
    expect(() => app.synth()).toThrow(/DermaShield-CloudTrailLogFileValidation[\s\S]*DS-TRAIL-2/);
  });

  test('kill rate is 100%', () => {
    const survivors = mutations.filter((m) => results.get(label(m)) !== 'killed').map(label);
    expect(survivors).toEqual([]);
  });
});
