/** Out-of-scope resource types of the namespaces e to l (see ./index.ts for what may be listed). */
export const OUT_OF_SCOPE_E_TO_L: Readonly<Record<string, string>> = {
};
