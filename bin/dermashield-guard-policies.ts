#!/usr/bin/env node
/**
 * dermashield-guard-policies: prints the catalog's AWS Config custom policy (Guard) rules. A thin shell over
 * lib/audit/guard-policy-export.ts (all logic, and its tests, live there). Run `dermashield-guard-policies --help`.
 * Installed as the package.json "bin" through bin/dermashield-guard-policies.cjs; `npm run guard-policies` in a checkout.
 */
import { guardPoliciesCommand } from '../lib/audit/guard-policy-export';

const out = guardPoliciesCommand(process.argv.slice(2));
process.stdout.write(out.stdout);
process.stderr.write(out.stderr);
process.exitCode = out.exitCode;
