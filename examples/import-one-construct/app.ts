// Adding one DermaShield construct to an existing stack: a clinical image bucket for an imaging app that already
// runs on aws-cdk-lib. In your own project: import { ... } from 'dermashield';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ClinicalImageBucket, ClinicalImageRetention, DermaShieldChecks } from '../../lib';

const app = new App();
const stack = new Stack(app, 'ExistingImagingApp');

// What the stack already had: the role the imaging app's upload service runs as.
const uploader = new iam.Role(stack, 'UploadServiceRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });

// The one construct: encrypted (a new PhiKey for the images domain), TLS 1.2+ only, locked, versioned, logged.
const images = new ClinicalImageBucket(stack, 'DermoscopyImages', {
  objectLockRetention: ClinicalImageRetention.years(10),
});
images.grantPut(uploader, 'uploads/*'); // also grants the images key, scoped to S3

Validations.of(app).addPlugins(new DermaShieldChecks(app));
app.synth();
