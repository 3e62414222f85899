/**
 * Every example is synthesized with the real `cdk` CLI from node_modules, as a user would run it, with aws-cdk-lib's
 * CloudFormation validation on; the exit code is the gate.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const CDK = path.join(ROOT, 'node_modules', '.bin', 'cdk');

/** What `cdk synth` must do for each example, and what its output must name. */
const EXPECTATIONS: Record<string, { exitCode: number; output: RegExp[] }> = {
  'import-one-construct': { exitCode: 0, output: [] },
  'pack-gate-existing-app': { exitCode: 0, output: [] },
  'pack-gate-cfn-template': { exitCode: 0, output: [] },
  'non-compliant': {
    exitCode: 1,
    output: [
      /DermaShield-KmsKeyRotation \[DS-KMS-1\]/,
      /DermaShield-KmsDeletionWindow \[DS-KMS-3\]/,
      /DermaShield-LogGroupCustomerManagedKey \[DS-LOGS-1\]/,
      /DermaShield-SqsCustomerManagedKey \[DS-SQS-1\]/,
    ],
  },
};

function synth(example: string) {
  const env = { ...process.env };
  delete env.CDK_VALIDATION; // the examples run with aws-cdk-lib's CloudFormation validation, as users get it
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `example-${example}-`));
  return spawnSync(CDK, ['synth', '--quiet', '--no-notices', '-o', out], {
    cwd: path.join(ROOT, 'examples', example), env, encoding: 'utf-8', timeout: 180_000,
  });
}

describe('examples', () => {
  test('every example directory has an expectation', () => {
    const dirs = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs.sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  test.each(Object.entries(EXPECTATIONS))('%s: cdk synth exits as expected', (example, expected) => {
    const result = synth(example);
    const output = `${result.stdout}\n${result.stderr}`;
    if (result.status !== expected.exitCode) {
      throw new Error(`cdk synth in examples/${example} exited ${result.status}, expected ${expected.exitCode}:\n${output.slice(-4000)}`);
    }
    for (const pattern of expected.output) expect(output).toMatch(pattern);
  });
});
