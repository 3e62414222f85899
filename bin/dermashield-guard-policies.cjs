#!/usr/bin/env node
// Entry point of the package.json "bin" `dermashield-guard-policies`: runs dist/bin/dermashield-guard-policies.js, or bin/dermashield-guard-policies.ts through tsx in a checkout.
'use strict';
require('./run-bin.cjs')('dermashield-guard-policies');
