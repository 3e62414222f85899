#!/usr/bin/env node
// Entry point of the package.json "bin" `dermashield-evidence`.
// A published package ships compiled JavaScript (dist/bin/dermashield-evidence.js from `npm run build`): run that.
// In a source checkout (`npm ci` without a build) there is no .js: run the TypeScript through tsx, a devDependency.
// This file is .cjs so that `tsc` never overwrites it and the repository's `*.js` ignore rule does not hide it.
'use strict';
const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'dist', 'bin', 'dermashield-evidence.js');
if (fs.existsSync(compiled)) {
  require(compiled);
} else {
  try {
    require('tsx/cjs');
  } catch (err) {
    process.stderr.write(
      'dermashield-evidence: no compiled JavaScript (run `npm run build`) and tsx is not installed (run `npm ci`).\n' +
        `${err && err.message ? err.message : err}\n`,
    );
    process.exit(2);
  }
  require('./dermashield-evidence.ts');
}
