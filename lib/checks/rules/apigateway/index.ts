import { DermaShieldRule } from '../../rule';
import { ApiGatewayDomainTls } from './ApiGatewayDomainTls';

export { ApiGatewayDomainTls };
export const APIGATEWAY_RULES: readonly DermaShieldRule[] = [ApiGatewayDomainTls];
