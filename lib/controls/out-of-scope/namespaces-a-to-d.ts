/** Out-of-scope resource types of the namespaces a to d (see ./index.ts for what may be listed). */
export const OUT_OF_SCOPE_A_TO_D: Readonly<Record<string, string>> = {
};
