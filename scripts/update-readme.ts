// Regenerates the control table in README.md from the catalog: `npm run docs`.
import * as fs from 'fs';
import * as path from 'path';
import { CONTROLS } from '../lib/controls';
import { replaceControlTable } from '../lib/controls/render';

const file = path.join(__dirname, '..', 'README.md');
fs.writeFileSync(file, replaceControlTable(fs.readFileSync(file, 'utf-8'), CONTROLS));
console.log(`README.md: control table regenerated (${CONTROLS.length} controls)`);
