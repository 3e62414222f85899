import { DermaShieldRule } from '../../rule';
import { ApiGatewayDomainTls } from './ApiGatewayDomainTls';
import { ApiGatewayRestApiTls } from './ApiGatewayRestApiTls';
import { ApiGatewayStageCacheEncrypted } from './ApiGatewayStageCacheEncrypted';
import { ApiGatewayV2IntegrationHttps } from './ApiGatewayV2IntegrationHttps';

export { ApiGatewayDomainTls, ApiGatewayRestApiTls, ApiGatewayStageCacheEncrypted, ApiGatewayV2IntegrationHttps };
export const APIGATEWAY_RULES: readonly DermaShieldRule[] = [ApiGatewayDomainTls, ApiGatewayRestApiTls, ApiGatewayStageCacheEncrypted, ApiGatewayV2IntegrationHttps];
