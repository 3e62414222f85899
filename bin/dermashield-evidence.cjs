#!/usr/bin/env node
// Entry point of the package.json "bin" `dermashield-evidence`: runs dist/bin/dermashield-evidence.js, or bin/dermashield-evidence.ts through tsx in a checkout.
'use strict';
require('./run-bin.cjs')('dermashield-evidence');
