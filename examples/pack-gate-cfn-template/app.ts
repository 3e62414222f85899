// DermaShieldChecks as a gate on a plain CloudFormation template: include it, then synthesize.
// In your own project: import { DermaShieldChecks } from 'dermashield';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { DermaShieldChecks } from '../../lib';

const app = new App();
const stack = new Stack(app, 'LegacyReferrals');
new CfnInclude(stack, 'Template', { templateFile: path.join(__dirname, 'template.json') });
Validations.of(app).addPlugins(new DermaShieldChecks(app));
app.synth();
