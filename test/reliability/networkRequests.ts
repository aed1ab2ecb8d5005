import ts from "typescript";

/**
 * Where shipped code could reach a server, found in its syntax tree rather than in its text: a
 * URL inside a string (an XML namespace SheetJS writes into a file, a link in a message, React's
 * SVG namespace) is data, and only becomes a request when code hands it to something that loads
 * it. So this names
 * - every use of an API whose only job is to talk to a server (`fetch`, `XMLHttpRequest`,
 *   `WebSocket`, `EventSource`, `sendBeacon`, …), whatever its argument, and `importScripts(…)`
 *   called (webpack's runtime only tests that it exists);
 * - every absolute URL (or one built by `+`/template from a string holding one) given to
 *   something that loads what it names: `open`, `location.assign/replace`, `new Worker`,
 *   `new Image`, `import()`, `setAttribute(…, url)`, and `src`/`href`/`action`/`location`… whether
 *   assigned or passed as a prop (`jsx("img", { src })`) — except the Office.js CDN and localhost.
 * A URL built at run time and handed to a DOM property escapes this; the pages' Content Security
 * Policy (checked beside this) is what stops those.
 *
 * @example networkRequestsIn('fetch("/a")') // ['fetch: fetch("/a")']
 * @example networkRequestsIn('w("Types",{xmlns:"http://schemas.openxmlformats.org/package/2006/content-types"})') // []
 */
export function networkRequestsIn(code: string, fileName = "bundle.js"): string[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const found: string[] = [];
  const say = (what: string, node: ts.Node) =>
    found.push(`${what}: ${node.getText(source).replace(/\s+/g, " ").slice(0, 120)}`);
  const visit = (node: ts.Node) => {
    const name = nameOf(node);
    if (name !== undefined && REQUEST_APIS.has(name)) say(name, node.parent);
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      calleeName(node) === "importScripts"
    )
      say("importScripts", node);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const spec = node.arguments[0];
      if (spec && !(ts.isStringLiteralLike(spec) && !hasAbsoluteUrl(spec.text)))
        say("import()", node);
    }
    if (isStringPiece(node) && hasAbsoluteUrl(node.text) && !onlyAllowedUrls(node.text)) {
      const sink = loadingSink(wholeValue(node));
      if (sink) say(sink, wholeValue(node).parent);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Names of APIs that exist only to send or receive over the network. */
const REQUEST_APIS = new Set([
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebTransport",
  "EventSource",
  "sendBeacon",
  "RTCPeerConnection",
]);

/** Calls that load the URL they are given (any argument, except as noted in `urlArgument`). */
const LOADING_CALLS = new Set([
  "open",
  "assign",
  "replace",
  "Worker",
  "SharedWorker",
  "Image",
  "Audio",
  "register",
  "setAttribute",
  "setAttributeNS",
  "navigate",
  "prefetch",
  "preload",
]);

/** Properties and props whose value is a URL a browser loads. */
const LOADING_PROPS = new Set([
  "src",
  "srcset",
  "srcSet",
  "href",
  "action",
  "formAction",
  "location",
  "poster",
  "background",
  "codebase",
  "ping",
]);

/** Servers shipped code may name where it loads something: Office.js (Office requires its CDN). */
const ALLOWED_ORIGINS = /^(https:\/\/appsforoffice\.microsoft\.com\/|https?:\/\/localhost[:/])/;
const ABSOLUTE_URL = /(?:\b(?:https?|wss?|ftp):)?\/\/[^\s"'`<>()\\]+/gi;

function hasAbsoluteUrl(text: string): boolean {
  return /\b(?:https?|wss?|ftp):\/\/|^\/\/[a-z0-9]/i.test(text);
}

function onlyAllowedUrls(text: string): boolean {
  const urls = (text.match(ABSOLUTE_URL) ?? []).filter((u) => /^[a-z]+:|^\/\//i.test(u));
  return urls.length > 0 && urls.every((u) => ALLOWED_ORIGINS.test(u));
}

function isStringPiece(node: ts.Node): node is ts.LiteralLikeNode {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
  );
}

/** `x`, `a.x`, `a["x"]`, `{ x: … }`: the name a node uses, if it is a name. */
function nameOf(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (
    node.parent &&
    ts.isElementAccessExpression(node.parent) &&
    node === node.parent.argumentExpression
  )
    return ts.isStringLiteralLike(node) ? node.text : undefined;
  return undefined;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression))
    return callee.argumentExpression.text;
  return undefined;
}

/** The whole value a string piece is part of: through `+`, templates, parentheses and `?:`. */
function wholeValue(node: ts.Node): ts.Node {
  let value = node;
  for (;;) {
    const parent = value.parent;
    if (
      ts.isTemplateSpan(parent) ||
      ts.isTemplateExpression(parent) ||
      ts.isParenthesizedExpression(parent) ||
      (ts.isConditionalExpression(parent) && parent.condition !== value) ||
      (ts.isBinaryExpression(parent) &&
        (parent.operatorToken.kind === ts.SyntaxKind.PlusToken ||
          parent.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
          parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken))
    )
      value = parent;
    else return value;
  }
}

/** What would load a value, if anything: the call it is given to, or the property it is set to. */
function loadingSink(value: ts.Node): string | undefined {
  const parent = value.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== value) {
    const name = calleeName(parent);
    if (!name || !LOADING_CALLS.has(name)) return undefined;
    const args = parent.arguments ?? [];
    // setAttribute(name, value), setAttributeNS(namespace, name, value): only the value loads.
    if (name === "setAttribute" || name === "setAttributeNS")
      return args.at(-1) === value ? name : undefined;
    // String#replace takes URLs as text; only location.assign/replace load them.
    if (name === "assign" || name === "replace") {
      const callee = parent.expression;
      const on = ts.isPropertyAccessExpression(callee) ? callee.expression.getText() : "";
      return /location$/i.test(on) ? name : undefined;
    }
    return name;
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    parent.right === value
  ) {
    const target = parent.left;
    const name = ts.isIdentifier(target)
      ? target.text
      : ts.isPropertyAccessExpression(target)
        ? target.name.text
        : undefined;
    return name && LOADING_PROPS.has(name) ? `${name} =` : undefined;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === value) {
    const key = parent.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : undefined;
    return name && LOADING_PROPS.has(name) ? `${name}:` : undefined;
  }
  return undefined;
}
