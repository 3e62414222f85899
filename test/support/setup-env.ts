// Rule unit tests judge our own pack; aws-cdk-lib's CloudFormation validation (seconds per synth) is switched on
// explicitly by the tests of the reference architecture and the examples.
if (process.env.DERMASHIELD_TEST_CFN_VALIDATION !== 'true') {
  process.env.CDK_VALIDATION = 'false';
}
