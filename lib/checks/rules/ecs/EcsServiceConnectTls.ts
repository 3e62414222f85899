import { defineRule, fail, notApplicable, pass, requireCustomerManagedKey, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, getPath, isIntrinsic, readBoolean, readList } from '../../values';

/** ACM Private CA ARNs, in any partition. */
const PCA_ARN = /^arn:[^:]+:acm-pca:[^:]*:[^:]*:certificate-authority\/.+/;

/** DS-ECS-4: Service Connect endpoints terminate TLS, with a customer-managed key for their private keys. */
export const EcsServiceConnectTls = defineRule({
  name: 'EcsServiceConnectTls',
  controlId: 'DS-ECS-4',
  resourceTypes: ['AWS::ECS::Service'],
  requirement: 'Every Service Connect service of an ECS service must turn on TLS (Tls.IssuerCertificateAuthority.AwsPcaAuthorityArn) '
    + 'with a customer-managed KMS key (Tls.KmsKey).',
  explanation: 'Without Tls, Service Connect proxies carry requests between services (ePHI included) in clear text across the '
    + 'VPC. Set tls: { awsPcaAuthorityArn, kmsKey: a PhiKey, role } on each service; without kmsKey the certificates\' '
    + 'private keys are encrypted with an AWS-owned key.',
  evaluate(resource, context) {
    const enabled = readBoolean(resource.properties, 'ServiceConnectConfiguration.Enabled');
    if (enabled.state === 'unverifiable') return unverifiable(`ServiceConnectConfiguration.Enabled is ${enabled.why}`);
    if (enabled.state === 'absent' || !enabled.value) return notApplicable();
    const services = readList(resource.properties, 'ServiceConnectConfiguration.Services');
    if (services.state === 'unverifiable') return unverifiable(`ServiceConnectConfiguration.Services is ${services.why}`);
    // A client-only service publishes no endpoint: its calls use the TLS of the endpoints it calls.
    if (services.state === 'absent' || services.value.length === 0) return notApplicable();
    return worst(services.value.map((service, i): RuleOutcome => {
      const where = `ServiceConnectConfiguration.Services.${i}`;
      if (isIntrinsic(service)) return unverifiable(`${where} is ${describeIntrinsic(service)}`);
      const tls = getPath(service, 'Tls');
      if (tls === undefined || tls === null) return fail(`${where}.Tls is not set, so the endpoint accepts plain text`);
      if (isIntrinsic(tls)) return unverifiable(`${where}.Tls is ${describeIntrinsic(tls)}`);
      const ca = resource.stack.resolve(getPath(tls, 'IssuerCertificateAuthority.AwsPcaAuthorityArn'));
      let issuer: RuleOutcome;
      switch (ca.kind) {
        case 'absent':
          issuer = fail(`${where}.Tls.IssuerCertificateAuthority.AwsPcaAuthorityArn is not set`);
          break;
        case 'unverifiable':
          issuer = unverifiable(`${where}.Tls.IssuerCertificateAuthority.AwsPcaAuthorityArn is ${ca.why}`);
          break;
        case 'resource':
          issuer = ca.resource.type === 'AWS::ACMPCA::CertificateAuthority' ? pass()
            : unverifiable(`${where}.Tls.IssuerCertificateAuthority.AwsPcaAuthorityArn refers to ${ca.resource.logicalId} (${ca.resource.type})`);
          break;
        case 'literal':
          issuer = PCA_ARN.test(ca.value) ? pass() : fail(`${where}.Tls.IssuerCertificateAuthority.AwsPcaAuthorityArn ${ca.value} is not an AWS Private CA ARN`);
          break;
      }
      return worst([issuer, requireCustomerManagedKey(resource, context, getPath(tls, 'KmsKey'), `${where}.Tls.KmsKey`)]);
    }));
  },
});
