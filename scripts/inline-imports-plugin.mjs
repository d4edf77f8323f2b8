// An esbuild plugin for the single-file CDN build: turns each `import('…')` in src/ into a static
// import of the same module. The file has no chunks, so esbuild would inline a dynamically
// imported module anyway — but wrapped in a lazy-init function, together with every module it
// reaches (lit, zod, the protocol layer for the portal's lazy step views), which cost the file
// ~2 KB brotli. The modules concerned (step views, locales, marked) have no side effects, so
// evaluating them at load instead of on first use changes nothing else.
//
// The calls are found with the TypeScript parser (`typeof import('x')` is a type, not a call);
// an inline source map of the edit keeps the CDN file's map pointing at the files as written.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/** The `import('specifier')` calls of a file with a string-literal specifier. */
function dynamicImports(path, source) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const calls = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      calls.push({ start: node.getStart(), end: node.getEnd(), specifier: node.arguments[0].text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

/** @returns {import('esbuild').Plugin} */
export function inlineImportsPlugin() {
  return {
    name: 'returnkit-inline-imports',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(srcDir) || args.path.endsWith('.d.ts')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import(')) return undefined;
        const calls = dynamicImports(args.path, source);
        if (calls.length === 0) return undefined;
        const edited = new MagicString(source);
        const names = new Map();
        for (const { start, end, specifier } of calls) {
          if (!names.has(specifier)) names.set(specifier, `__returnkitInlined${names.size}`);
          edited.overwrite(start, end, `Promise.resolve(${names.get(specifier)})`);
        }
        for (const [specifier, name] of names)
          edited.prepend(`import * as ${name} from ${JSON.stringify(specifier)};\n`);
        const map = edited.generateMap({ source: args.path, includeContent: true, hires: 'boundary' });
        return { contents: `${edited}\n//# sourceMappingURL=${map.toUrl()}\n`, loader: 'ts' };
      });
    },
  };
}
