// An esbuild plugin for `npm run build` (dist/ and the CDN file): minifies the CSS inside Lit's
// css`…` tagged templates of src/, which esbuild's JavaScript minifier leaves as written (a
// template's text is a string to it). The templates are found with the TypeScript parser, their
// CSS minified by esbuild's own CSS minifier; an inline source map of the edit keeps dist/'s
// source maps pointing at the files as written.
//
// Only templates without `${…}` are minified: an interpolation may stand for a value, a selector
// or whole rules, and no placeholder survives CSS minification in every one of those places.
// None of returnkit's templates has one today; a template that gains one is left as written.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import ts from 'typescript';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/** Whether the file imports `css` from lit (so `css` is Lit's tag, not something else's). */
function importsLitCss(file) {
  return file.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === 'lit' &&
      statement.importClause?.namedBindings !== undefined &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      statement.importClause.namedBindings.elements.some(
        (element) => element.name.text === 'css' && (element.propertyName ?? element.name).text === 'css',
      ),
  );
}

/** The css`…` templates without interpolations, as template literal nodes. */
function cssTemplates(path, source) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (!importsLitCss(file)) return [];
  const found = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      ts.isNoSubstitutionTemplateLiteral(node.template)
    ) {
      found.push(node.template);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Text as the body of a template literal whose cooked value is that text. */
const templateBody = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * Minifies one template's CSS (its cooked text, what Lit's `css` reads); `undefined` when esbuild
 * warns about it (CSS it does not understand, which it might change): that template stays as
 * written, and the warning is printed.
 */
async function minifyCss(css, where) {
  const result = await transform(css, { loader: 'css', minify: true, logLevel: 'silent', sourcefile: where });
  if (result.warnings.length > 0) {
    const text = result.warnings.map((warning) => warning.text).join('; ');
    console.warn(`${where}: CSS left as written, esbuild warns: ${text}`);
    return undefined;
  }
  return result.code.trim();
}

/** @returns {import('esbuild').Plugin} */
export function minifyCssPlugin() {
  return {
    name: 'returnkit-minify-css',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(srcDir) || args.path.endsWith('.d.ts')) return undefined;
        const source = await readFile(args.path, 'utf8');
        const templates = cssTemplates(args.path, source);
        // Nothing to change: esbuild loads the file itself.
        if (templates.length === 0) return undefined;
        const edited = new MagicString(source);
        for (const template of templates) {
          const { line } = ts.getLineAndCharacterOfPosition(template.getSourceFile(), template.getStart());
          const css = await minifyCss(template.text, `${args.path}:${line + 1}`);
          // Between the backticks.
          if (css !== undefined) edited.overwrite(template.getStart() + 1, template.getEnd() - 1, templateBody(css));
        }
        if (!edited.hasChanged()) return undefined;
        const map = edited.generateMap({ source: args.path, includeContent: true, hires: 'boundary' });
        return { contents: `${edited}\n//# sourceMappingURL=${map.toUrl()}\n`, loader: 'ts' };
      });
    },
  };
}
