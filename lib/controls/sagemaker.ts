import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon SageMaker AI: notebooks, endpoints, Studio domains, feature store, processing and monitoring jobs. */
export const SAGEMAKER_CONTROLS = defineControls([
  {
    id: 'DS-SAGEMAKER-1',
    title: 'SageMaker storage, captures and outputs encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'SageMaker notebooks, endpoint configurations (volumes, data capture, async outputs), Studio domains and user profiles (home directories, shared notebooks), feature groups, processing, monitoring and validation jobs, inference experiments, HyperPod clusters and partner apps name customer-managed keys.',
    ruleIds: ['DermaShield-SageMakerNotebookCustomerManagedKey', 'DermaShield-SageMakerEndpointConfigCustomerManagedKey', 'DermaShield-SageMakerDataCaptureCustomerManagedKey', 'DermaShield-SageMakerAsyncInferenceCustomerManagedKey', 'DermaShield-SageMakerDomainCustomerManagedKey', 'DermaShield-SageMakerDomainSharingCustomerManagedKey', 'DermaShield-SageMakerUserProfileSharingCustomerManagedKey', 'DermaShield-SageMakerFeatureGroupOnlineStoreCustomerManagedKey', 'DermaShield-SageMakerFeatureGroupOfflineStoreCustomerManagedKey', 'DermaShield-SageMakerProcessingJobVolumeCustomerManagedKey', 'DermaShield-SageMakerProcessingJobOutputCustomerManagedKey', 'DermaShield-SageMakerDataQualityJobCustomerManagedKey', 'DermaShield-SageMakerModelBiasJobCustomerManagedKey', 'DermaShield-SageMakerModelExplainabilityJobCustomerManagedKey', 'DermaShield-SageMakerModelQualityJobCustomerManagedKey', 'DermaShield-SageMakerMonitoringScheduleCustomerManagedKey', 'DermaShield-SageMakerInferenceExperimentCustomerManagedKey', 'DermaShield-SageMakerInferenceExperimentCaptureCustomerManagedKey', 'DermaShield-SageMakerModelPackageValidationCustomerManagedKey', 'DermaShield-SageMakerPartnerAppCustomerManagedKey', 'DermaShield-SageMakerClusterVolumeCustomerManagedKey'],
    configRules: [
      { identifier: 'SAGEMAKER_NOTEBOOK_INSTANCE_KMS_KEY_CONFIGURED', resourceTypes: ['AWS::SageMaker::NotebookInstance'] },
      { identifier: 'SAGEMAKER_ENDPOINT_CONFIGURATION_KMS_KEY_CONFIGURED', resourceTypes: ['AWS::SageMaker::EndpointConfig'] },
      { identifier: 'SAGEMAKER_ENDPOINT_CONFIG_KMS_KEY_REQUIRED', resourceTypes: ['AWS::SageMaker::EndpointConfig'] },
      { identifier: 'SAGEMAKER_FEATUREGROUP_ONLINE_STORE_ENCRYPTION', resourceTypes: ['AWS::SageMaker::FeatureGroup'] },
    ],
  },
]);
