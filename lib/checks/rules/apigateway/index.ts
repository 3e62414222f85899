import { DermaShieldRule } from '../../rule';
import { ApiGatewayDomainTls } from './ApiGatewayDomainTls';
import { ApiGatewayRestApiTls } from './ApiGatewayRestApiTls';
import { ApiGatewayStageCacheEncrypted } from './ApiGatewayStageCacheEncrypted';

export { ApiGatewayDomainTls, ApiGatewayRestApiTls, ApiGatewayStageCacheEncrypted };
export const APIGATEWAY_RULES: readonly DermaShieldRule[] = [ApiGatewayDomainTls, ApiGatewayRestApiTls, ApiGatewayStageCacheEncrypted];
