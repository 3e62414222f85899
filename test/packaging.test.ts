/**
 * Issue #18 item 4: the package installs like a package. The full proof (pack, install into a fresh `cdk init` app,
 * real `cdk synth`) is scripts/pack-and-install.sh, which CI runs; these are the cheap checks that keep the metadata
 * honest between CI runs.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package', () => {
  test('importing the root entry point loads no AWS SDK module (the evidence library is dermashield/evidence)', () => {
    const script = `require(${JSON.stringify(path.join(ROOT, 'lib', 'index.ts'))});`
      + 'console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/]@aws-sdk[\\\\/]/.test(k))));';
    expect(JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' }))).toEqual([]);
    expect(fs.readFileSync(path.join(ROOT, 'lib', 'index.ts'), 'utf8')).not.toMatch(/from '\.\/evidence'/);
  });

  test('exports: the root and the evidence subpath, each with its types', () => {
    expect(pkg.exports['.']).toEqual({ types: './dist/lib/index.d.ts', default: './dist/lib/index.js' });
    expect(pkg.exports['./evidence']).toEqual({ types: './dist/lib/evidence/index.d.ts', default: './dist/lib/evidence/index.js' });
    expect(pkg.main).toBe('dist/lib/index.js');
  });

  test('installable from git (prepare builds dist/), licensed as it says, findable', () => {
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.license).toBe('Apache-2.0');
    expect(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/lib/', 'dist/bin/', 'bin/dermashield-evidence.cjs', 'README.md', 'LICENSE']));
    expect(pkg.repository.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['aws-cdk', 'cdk-nag', 'hipaa']));
  });

  test('the build ships no source maps (they would point at TypeScript the package does not ship)', () => {
    const build = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')).compilerOptions;
    expect(build).toMatchObject({ sourceMap: false, inlineSourceMap: false, declarationMap: false });
  });

  test('engines names exactly the Node majors CI tests: this machine\'s and the ones .ci/run adds', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    const extra = /for version in ([\d ]+); do/.exec(ci)![1].trim().split(/\s+/);
    expect(ci).toContain(`scripts/pack-and-install.sh ${extra.map((v) => `--node ${v}`).join(' ')}`);
    const majors = [process.versions.node.split('.')[0], ...extra].sort();
    expect(pkg.engines.node).toBe(majors.map((m) => `${m}.x`).join(' || '));
  });

  test('the README starts with Install', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme.match(/^## .*/m)![0]).toBe('## Install');
    expect(readme).not.toMatch(/equivalent to Validations/);
    expect(readme).not.toMatch(/\.\.\/shared\//);
  });
});
