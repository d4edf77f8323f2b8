/**
 * Reads the package's modules as the test server serves them (TypeScript transformed to
 * JavaScript: type-only imports are gone, string literals are as written), to check what a module
 * graph contains without a bundler.
 */

/**
 * The URL of a module under `src/`, e.g. `srcUrl('returns-portal.ts')`: by its `.ts` name, as the
 * server rewrites the imports of the modules it serves.
 */
export const srcUrl = (path: string) => new URL(`../../src/${path}`, import.meta.url).href;

// Static imports, `from '…'` and side-effect `import '…'`; not `import('…')`, a lazy chunk.
const staticImport = /(?:\bfrom|^\s*import)\s*["']([^"']+)["']/gm;

/**
 * The served code of `entry` and of every module under `src/` it reaches through static imports,
 * by URL. `skip` leaves a module (and what only it imports) out.
 */
export async function staticGraph(
  entry: string,
  skip: (url: string) => boolean = () => false,
): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const src = srcUrl('');
  const visit = async (url: string): Promise<void> => {
    if (sources.has(url) || !url.startsWith(src) || skip(url)) return;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const code = await response.text();
    sources.set(url, code);
    const imports = [...code.matchAll(staticImport)].map((match) => match[1]!);
    await Promise.all(imports.filter((path) => path.startsWith('.')).map((path) => visit(new URL(path, url).href)));
  };
  await visit(entry);
  return sources;
}

/** The quoted string literals of `code` that are keys of `strings`. */
export function stringKeysIn(code: string, strings: object): Set<string> {
  const keys = new Set<string>();
  for (const [, key] of code.matchAll(/["'`](\w+)["'`]/g)) if (Object.hasOwn(strings, key!)) keys.add(key!);
  return keys;
}
