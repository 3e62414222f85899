import * as fs from 'fs';
import * as path from 'path';
import { CONTROLS } from '../lib/controls';
import { replaceControlTable } from '../lib/controls/render';

describe('README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf-8');

  test('the control table is the one generated from the catalog (run `npm run docs` after changing a control)', () => {
    expect(replaceControlTable(readme, CONTROLS)).toBe(readme);
  });

  test('every control id appears in the table', () => {
    for (const control of CONTROLS) expect(readme).toContain(`| ${control.id} |`);
  });

  test('the README shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npx cdk synth');
    expect(readme).toContain('npm test');
  });
});
