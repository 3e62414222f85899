#!/usr/bin/env node
// Entry point of the package.json "bin" `dermashield-evidence`.
// In a source checkout (bin/dermashield-evidence.ts beside this file) run the TypeScript through tsx, a devDependency,
// so that a stale dist/ from an earlier build never runs instead of the code under test.
// An installed package ships no TypeScript: run the compiled dist/bin/dermashield-evidence.js (`npm run build`).
// This file is .cjs so that `tsc` never overwrites it and the repository's `*.js` ignore rule does not hide it.
'use strict';
const fs = require('fs');
const path = require('path');

const source = path.join(__dirname, 'dermashield-evidence.ts');
const compiled = path.join(__dirname, '..', 'dist', 'bin', 'dermashield-evidence.js');
if (!fs.existsSync(source)) {
  require(compiled);
} else {
  try {
    require('tsx/cjs');
  } catch (err) {
    process.stderr.write(
      'dermashield-evidence: running from a source checkout needs tsx (run `npm ci`).\n' +
        `${err && err.message ? err.message : err}\n`,
    );
    process.exit(2);
  }
  require('./dermashield-evidence.ts');
}
