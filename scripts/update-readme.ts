// Regenerates the generated parts of README.md: `npm run docs`.
//  - the control table, from the catalog;
//  - the acknowledgement table, from a synth of the reference architecture through every policy pack.
import * as fs from 'fs';
import * as path from 'path';
import { CONTROLS } from '../lib/controls';
import { replaceBetween, replaceControlTable } from '../lib/controls/render';
import { renderAcknowledgementTable } from '../lib/reference/acknowledgements';
import { ACK_TABLE_END, ACK_TABLE_START, referenceAcknowledgements } from '../lib/reference/report';

process.env.CDK_VALIDATION = 'false'; // acknowledgements do not depend on aws-cdk-lib's template validation
const root = path.join(__dirname, '..');
const file = path.join(root, 'README.md');
const context = JSON.parse(fs.readFileSync(path.join(root, 'cdk.json'), 'utf-8')).context;
let readme = replaceControlTable(fs.readFileSync(file, 'utf-8'), CONTROLS);
const acks = referenceAcknowledgements(context);
readme = replaceBetween(readme, ACK_TABLE_START, ACK_TABLE_END, renderAcknowledgementTable(acks));
fs.writeFileSync(file, readme);
console.log(`README.md: ${CONTROLS.length} controls, ${acks.length} acknowledged findings`);
