import { DermaShieldRule } from '../../rule';
import { CloudFrontOriginTls } from './CloudFrontOriginTls';
import { CloudFrontViewerHttps } from './CloudFrontViewerHttps';
import { CloudFrontViewerTls } from './CloudFrontViewerTls';

export { CloudFrontOriginTls, CloudFrontViewerHttps, CloudFrontViewerTls };
export const CLOUDFRONT_RULES: readonly DermaShieldRule[] = [CloudFrontViewerTls, CloudFrontViewerHttps, CloudFrontOriginTls];
