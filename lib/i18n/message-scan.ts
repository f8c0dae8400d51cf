// Finds the English messages the server can answer with, by reading the source (for the test that
// every one of them has a translation): the texts given to fail(…), to zod's checks (z.string("…"),
// .min(1, "…"), { message: "…" }), to `error`/`message` properties, returned by the *Error rule
// functions, and assigned as field errors. Texts built by a local helper (`${label} is missing`) are
// worked out for each call with literal arguments; constants are read from the file or its imports.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface FoundMessage {
  file: string;
  line: number;
  /** The message as the server sends it; a part the scan cannot know reads SAMPLE. */
  text: string;
}

/** What stands for a part of a message only known at run time (an id, a region, a date). */
export const SAMPLE = "4321";

/** zod methods and functions that take a message, and at which argument. */
const ZOD_MESSAGE_ARG: Record<string, number> = {
  string: 0,
  number: 0,
  boolean: 0,
  bigint: 0,
  date: 0,
  int: 0,
  email: 0,
  url: 0,
  uuid: 0,
  positive: 0,
  nonnegative: 0,
  nonempty: 0,
  min: 1,
  max: 1,
  length: 1,
  gt: 1,
  gte: 1,
  lt: 1,
  lte: 1,
  regex: 1,
  enum: 1,
  literal: 1,
  refine: 1,
  array: 1,
  startsWith: 1,
  endsWith: 1,
};

/** A helper's parameter outside a call: its messages are worked out at each call instead. */
const UNBOUND = Symbol("unbound");
type Value = string | number | typeof UNBOUND | undefined;
type Env = ReadonlyMap<string, Value>;

const sources = new Map<string, ts.SourceFile>();

function sourceOf(file: string): ts.SourceFile {
  let source = sources.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    sources.set(file, source);
  }
  return source;
}

function resolveModule(from: string, specifier: string, root: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** The value of a top-level constant `name` of `file`, following imports. */
function constantOf(file: string, name: string, root: string, depth = 0): Value {
  if (depth > 5) return undefined;
  const source = sourceOf(file);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (
          ts.isIdentifier(declaration.name) &&
          declaration.name.text === name &&
          declaration.initializer
        )
          return evaluate(declaration.initializer, new Map(), file, root, depth + 1);
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    )
      for (const element of statement.importClause.namedBindings.elements)
        if (element.name.text === name) {
          const target = resolveModule(file, statement.moduleSpecifier.text, root);
          const imported = element.propertyName?.text ?? element.name.text;
          return target ? constantOf(target, imported, root, depth + 1) : undefined;
        }
  }
  return undefined;
}

function unwrap(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    node = node.expression;
  return node;
}

/** A literal's value, a helper's argument, a constant, or undefined when only known at run time. */
function evaluate(node: ts.Expression, env: Env, file: string, root: string, depth = 0): Value {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text.replaceAll("_", ""));
  if (ts.isIdentifier(node))
    return env.has(node.text) ? env.get(node.text) : constantOf(file, node.text, root, depth);
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "toLocaleString"
  ) {
    const value = evaluate(node.expression.expression, env, file, root, depth);
    if (value === UNBOUND) return UNBOUND;
    return typeof value === "number" ? value.toLocaleString("en") : undefined;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, env, file, root, depth);
      if (value === UNBOUND) return UNBOUND;
      text += (value === undefined ? SAMPLE : String(value)) + span.literal.text;
    }
    return text;
  }
  return undefined;
}

/** The expressions a message position may take its text from (both sides of ?: and ??). */
function alternatives(node: ts.Expression): ts.Expression[] {
  node = unwrap(node);
  if (ts.isConditionalExpression(node))
    return [...alternatives(node.whenTrue), ...alternatives(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    return [...alternatives(node.left), ...alternatives(node.right)];
  if (ts.isTemplateExpression(node))
    // `${issue.message ?? "Not a valid value"}: …`: the fallback is a message too.
    return [
      node,
      ...node.templateSpans.flatMap((span) => {
        const inner = unwrap(span.expression);
        return ts.isBinaryExpression(inner) ? alternatives(inner.right) : [];
      }),
    ];
  return [node];
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string | null {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

function functionName(node: ts.Node): string | null {
  if (ts.isFunctionDeclaration(node)) return node.name?.text ?? null;
  if (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isVariableDeclaration(node.parent) &&
    ts.isIdentifier(node.parent.name)
  )
    return node.parent.name.text;
  return null;
}

/** Every expression under `node` in a message position. */
function messagePositions(node: ts.Node): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child) || ts.isNewExpression(child)) {
      const name = calleeName(child);
      const args = child.arguments ?? ts.factory.createNodeArray();
      if (name === "fail" && ts.isIdentifier(child.expression) && args[1]) {
        found.push(args[1]);
        const fields = args[2] && unwrap(args[2]);
        if (fields && ts.isObjectLiteralExpression(fields))
          for (const property of fields.properties)
            if (ts.isPropertyAssignment(property)) found.push(property.initializer);
      } else if (name === "ApiError" && ts.isNewExpression(child) && args[0]) {
        found.push(args[0]);
      } else if (
        name !== null &&
        name in ZOD_MESSAGE_ARG &&
        !ts.isIdentifier(child.expression) &&
        args[ZOD_MESSAGE_ARG[name]!]
      ) {
        found.push(args[ZOD_MESSAGE_ARG[name]!]!);
      }
    } else if (ts.isPropertyAssignment(child) || ts.isShorthandPropertyAssignment(child)) {
      const key = child.name.getText();
      // `where`: the place a safety flag is in ("Item 2"), shown beside the flag.
      if (key === "message" || key === "error" || key === "where")
        found.push(ts.isPropertyAssignment(child) ? child.initializer : child.name);
    } else if (
      ts.isBinaryExpression(child) &&
      child.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isElementAccessExpression(child.left)
    ) {
      // errors[`items.${i}.region`] = `Item …`: a field error.
      found.push(child.right);
    } else if (ts.isReturnStatement(child) && child.expression) {
      let owner: ts.Node | undefined = child.parent;
      while (owner && !ts.isFunctionLike(owner)) owner = owner.parent;
      if (owner && /Error$/.test(functionName(owner) ?? "")) found.push(child.expression);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found.flatMap(alternatives);
}

/** Local helpers: functions declared at the top of the file, with their parameters' names. */
function helpersOf(source: ts.SourceFile): Map<string, { params: string[]; body: ts.Node }> {
  const helpers = new Map<string, { params: string[]; body: ts.Node }>();
  for (const statement of source.statements) {
    const add = (name: string, fn: ts.SignatureDeclaration & { body?: ts.Node }) => {
      if (!fn.body || fn.parameters.length === 0) return;
      helpers.set(name, {
        params: fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : "")),
        body: fn.body,
      });
    };
    if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement);
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer && unwrap(declaration.initializer);
        if (
          ts.isIdentifier(declaration.name) &&
          init &&
          (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
        )
          add(declaration.name.text, init);
      }
  }
  return helpers;
}

/** Same-named local constants (`const message = "…"` in a block) a message position refers to. */
function localStrings(source: ts.SourceFile, name: string): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer
    )
      found.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const looksLikeMessage = (text: Value): text is string =>
  typeof text === "string" && /[a-z]/i.test(text) && text.includes(" ");

/** The messages of one source file. */
export function messagesOf(file: string, root: string): FoundMessage[] {
  const source = sourceOf(file);
  const out: FoundMessage[] = [];
  const record = (node: ts.Expression, env: Env) => {
    let text = evaluate(node, env, file, root);
    if (text === UNBOUND) return;
    if (text === undefined && ts.isIdentifier(unwrap(node)) && !env.has(node.getText())) {
      for (const init of localStrings(source, node.getText()))
        for (const option of alternatives(init)) record(option, env);
      return;
    }
    if (looksLikeMessage(text)) {
      text = text.trim();
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ file: path.relative(root, file), line, text });
    }
  };
  const helpers = helpersOf(source);
  const calls: { helper: { params: string[]; body: ts.Node }; call: ts.CallExpression }[] = [];
  const findCalls = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const helper = helpers.get(node.expression.text);
      if (helper) calls.push({ helper, call: node });
    }
    ts.forEachChild(node, findCalls);
  };
  findCalls(source);
  // Inside a helper that the file calls, a message built from its parameters is worked out per call.
  const called = new Set(calls.map((c) => c.helper.body));
  for (const position of messagePositions(source)) {
    let owner: ts.Node | undefined = position;
    while (owner && !called.has(owner)) owner = owner.parent;
    const helper = owner && [...helpers.values()].find((h) => h.body === owner);
    record(position, new Map(helper ? helper.params.map((p) => [p, UNBOUND] as const) : []));
  }
  // Helpers called with literal arguments: their messages once per call.
  for (const { helper, call } of calls) {
    const env = new Map<string, Value>(
      helper.params.map((param, i) => [
        param,
        call.arguments[i] ? evaluate(call.arguments[i], new Map(), file, root) : undefined,
      ]),
    );
    for (const position of messagePositions(helper.body)) record(position, env);
  }
  return out;
}
