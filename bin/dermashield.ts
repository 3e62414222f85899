#!/usr/bin/env node
import { App, Stack, Validations } from 'aws-cdk-lib';
import { DermaShieldChecks, PhiKey } from '../lib';

// Until the reference architecture lands, the app synthesizes one PhiKey per ePHI domain through the pack.
const app = new App();
const stack = new Stack(app, 'DermaShieldKeys', {
  description: 'DermaShield: customer-managed KMS keys, one per ePHI domain',
});
for (const domain of ['images', 'ehr', 'backup', 'logs']) {
  new PhiKey(stack, `${domain[0].toUpperCase()}${domain.slice(1)}Key`, { domain });
}
Validations.of(app).addPlugins(new DermaShieldChecks(app));
app.synth();
