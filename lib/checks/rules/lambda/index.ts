import { DermaShieldRule } from '../../rule';
import { LambdaLogGroupDefined } from './LambdaLogGroupDefined';

export { LambdaLogGroupDefined };

/** Rules for AWS Lambda that the declarative table cannot express. */
export const LAMBDA_RULES: readonly DermaShieldRule[] = [LambdaLogGroupDefined];
