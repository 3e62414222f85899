#!/usr/bin/env node
// The reference architecture: one dermatology practice, synthesized through every policy check.
// Settings come from cdk.json context `dermashield:practice` (placeholders that synthesize; replace before deploy).
import { App } from 'aws-cdk-lib';
import { addPolicyChecks, addReferencePractice, practiceSettingsFrom } from '../lib/reference';

const app = new App();
addReferencePractice(app, practiceSettingsFrom(app.node));
addPolicyChecks(app);
app.synth();
