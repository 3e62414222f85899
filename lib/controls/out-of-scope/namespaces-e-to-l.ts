/** Out-of-scope resource types of the namespaces e to l (see ./index.ts for what may be listed). */
export const OUT_OF_SCOPE_E_TO_L: Readonly<Record<string, string>> = {
  'AWS::EC2::VerifiedAccessEndpoint': 'Holds no ePHI: the key encrypts only Verified Access policy and endpoint configuration, not application traffic or data.',
  'AWS::EC2::VerifiedAccessGroup': 'Holds no ePHI: the key encrypts only the group\'s Verified Access policy document.',
  'AWS::EC2::VerifiedAccessTrustProvider': 'Holds no ePHI: the key encrypts only identity-provider settings (OIDC client secret, device-trust options).',
  'AWS::EVS::Environment': 'Holds no ePHI: the key encrypts the VCF installation credentials in Secrets Manager; VM data lives on the hosts, judged as EC2/EBS.',
  'AWS::Events::Connection': 'Holds no ePHI: the key encrypts the API-destination credentials of the connection; the events themselves are judged on AWS::Events::EventBus.',
  'AWS::FinSpace::Environment': 'Amazon FinSpace is a financial-data service that is not HIPAA-eligible, so a practice must not put ePHI in it.',
  'AWS::GroundStation::MissionProfile': 'AWS Ground Station carries satellite downlink streams; it is not HIPAA-eligible and not a place for ePHI.',
  'AWS::IAM::SAMLProvider': 'Holds no ePHI: SAML assertions carry identity attributes of staff sign-in; AssertionEncryptionMode and its keys protect those, over TLS.',
  'AWS::ImageBuilder::Component': 'Holds no ePHI: the key encrypts a build component document (install and test scripts for golden images).',
  'AWS::ImageBuilder::ContainerRecipe': 'Holds no ePHI: build-time container recipe; the volumes of what runs the image are judged on AWS::EC2::Instance/LaunchTemplate and ECS.',
  'AWS::ImageBuilder::DistributionConfiguration': 'Holds no ePHI: golden-image AMI distribution; volumes launched from the AMI are judged on AWS::EC2::Instance/LaunchTemplate.',
  'AWS::ImageBuilder::ImageRecipe': 'Holds no ePHI: build-time image recipe volumes; volumes launched from the image are judged on AWS::EC2::Instance/LaunchTemplate.',
  'AWS::ImageBuilder::Workflow': 'Holds no ePHI: the key encrypts an image-build workflow document.',
  'AWS::Kendra::DataSource': 'Connector configuration only: crawled documents are stored in the index, judged on AWS::Kendra::Index; SslCertificateS3Path is a trust anchor, not an on/off switch.',
  'AWS::LookoutEquipment::InferenceScheduler': 'Amazon Lookout for Equipment analyses industrial sensor data; it holds no patient data and the service is being discontinued.',
  'AWS::LookoutMetrics::AnomalyDetector': 'Amazon Lookout for Metrics (discontinued) analyses business metrics, not patient records; not a place for ePHI.',
};
