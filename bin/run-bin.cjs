// Shared by the package.json "bin" shims (dermashield-evidence.cjs, dermashield-guard-policies.cjs).
// A published package ships compiled JavaScript (dist/bin/<name>.js from `npm run build`): run that.
// In a source checkout (`npm ci` without a build) there is no .js: run the TypeScript through tsx, a devDependency.
// The shims are .cjs so that `tsc` never overwrites them and the repository's `*.js` ignore rule does not hide them.
'use strict';
const fs = require('fs');
const path = require('path');

module.exports = function runBin(name) {
  const compiled = path.join(__dirname, '..', 'dist', 'bin', `${name}.js`);
  if (fs.existsSync(compiled)) {
    require(compiled);
    return;
  }
  try {
    require('tsx/cjs');
  } catch (err) {
    process.stderr.write(
      `${name}: no compiled JavaScript (run \`npm run build\`) and tsx is not installed (run \`npm ci\`).\n` +
        `${err && err.message ? err.message : err}\n`,
    );
    process.exit(2);
  }
  require(`./${name}.ts`);
};
