// Run by `npm run build:jsii` after jsii: reads the assembly (.jsii) and fails on public API that jsii accepts but
// DESIGN.md ("jsii-ready public API") rules out: union types (use a class with static factories) and `any`.
// KNOWN lists the ones not fixed yet; an entry that is fixed must leave the list, so it only shrinks.
import * as fs from 'fs';
import * as path from 'path';

/** `<type fqn>#<member>[.<parameter>]` -> what to do instead. */
const KNOWN: Record<string, string> = {
};

interface TypeRef { readonly union?: { readonly types: TypeRef[] }; readonly primitive?: string; readonly collection?: { readonly elementtype: TypeRef } }
interface Param { readonly name: string; readonly type: TypeRef }
interface Member { readonly name: string; readonly type?: TypeRef; readonly parameters?: Param[]; readonly returns?: { readonly type: TypeRef } }
interface JsiiType { readonly properties?: Member[]; readonly methods?: Member[]; readonly initializer?: Member }

function problem(ref: TypeRef | undefined): string | undefined {
  if (!ref) return undefined;
  if (ref.union) return 'union type';
  if (ref.primitive === 'any') return 'any';
  return ref.collection ? problem(ref.collection.elementtype) : undefined;
}

const assembly = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.jsii'), 'utf-8')) as { types: Record<string, JsiiType> };
const found = new Map<string, string>();
for (const [fqn, type] of Object.entries(assembly.types)) {
  const check = (where: string, ref: TypeRef | undefined) => {
    const p = problem(ref);
    if (p) found.set(where, p);
  };
  for (const prop of type.properties ?? []) check(`${fqn}#${prop.name}`, prop.type);
  for (const method of [...(type.methods ?? []), ...(type.initializer ? [{ ...type.initializer, name: 'constructor' }] : [])]) {
    check(`${fqn}#${method.name}()`, method.returns?.type);
    for (const param of method.parameters ?? []) check(`${fqn}#${method.name}.${param.name}`, param.type);
  }
}

const added = [...found].filter(([where]) => !(where in KNOWN));
const fixed = Object.keys(KNOWN).filter((where) => !found.has(where));
for (const [where, what] of added) process.stderr.write(`jsii API: ${where} has ${what === 'any' ? 'type any' : 'a union type (use a class with static factories)'}; see DESIGN.md, "jsii-ready public API"\n`);
for (const where of fixed) process.stderr.write(`jsii API: ${where} is fixed; remove it from KNOWN in scripts/check-jsii-api.ts\n`);
if (added.length || fixed.length) process.exitCode = 1;
else process.stdout.write(`jsii API: ${Object.keys(assembly.types).length} types; ${found.size} known exceptions left (scripts/check-jsii-api.ts)\n`);
