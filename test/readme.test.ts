import * as fs from 'fs';
import * as path from 'path';
import { CONTROLS } from '../lib/controls';
import { replaceBetween, replaceControlTable } from '../lib/controls/render';
import { renderAcknowledgementTable } from '../lib/reference/acknowledgements';
import { ACK_TABLE_END, ACK_TABLE_START, referenceAcknowledgements } from '../lib/reference/report';

describe('README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf-8');

  test('the control table is the one generated from the catalog (run `npm run docs` after changing a control)', () => {
    expect(replaceControlTable(readme, CONTROLS)).toBe(readme);
  });

  test('the acknowledgement table lists exactly what the reference architecture acknowledges (run `npm run docs`)', () => {
    const context = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'cdk.json'), 'utf-8')).context;
    const expected = replaceBetween(readme, ACK_TABLE_START, ACK_TABLE_END, renderAcknowledgementTable(referenceAcknowledgements(context)));
    expect(readme).toBe(expected);
  });

  test('every control id appears in the table', () => {
    for (const control of CONTROLS) expect(readme).toContain(`| ${control.id} |`);
  });

  test('the README shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npx cdk synth');
    expect(readme).toContain('npm test');
  });
});
