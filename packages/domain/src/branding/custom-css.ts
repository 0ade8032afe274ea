import { generate, parse, walk, type CssNode } from "css-tree";

/** Entra's limit for a custom stylesheet. */
export const CUSTOM_CSS_MAX_BYTES = 25 * 1024;

const ALLOWED_AT_RULES = new Set(["media", "supports", "container", "layer"]);
const FORBIDDEN_PROPERTIES = new Set(["behavior", "-moz-binding"]);
const FORBIDDEN_FUNCTIONS = new Set(["expression", "image-set", "-webkit-image-set", "element"]);

export type CustomCssResult = { ok: true; css: string } | { ok: false; problems: string[] };

const at = (node: CssNode) => (node.loc ? ` (line ${node.loc.start.line})` : "");

/**
 * An admin's stylesheet for the hosted pages, parsed and written out again by
 * css-tree, so what is served is CSS and nothing else. Refused, with where:
 * anything that fetches from elsewhere (url(), @import, @font-face), script
 * hooks of old browsers (expression(), behavior, -moz-binding), at-rules other
 * than @media, @supports, @container and @layer, syntax errors, more than 25 KB.
 */
export function sanitiseCustomCss(source: string): CustomCssResult {
  if (Buffer.byteLength(source, "utf8") > CUSTOM_CSS_MAX_BYTES)
    return { ok: false, problems: ["The stylesheet is larger than 25 KB."] };
  const problems: string[] = [];
  const ast = parse(source, {
    positions: true,
    onParseError: (error) => problems.push(`${error.message} (line ${error.line})`),
  });
  walk(ast, (node) => {
    if (node.type === "Atrule" && !ALLOWED_AT_RULES.has(node.name.toLowerCase()))
      problems.push(`@${node.name} is not allowed${at(node)}.`);
    if (node.type === "Url")
      problems.push(`url() is not allowed: upload a logo instead${at(node)}.`);
    if (node.type === "Function" && FORBIDDEN_FUNCTIONS.has(node.name.toLowerCase()))
      problems.push(`${node.name}() is not allowed${at(node)}.`);
    if (node.type === "Declaration" && FORBIDDEN_PROPERTIES.has(node.property.toLowerCase()))
      problems.push(`${node.property} is not allowed${at(node)}.`);
    if (node.type === "Raw" && /[<>]|\\/.test(node.value))
      problems.push(`This part cannot be read as CSS${at(node)}.`);
  });
  if (problems.length) return { ok: false, problems: [...new Set(problems)].slice(0, 10) };
  return { ok: true, css: generate(ast) };
}
