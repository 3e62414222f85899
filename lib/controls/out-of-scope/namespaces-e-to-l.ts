/** Out-of-scope resource types of the namespaces e to l (see ./index.ts for what may be listed). */
export const OUT_OF_SCOPE_E_TO_L: Readonly<Record<string, string>> = {
  'AWS::KMS::Alias': 'Only a name for a key and holds no data; a key named by alias is resolved to its AWS::KMS::Key (or AWS-managed alias) and judged by the rule of the property that names it.',
};
