import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, CONTROLS, controlById, controlForRule, HIPAA } from '../../lib';
import { expectDermaShieldError } from '../support/errors';
import { TABLE_ENTRIES } from '../../lib/checks/table';

const RULES_DIR = path.join(__dirname, '../../lib/checks/rules');
const ruleIds = ALL_RULES.map((r) => `DermaShield-${r.name}`);

describe('control catalog', () => {
  test('control ids are unique and follow DS-<SERVICE>-<n>', () => {
    const ids = CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^DS-[A-Z0-9]+-\d+$/);
  });

  test('every control has at least one rule, and every rule it names exists', () => {
    for (const control of CONTROLS) {
      expect({ control: control.id, hasRules: control.ruleIds.length > 0 }).toEqual({ control: control.id, hasRules: true });
      for (const id of control.ruleIds) expect(ruleIds).toContain(id);
    }
  });

  test('every rule belongs to exactly one control, the one it names', () => {
    for (const rule of ALL_RULES) {
      const owners = CONTROLS.filter((c) => c.ruleIds.includes(`DermaShield-${rule.name}`));
      expect({ rule: rule.name, owners: owners.map((c) => c.id) }).toEqual({ rule: rule.name, owners: [rule.controlId] });
    }
  });

  test('rule names are unique', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  test('citations are HIPAA Security Rule citations from the named list', () => {
    const known = new Set<string>(Object.values(HIPAA));
    for (const control of CONTROLS) {
      expect(control.citations.length).toBeGreaterThan(0);
      for (const c of control.citations) expect({ control: control.id, citation: c, known: known.has(c) }).toEqual({ control: control.id, citation: c, known: true });
    }
  });

  test('every control has a title and one-sentence guidance; Config identifiers look like managed rule ids', () => {
    for (const control of CONTROLS) {
      expect(control.title.length).toBeGreaterThan(10);
      expect(control.guidance).toMatch(/\.$/);
      for (const rule of control.configRules) expect(rule.identifier).toMatch(/^[A-Z0-9_]+$/);
    }
  });

  test('every control is evidenced after deployment by a Config rule, or says why it cannot be', () => {
    for (const control of CONTROLS) {
      const evidenced = control.configRules.length > 0 || control.guardPolicy !== undefined;
      const reason = control.notEvidencedAfterDeployment;
      // Exactly one of: evidenced by a managed or custom policy rule, or an explicit reason it cannot be.
      expect({ control: control.id, evidenced, reason: typeof reason === 'string' && reason.length > 40 })
        .toEqual({ control: control.id, evidenced: !reason, reason: !evidenced });
    }
  });

  test('custom policy rules are scoped to resource types and claim a managed rule caveat only where one exists', () => {
    for (const control of CONTROLS.filter((c) => c.guardPolicy)) {
      const policy = control.guardPolicy!;
      expect(policy.resourceTypes.length).toBeGreaterThan(0);
      for (const t of policy.resourceTypes) expect(t).toMatch(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
      if (policy.decidesManagedRuleCaveat) {
        expect({ control: control.id, managedCaveat: control.configRules.some((r) => r.caveat) }).toEqual({ control: control.id, managedCaveat: true });
      }
    }
  });

  test('the controls without a managed rule named in issue #17 are each covered by a custom policy or a reason', () => {
    const issue17 = ['DS-KMS-2', 'DS-S3-3', 'DS-RDS-3', 'DS-RDS-4', 'DS-ELB-5', 'DS-ELB-6', 'DS-BACKUP-3', 'DS-BACKUP-5', 'DS-BACKUP-6',
      'DS-VPN-2', 'DS-VPN-3', 'DS-VPN-4', 'DS-VPN-6', 'DS-SQS-1', 'DS-NEPTUNE-2', 'DS-MSK-1', 'DS-APIGW-1'];
    const controls = issue17.map((id) => controlById(id));
    expect(controls.every((c) => c.configRules.length === 0)).toBe(true);
    const evidencedByCustom = controls.filter((c) => c.guardPolicy).map((c) => c.id);
    expect(evidencedByCustom).toEqual(['DS-S3-3', 'DS-RDS-4', 'DS-BACKUP-6', 'DS-VPN-2', 'DS-VPN-3', 'DS-VPN-4', 'DS-VPN-6', 'DS-SQS-1', 'DS-NEPTUNE-2', 'DS-MSK-1']);
  });

  test('the catalog is frozen', () => {
    expect(Object.isFrozen(CONTROLS)).toBe(true);
    expect(Object.isFrozen(CONTROLS[0])).toBe(true);
    expect(Object.isFrozen(CONTROLS[0].citations)).toBe(true);
    expect(() => (CONTROLS as any).push({})).toThrow();
  });

  test('controlById throws on an unknown id; controlForRule finds the owner', () => {
    expect(controlById('DS-KMS-1').ruleIds).toContain('DermaShield-KmsKeyRotation');
    expectDermaShieldError(() => controlById('DS-NOPE-1'), 'UnknownControlId', /'DS-NOPE-1' is not a DermaShield control id/);
    expect(controlForRule('DermaShield-KmsKeyRotation')?.id).toBe('DS-KMS-1');
  });
});

describe('rule files', () => {
  const files = fs.readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(RULES_DIR, d.name))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && /^[A-Z]/.test(f))
      .map((f) => path.join(d.name, f)));

  test.each(files)('%s exports one rule named after the file, registered in the pack', (file) => {
    const name = path.basename(file, '.ts');
    // Loaded by file name on purpose: the test is about what each file exports.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(RULES_DIR, file));
    expect(mod[name]).toBeDefined();
    expect(mod[name].name).toBe(name);
    expect(ALL_RULES).toContain(mod[name]);
  });

  test('every registered rule has a file of its own or is a declarative table entry, never both', () => {
    const names = new Set(files.map((f) => path.basename(f, '.ts')));
    const entries = new Set(TABLE_ENTRIES.map((e) => e.name));
    for (const rule of ALL_RULES) {
      expect({ rule: rule.name, fileOrEntry: names.has(rule.name) !== entries.has(rule.name) }).toEqual({ rule: rule.name, fileOrEntry: true });
    }
  });
});
