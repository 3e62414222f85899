import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The layers point one way (controls at the bottom; constructs, the pack and evidence above it; reference on top).
 * The eslint `no-restricted-imports` configuration enforces it; these tests prove the configuration bites.
 */
const root = path.join(__dirname, '..', '..');

const forbidden: Array<[string, string]> = [
  ['lib/controls/x.ts', "import { ElbTlsPolicy } from '../checks/rules/elb/ElbTlsPolicy';"],
  ['lib/controls/x.ts', "import { classifyKey } from '../checks/keys';"],
  ['lib/controls/x.ts', "import { PhiKey } from '../keys/phi-key';"],
  ['lib/keys/x.ts', "import { ElbTlsPolicy } from '../checks/rules/elb/ElbTlsPolicy';"],
  ['lib/keys/x.ts', "import { DermaShieldChecks } from '../checks/dermashield-checks';"],
  ['lib/storage/x.ts', "import { NagPack } from 'cdk-nag';"],
  ['lib/evidence/x.ts', "import { classifyKey } from '../checks/keys';"],
  ['lib/evidence/x.ts', "import { Stack } from 'aws-cdk-lib';"],
  ['lib/reference/x.ts', "import { S3Versioning } from '../checks/rules/s3/S3Versioning';"],
];

const allowed: Array<[string, string]> = [
  ['lib/controls/x.ts', "import { DermaShieldError } from '../errors';"],
  ['lib/keys/x.ts', "import { acknowledgeRule } from '../checks/acknowledge';"],
  ['lib/keys/x.ts', "import { MIN_REASON_LENGTH } from '../controls/parameters';"],
  ['lib/evidence/x.ts', "import { CONTROLS } from '../controls';"],
  ['lib/checks/x.ts', "import { ALL_RULES } from './rules';"],
  ['lib/reference/x.ts', "import { DermaShieldChecks } from '../checks/dermashield-checks';"],
];

/** Lint every snippet in one child process (ESLint loads its flat config with a dynamic import jest cannot run). */
function restrictedImports(cases: Array<[string, string]>): string[][] {
  const script = `const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const [file, source] of ${JSON.stringify(cases)}) {
        const [r] = await eslint.lintText(source, { filePath: require('path').join(${JSON.stringify(root)}, file) });
        out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      console.log(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

describe('layers', () => {
  const results = restrictedImports([...forbidden, ...allowed]);

  test.each(forbidden.map((c, i) => [...c, i] as const))('%s may not %s', (_file, _source, i) => {
    expect(results[i].length).toBeGreaterThan(0);
  });

  test.each(allowed.map((c, i) => [...c, forbidden.length + i] as const))('%s may %s', (_file, _source, i) => {
    expect(results[i]).toEqual([]);
  });

  test('loading the constructs does not load cdk-nag or the AWS SDK', () => {
    const modules = ['keys/phi-key', 'storage/clinical-image-bucket', 'database/ehr-database', 'network/tls-load-balancer',
      'network/clinic-vpn-endpoint', 'network/phi-network', 'backup/phi-backup-vault', 'audit/phi-audit-trail',
      'audit/encryption-alarms', 'audit/phi-config-rules'];
    const script = `${modules.map((m) => `require(${JSON.stringify(path.join(root, 'lib', m))});`).join('')}`
      + 'console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](cdk-nag|@aws-sdk)[\\\\/]/.test(k))));';
    const loaded = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(loaded).toEqual([]);
  });
});
