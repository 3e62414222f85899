import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ControlCatalog, CONTROLS, controlById, DermaShieldAcknowledgements, DermaShieldError, readValidationReport, ValidationReportReader } from '../lib';

// The static facades exist for jsii languages (no free functions there); they must say exactly what the functions say.
describe('ControlCatalog', () => {
  test('all() is the catalog, as a copy that cannot change it', () => {
    const all = ControlCatalog.all();
    expect(all).toEqual([...CONTROLS]);
    all.pop();
    expect(ControlCatalog.all()).toHaveLength(CONTROLS.length);
  });

  test('byId and forRule look up the same records as controlById and controlForRule', () => {
    expect(ControlCatalog.byId('DS-KMS-1')).toBe(controlById('DS-KMS-1'));
    expect(ControlCatalog.forRule('DermaShield-KmsKeyRotation')?.id).toBe('DS-KMS-1');
    expect(ControlCatalog.forRule('DermaShield-NoSuchRule')).toBeUndefined();
    expect(() => ControlCatalog.byId('DS-NOPE-1')).toThrow(DermaShieldError);
  });

  test('constants', () => {
    expect(ControlCatalog.PACK_NAME).toBe('DermaShield');
    expect(ControlCatalog.UNVERIFIABLE_SUFFIX).toBe('[Unverifiable]');
    expect(ControlCatalog.CLINICAL_IMAGE_TAG_KEY).toBe('dermashield:data-class');
    expect(ControlCatalog.CLINICAL_IMAGE_TAG_VALUE).toBe('clinical-images');
  });
});

describe('DermaShieldAcknowledgements', () => {
  test('acknowledgeRule records the namespaced acknowledgement, like acknowledgeRule', () => {
    const stack = new Stack(new App(), 'S');
    const bucket = new s3.Bucket(stack, 'B');
    const spy = jest.spyOn(Validations.prototype, 'acknowledge');
    try {
      DermaShieldAcknowledgements.acknowledgeRule(bucket, 'S3CustomerManagedKey', 'Holds only public marketing images; no PHI.');
      DermaShieldAcknowledgements.acknowledgeRule(bucket, 'DermaShield-KmsKeyRotation', 'Key rotation is managed by the HSM team.', { unverifiable: true });
      expect(spy.mock.calls.map((c) => c[0].id)).toEqual([
        'DermaShield::DermaShield-S3CustomerManagedKey',
        'DermaShield::DermaShield-KmsKeyRotation[Unverifiable]',
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  test('a reason is still required', () => {
    const stack = new Stack(new App(), 'S');
    expect(() => DermaShieldAcknowledgements.acknowledgeRule(stack, 'S3CustomerManagedKey', 'ok')).toThrow(DermaShieldError);
  });
});

describe('ValidationReportReader', () => {
  test('read() is readValidationReport', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-report-'));
    try {
      fs.writeFileSync(path.join(dir, 'validation-report.json'), JSON.stringify({ pluginReports: [{
        pluginName: 'DermaShield', conclusion: 'failure',
        violations: [{ ruleName: 'DermaShield-KmsKeyRotation', description: 'd', violatingConstructs: [{ constructPath: 'S/K' }] }],
      }] }));
      const report = ValidationReportReader.read(dir);
      expect(report).toEqual(readValidationReport(dir));
      expect(report.findings).toEqual([{ plugin: 'DermaShield', ruleId: 'DermaShield-KmsKeyRotation', path: 'S/K', description: 'd' }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
