import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { describeIntrinsic, isIntrinsic, PSEUDO_PARAMETERS } from './values';

/**
 * The effective resource: what the synthesized template contains for one logical id, with escape-hatch
 * overrides (`addPropertyOverride`, `addPropertyDeletionOverride`, `addOverride`) applied and tokens resolved.
 *
 * Rules read this, never the L1 class instance, so raw `CfnResource`s, `CfnInclude`d templates and resources
 * built by another copy of aws-cdk-lib are judged the same way.
 */
export interface EffectiveResource {
  /** Logical id in its template. */
  readonly logicalId: string;
  /** CloudFormation type, e.g. `AWS::S3::Bucket`. */
  readonly type: string;
  /** The resolved `Properties` (an empty object when the template has none). */
  readonly properties: Record<string, unknown>;
  /** The whole template entry: `Metadata`, `DeletionPolicy`, `Condition`, ... */
  readonly entry: Record<string, unknown>;
  /** The template the resource lives in. */
  readonly stack: EffectiveStack;
  /** Construct path of the resource, or the logical id when no construct is known. */
  readonly path: string;
}

/** Where a reference (`Ref`, `Fn::GetAtt`, `Fn::ImportValue`, ...) leads, as far as synthesis can tell. */
export type Target =
  | { readonly kind: 'absent' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'resource'; readonly resource: EffectiveResource; readonly attribute?: string }
  | { readonly kind: 'unverifiable'; readonly why: string };

/** One synthesized template, indexed by logical id and by type. */
export class EffectiveStack {
  /** Template resources by logical id. */
  public readonly resources: ReadonlyMap<string, EffectiveResource>;
  private readonly byType = new Map<string, EffectiveResource[]>();
  private readonly template: Record<string, any>;

  /** Logical id of each of this stack's own CfnResource constructs (resolved once, at indexing). */
  private readonly logicalIds: ReadonlyMap<IConstruct, string>;

  constructor(
    public readonly app: EffectiveApp,
    public readonly stack: Stack,
    template: Record<string, any>,
    index: StackIndex = indexStack(stack),
  ) {
    this.template = template;
    this.logicalIds = index.logicalIdByConstruct;
    const pathsByLogicalId = index.pathByLogicalId;
    const resources = new Map<string, EffectiveResource>();
    for (const [logicalId, entry] of Object.entries<Record<string, any>>(template.Resources ?? {})) {
      const resource: EffectiveResource = {
        logicalId,
        type: String(entry.Type),
        properties: entry.Properties && typeof entry.Properties === 'object' ? entry.Properties : {},
        entry,
        stack: this,
        path: pathsByLogicalId.get(logicalId) ?? `${stack.node.path}/${logicalId}`,
      };
      resources.set(logicalId, resource);
      const list = this.byType.get(resource.type) ?? [];
      list.push(resource);
      this.byType.set(resource.type, list);
    }
    this.resources = resources;
  }

  /** The logical id a CfnResource of this stack renders under (computed once per resource). */
  public logicalIdOf(node: CfnResource): string {
    return this.logicalIds.get(node) ?? this.stack.resolve(node.logicalId);
  }

  /** Resources of one CloudFormation type in this template. */
  public ofType(type: string): readonly EffectiveResource[] {
    return this.byType.get(type) ?? [];
  }

  /** Template `Parameters`. */
  public get parameters(): Record<string, unknown> {
    return this.template.Parameters ?? {};
  }

  /** Template `Outputs`. */
  public get outputs(): Record<string, any> {
    return this.template.Outputs ?? {};
  }

  /** Follow a reference from a value in this template to what it names. */
  public resolve(value: unknown, depth = 0): Target {
    return this.app.resolve(value, this, depth);
  }
}

/**
 * The effective templates of a whole app, built lazily: each template is read once (from the synthesized file
 * when the validation context names it, otherwise by rendering the stack), so a pass over the app is linear.
 */
export class EffectiveApp {
  private readonly stacks = new Map<Stack, EffectiveStack>();
  private exportIndex?: Map<string, { stack: EffectiveStack; value: unknown }>;
  private allStacksCache?: Stack[];
  private readonly ofTypeCache = new Map<string, EffectiveResource[]>();
  private aliasIndex?: Map<string, EffectiveResource>;
  private templateFileByName?: Map<string, string>;
  private templateDirs: string[] = [];

  /**
   * @param root the app (or any construct of it)
   * @param templateFiles absolute template paths from the validation context, used instead of re-rendering
   */
  constructor(private readonly root: IConstruct, private readonly templateFiles: readonly string[] = []) {}

  /** The effective resource a `CfnResource` construct becomes, or undefined if it is not in any template. */
  public resourceFor(node: CfnResource): EffectiveResource | undefined {
    const effective = this.stackFor(Stack.of(node));
    return effective.resources.get(effective.logicalIdOf(node));
  }

  /** The effective template of a stack. */
  public stackFor(stack: Stack): EffectiveStack {
    let effective = this.stacks.get(stack);
    if (!effective) {
      effective = new EffectiveStack(this, stack, this.loadTemplate(stack), indexStack(stack));
      this.stacks.set(stack, effective);
    }
    return effective;
  }

  /** Every resource of a type, across all templates of the app (computed once per type, so callers stay linear). */
  public ofType(type: string): readonly EffectiveResource[] {
    let found = this.ofTypeCache.get(type);
    if (!found) {
      found = this.allStacks().flatMap((s) => [...this.stackFor(s).ofType(type)]);
      this.ofTypeCache.set(type, found);
    }
    return found;
  }

  /**
   * The app's `AWS::KMS::Alias` with this literal `AliasName` (e.g. `alias/dermashield/images`). Indexed once per
   * app, so resolving a key named by alias is a lookup, not a scan of every alias (quadratic in practices).
   * The first alias of a name wins.
   */
  public aliasNamed(name: string): EffectiveResource | undefined {
    if (!this.aliasIndex) {
      this.aliasIndex = new Map();
      for (const a of this.ofType('AWS::KMS::Alias')) {
        const aliasName = a.properties.AliasName;
        if (typeof aliasName === 'string' && !this.aliasIndex.has(aliasName)) this.aliasIndex.set(aliasName, a);
      }
    }
    return this.aliasIndex.get(name);
  }

  /** Every stack (including nested stacks) of the app. */
  public allStacks(): Stack[] {
    if (!this.allStacksCache) {
      const found: Stack[] = [];
      const visit = (c: IConstruct) => {
        if (Stack.isStack(c)) found.push(c);
        for (const child of c.node.children) visit(child);
      };
      visit(this.root.node.root);
      this.allStacksCache = found;
    }
    return this.allStacksCache;
  }

  /** Follow a reference from a value in `from` to what it names. */
  public resolve(value: unknown, from: EffectiveStack, depth = 0): Target {
    if (depth > 20) return { kind: 'unverifiable', why: 'reference chain too deep' };
    if (value === undefined || value === null) return { kind: 'absent' };
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return { kind: 'literal', value: String(value) };
    }
    if (!isIntrinsic(value)) return { kind: 'unverifiable', why: `${JSON.stringify(value)} is not a reference` };
    const [fn] = Object.keys(value);
    const arg = value[fn];

    if (fn === 'Ref' && typeof arg === 'string') {
      if (PSEUDO_PARAMETERS.has(arg)) return { kind: 'unverifiable', why: describeIntrinsic(value) };
      const resource = from.resources.get(arg);
      if (resource) return { kind: 'resource', resource };
      if (arg in from.parameters) return this.resolveParameter(arg, from, depth);
      return { kind: 'unverifiable', why: `Ref ${arg} names nothing in the template` };
    }
    if (fn === 'Fn::GetAtt') {
      const [logicalId, attribute] = Array.isArray(arg) ? arg : String(arg).split(/\.(.*)/s);
      const resource = typeof logicalId === 'string' ? from.resources.get(logicalId) : undefined;
      if (!resource || typeof attribute !== 'string') return { kind: 'unverifiable', why: `Fn::GetAtt ${JSON.stringify(arg)}` };
      if (resource.type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
        return this.resolveNestedOutput(resource, attribute.slice('Outputs.'.length), depth);
      }
      return { kind: 'resource', resource, attribute };
    }
    if (fn === 'Fn::ImportValue' && typeof arg === 'string') {
      const exported = this.exports().get(arg);
      if (!exported) return { kind: 'unverifiable', why: `Fn::ImportValue ${arg} (not exported by this app)` };
      return this.resolve(exported.value, exported.stack, depth + 1);
    }
    if (fn === 'Fn::Join' || fn === 'Fn::Sub') {
      const rendered = this.render(value, from, depth);
      return rendered === undefined ? { kind: 'unverifiable', why: describeIntrinsic(value) } : { kind: 'literal', value: rendered };
    }
    return { kind: 'unverifiable', why: describeIntrinsic(value) };
  }

  /**
   * Render a string-building intrinsic to a literal, with `*` for pseudo parameters (account, Region, partition),
   * so `arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/s3` is still recognisably AWS-managed.
   * Undefined when any part depends on something else.
   */
  private render(value: unknown, from: EffectiveStack, depth: number): string | undefined {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (!isIntrinsic(value)) return undefined;
    const [fn] = Object.keys(value);
    const arg = value[fn] as any;
    if (fn === 'Ref' && typeof arg === 'string' && PSEUDO_PARAMETERS.has(arg) && arg !== 'AWS::NoValue') return '*';
    if (fn === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
      const parts = arg[1].map((p: unknown) => this.render(p, from, depth + 1));
      return parts.every((p: string | undefined) => p !== undefined) ? parts.join(arg[0]) : undefined;
    }
    if (fn === 'Fn::Sub') {
      const [text, vars] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) ? [arg[0], arg[1] ?? {}] : [undefined, {}];
      if (typeof text !== 'string') return undefined;
      let ok = true;
      const out = text.replace(/\$\{([^!}][^}]*)\}/g, (_m, name: string) => {
        if (name in vars) {
          const v = this.render(vars[name], from, depth + 1);
          if (v === undefined) ok = false;
          return v ?? '';
        }
        if (PSEUDO_PARAMETERS.has(name) && name !== 'AWS::NoValue') return '*';
        ok = false;
        return '';
      });
      return ok ? out : undefined;
    }
    const target = this.resolve(value, from, depth + 1);
    return target.kind === 'literal' ? target.value : undefined;
  }

  /** A nested stack's parameter is whatever the parent passes in `AWS::CloudFormation::Stack` `Parameters`. */
  private resolveParameter(name: string, from: EffectiveStack, depth: number): Target {
    const parentResource = from.stack.nestedStackResource;
    const parentStack = from.stack.nestedStackParent;
    if (parentResource && parentStack) {
      const parent = this.stackFor(parentStack);
      const resource = parent.resources.get(parentStack.resolve(parentResource.logicalId));
      const passed = (resource?.properties.Parameters as Record<string, unknown> | undefined)?.[name];
      if (passed !== undefined) return this.resolve(passed, parent, depth + 1);
    }
    return { kind: 'unverifiable', why: `parameter ${name} (set at deploy time)` };
  }

  private resolveNestedOutput(stackResource: EffectiveResource, output: string, depth: number): Target {
    const nested = this.allStacks().find(
      (s) => s.nestedStackParent === stackResource.stack.stack && s.nestedStackResource
        && stackResource.stack.stack.resolve(s.nestedStackResource.logicalId) === stackResource.logicalId,
    );
    if (!nested) return { kind: 'unverifiable', why: `Fn::GetAtt ${stackResource.logicalId}.Outputs.${output}` };
    const effective = this.stackFor(nested);
    const out = effective.outputs[output];
    return out ? this.resolve(out.Value, effective, depth + 1) : { kind: 'unverifiable', why: `output ${output} not found` };
  }

  private exports(): Map<string, { stack: EffectiveStack; value: unknown }> {
    if (!this.exportIndex) {
      this.exportIndex = new Map();
      for (const stack of this.allStacks()) {
        const effective = this.stackFor(stack);
        for (const output of Object.values<any>(effective.outputs)) {
          const name = output?.Export?.Name;
          if (typeof name === 'string') this.exportIndex.set(name, { stack: effective, value: output.Value });
        }
      }
    }
    return this.exportIndex;
  }

  private loadTemplate(stack: Stack): Record<string, any> {
    if (!this.templateFileByName) {
      // First file of each base name wins, as the linear `find` did; one index keeps loading linear in stacks.
      this.templateFileByName = new Map();
      for (const f of this.templateFiles) {
        if (!this.templateFileByName.has(path.basename(f))) this.templateFileByName.set(path.basename(f), f);
      }
      // Templates the context does not name (nested stacks) sit beside those it does: usually one directory.
      this.templateDirs = [...new Set(this.templateFiles.map((f) => path.dirname(f)))];
    }
    const file = this.templateFileByName.get(stack.templateFile)
      ?? this.templateDirs.map((d) => path.join(d, stack.templateFile)).find((f) => fs.existsSync(f));
    if (file) return JSON.parse(fs.readFileSync(file, 'utf-8'));
    // Not synthesized to disk (direct validateScope): render it the way synthesis does.
    return stack.resolve((stack as any)._toCloudFormation());
  }
}

/** A stack's own CfnResources: construct path by logical id, and logical id by construct. */
interface StackIndex {
  readonly pathByLogicalId: ReadonlyMap<string, string>;
  readonly logicalIdByConstruct: ReadonlyMap<IConstruct, string>;
}

/**
 * Index the logical ids of a stack's own CfnResources in one walk. Each logical id is resolved exactly once
 * (`stack.resolve(logicalId)` re-derives it, hashing the path, on every call), so a pass over the app stays cheap.
 */
function indexStack(stack: Stack): StackIndex {
  const pathByLogicalId = new Map<string, string>();
  const logicalIdByConstruct = new Map<IConstruct, string>();
  const visit = (c: IConstruct) => {
    if (CfnResource.isCfnResource(c) && Stack.of(c) === stack) {
      const logicalId = stack.resolve(c.logicalId);
      pathByLogicalId.set(logicalId, c.node.path);
      logicalIdByConstruct.set(c, logicalId);
    }
    for (const child of c.node.children) {
      if (Stack.isStack(child) && child !== stack) continue; // nested stacks index themselves
      visit(child);
    }
  };
  visit(stack);
  return { pathByLogicalId, logicalIdByConstruct };
}
