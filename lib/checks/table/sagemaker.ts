import { TableEntry } from './entry';

const VOLUME_FIX = 'Without it SageMaker encrypts the ML storage volume with an AWS-managed key the practice cannot restrict '
  + 'or audit separately. Set it to a PhiKey (instance types with only local NVMe instance storage reject a volume key: '
  + 'acknowledge the finding for those, their instance storage is hardware-encrypted).';
const OUTPUT_FIX = 'Without it the results are written to Amazon S3 with the bucket\'s default encryption (often an '
  + 'AWS-managed or S3-managed key). Set it to a PhiKey so that the output is encrypted with a customer-managed key.';

/** One entry per monitoring job definition type: output key and volume key. */
function monitoringJobDefinition(kind: string, outputConfig: string): TableEntry {
  return {
    name: `SageMaker${kind}JobCustomerManagedKey`,
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: [`AWS::SageMaker::${kind}JobDefinition`],
    requirement: `SageMaker ${kind} job definitions must name customer-managed keys in ${outputConfig}.KmsKeyId and JobResources.ClusterConfig.VolumeKmsKeyId.`,
    fix: 'Monitoring jobs read captured inference requests and responses (patient data) onto their volumes and write '
      + `reports to S3. ${VOLUME_FIX} ${OUTPUT_FIX}`,
    checks: [
      { kind: 'customer-managed-key', path: `${outputConfig}.KmsKeyId` },
      { kind: 'customer-managed-key', path: 'JobResources.ClusterConfig.VolumeKmsKeyId' },
    ],
  };
}

/** Amazon SageMaker AI (control DS-SAGEMAKER-1). */
export const SAGEMAKER_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SageMakerNotebookCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    requirement: 'SageMaker notebook instances must name a customer-managed KMS key (KmsKeyId).',
    fix: `Notebook volumes hold the datasets and outputs clinicians and analysts work on. ${VOLUME_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'SageMakerEndpointConfigCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::EndpointConfig'],
    requirement: 'SageMaker endpoint configurations must name a customer-managed KMS key (KmsKeyId) for the endpoint storage volumes.',
    fix: `Endpoint instances keep models and request data on their ML storage volumes. ${VOLUME_FIX} Serverless endpoints `
      + 'accept no KmsKeyId either: acknowledge the finding there.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'SageMakerDataCaptureCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::EndpointConfig'],
    requirement: 'SageMaker endpoint configurations that capture data must name a customer-managed key in DataCaptureConfig.KmsKeyId.',
    fix: `Data capture copies inference requests and responses, i.e. patient data, to S3. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'DataCaptureConfig.KmsKeyId' }],
    when: { path: 'DataCaptureConfig.DestinationS3Uri' },
  },
  {
    name: 'SageMakerAsyncInferenceCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::EndpointConfig'],
    requirement: 'SageMaker asynchronous inference outputs must name a customer-managed key in AsyncInferenceConfig.OutputConfig.KmsKeyId.',
    fix: `Asynchronous inference writes every prediction to S3. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'AsyncInferenceConfig.OutputConfig.KmsKeyId' }],
    when: { path: 'AsyncInferenceConfig.OutputConfig.S3OutputPath' },
  },
  {
    name: 'SageMakerDomainCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::Domain'],
    requirement: 'SageMaker domains must name a customer-managed KMS key (KmsKeyId) for the domain\'s EFS home directories.',
    fix: 'Without KmsKeyId the EFS volume holding every Studio user\'s home directory is encrypted with an AWS-managed key. '
      + 'Set KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
  {
    name: 'SageMakerDomainSharingCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::Domain'],
    requirement: 'SageMaker domains that share notebooks to S3 must name a customer-managed key in DefaultUserSettings.SharingSettings.S3KmsKeyId.',
    fix: `Shared notebook snapshots include cell outputs, which can show patient data. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'DefaultUserSettings.SharingSettings.S3KmsKeyId' }],
    when: { path: 'DefaultUserSettings.SharingSettings.S3OutputPath' },
  },
  {
    name: 'SageMakerUserProfileSharingCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::UserProfile'],
    requirement: 'SageMaker user profiles that share notebooks to S3 must name a customer-managed key in UserSettings.SharingSettings.S3KmsKeyId.',
    fix: `Shared notebook snapshots include cell outputs, which can show patient data. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'UserSettings.SharingSettings.S3KmsKeyId' }],
    when: { path: 'UserSettings.SharingSettings.S3OutputPath' },
  },
  {
    name: 'SageMakerFeatureGroupOnlineStoreCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::FeatureGroup'],
    requirement: 'SageMaker feature groups with an online store must name a customer-managed key in OnlineStoreConfig.SecurityConfig.KmsKeyId.',
    fix: 'Feature records are per-patient data. Without SecurityConfig.KmsKeyId the online store is encrypted with an '
      + 'AWS-owned key. Set OnlineStoreConfig.SecurityConfig.KmsKeyId to a PhiKey (fixed at creation).',
    checks: [{ kind: 'customer-managed-key', path: 'OnlineStoreConfig.SecurityConfig.KmsKeyId' }],
    when: { path: 'OnlineStoreConfig.EnableOnlineStore', equals: [true] },
  },
  {
    name: 'SageMakerFeatureGroupOfflineStoreCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::FeatureGroup'],
    requirement: 'SageMaker feature groups with an offline store must name a customer-managed key in OfflineStoreConfig.S3StorageConfig.KmsKeyId.',
    fix: `The offline store keeps the full history of per-patient feature records in S3. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'OfflineStoreConfig.S3StorageConfig.KmsKeyId' }],
    when: { path: 'OfflineStoreConfig.S3StorageConfig.S3Uri' },
  },
  {
    name: 'SageMakerProcessingJobVolumeCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::ProcessingJob'],
    requirement: 'SageMaker processing jobs must name a customer-managed key in ProcessingResources.ClusterConfig.VolumeKmsKeyId.',
    fix: `Processing jobs copy their input data (often patient records) onto the ML storage volume. ${VOLUME_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'ProcessingResources.ClusterConfig.VolumeKmsKeyId' }],
  },
  {
    name: 'SageMakerProcessingJobOutputCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::ProcessingJob'],
    requirement: 'SageMaker processing jobs with outputs must name a customer-managed key in ProcessingOutputConfig.KmsKeyId.',
    fix: `Processing outputs are derived from the input data. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'ProcessingOutputConfig.KmsKeyId' }],
    when: { path: 'ProcessingOutputConfig.Outputs' },
  },
  monitoringJobDefinition('DataQuality', 'DataQualityJobOutputConfig'),
  monitoringJobDefinition('ModelBias', 'ModelBiasJobOutputConfig'),
  monitoringJobDefinition('ModelExplainability', 'ModelExplainabilityJobOutputConfig'),
  monitoringJobDefinition('ModelQuality', 'ModelQualityJobOutputConfig'),
  {
    name: 'SageMakerMonitoringScheduleCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::MonitoringSchedule'],
    requirement: 'SageMaker monitoring schedules with an inline job definition must name customer-managed keys for its output and volumes.',
    fix: 'A monitoring schedule\'s inline job reads captured inference data and writes reports to S3. Set '
      + 'MonitoringJobDefinition.MonitoringOutputConfig.KmsKeyId and MonitoringResources.ClusterConfig.VolumeKmsKeyId to a '
      + 'PhiKey (a schedule that names a job definition is judged on that job definition).',
    checks: [
      { kind: 'customer-managed-key', path: 'MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringOutputConfig.KmsKeyId' },
      { kind: 'customer-managed-key', path: 'MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.VolumeKmsKeyId' },
    ],
    when: { path: 'MonitoringScheduleConfig.MonitoringJobDefinition.RoleArn' },
  },
  {
    name: 'SageMakerInferenceExperimentCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::InferenceExperiment'],
    requirement: 'SageMaker inference experiments must name a customer-managed key (KmsKey) for the endpoint storage they create.',
    fix: `The experiment deploys shadow variants that receive copies of production requests. ${VOLUME_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'KmsKey' }],
  },
  {
    name: 'SageMakerInferenceExperimentCaptureCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::InferenceExperiment'],
    requirement: 'SageMaker inference experiments that store requests and responses must name a customer-managed key in DataStorageConfig.KmsKey.',
    fix: `The experiment stores inference requests and responses (patient data) in S3. ${OUTPUT_FIX}`,
    checks: [{ kind: 'customer-managed-key', path: 'DataStorageConfig.KmsKey' }],
    when: { path: 'DataStorageConfig.Destination' },
  },
  {
    name: 'SageMakerModelPackageValidationCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::ModelPackage'],
    requirement: 'SageMaker model packages with a validation specification must name customer-managed keys for each validation transform job\'s output and volume.',
    fix: 'Validation profiles run batch transform jobs over a dataset, which may be patient data. Set '
      + 'TransformJobDefinition.TransformOutput.KmsKeyId and TransformResources.VolumeKmsKeyId of every validation profile '
      + 'to a PhiKey.',
    checks: [
      { kind: 'customer-managed-key', path: 'ValidationSpecification.ValidationProfiles[].TransformJobDefinition.TransformOutput.KmsKeyId' },
      { kind: 'customer-managed-key', path: 'ValidationSpecification.ValidationProfiles[].TransformJobDefinition.TransformResources.VolumeKmsKeyId' },
    ],
    when: { path: 'ValidationSpecification.ValidationRole' },
  },
  {
    name: 'SageMakerPartnerAppCustomerManagedKey',
    controlId: 'DS-SAGEMAKER-1',
    resourceTypes: ['AWS::SageMaker::PartnerApp'],
    requirement: 'SageMaker partner AI apps must name a customer-managed KMS key (KmsKeyId).',
    fix: 'Partner apps (experiment tracking, evaluation) store the data logged to them; without KmsKeyId it is encrypted with '
      + 'an AWS-owned key. Set KmsKeyId to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyId' }],
  },
];
