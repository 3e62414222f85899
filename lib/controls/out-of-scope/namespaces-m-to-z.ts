/** Out-of-scope resource types of the namespaces m to z (see ./index.ts for what may be listed). */
export const OUT_OF_SCOPE_M_TO_Z: Readonly<Record<string, string>> = {
};
