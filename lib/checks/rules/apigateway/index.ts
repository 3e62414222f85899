import { DermaShieldRule } from '../../rule';
import { ApiGatewayDomainTls } from './ApiGatewayDomainTls';
import { ApiGatewayV2IntegrationHttps } from './ApiGatewayV2IntegrationHttps';

export { ApiGatewayDomainTls, ApiGatewayV2IntegrationHttps };
export const APIGATEWAY_RULES: readonly DermaShieldRule[] = [ApiGatewayDomainTls, ApiGatewayV2IntegrationHttps];
