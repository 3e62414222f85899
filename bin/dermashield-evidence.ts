#!/usr/bin/env node
/**
 * dermashield-evidence: the evidence CLI. A thin shell over lib/evidence (all logic, and all tests, live there).
 * Run `dermashield-evidence --help`. Installed as the package.json "bin" through bin/dermashield-evidence.cjs.
 */
import { main } from '../lib/evidence/cli';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`dermashield-evidence: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  });
