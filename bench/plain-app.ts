#!/usr/bin/env node
// Benchmark 3's baseline: the same reference architecture as bin/dermashield.ts, with no policy plugins registered.
// (aws-cdk-lib's own CloudFormation validation still runs, as in any aws-cdk-lib app, unless CDK_VALIDATION=false.)
import { App } from 'aws-cdk-lib';
import { addReferencePractice, practiceSettingsFrom } from '../lib/reference';

const app = new App();
addReferencePractice(app, practiceSettingsFrom(app.node));
app.synth();
