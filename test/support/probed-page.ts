/**
 * Loads a demo page in a same-origin iframe with a probe installed before its scripts run: the
 * `returnkit-page-probe` command of scripts/cdn-plugin.mjs injects listeners for errors,
 * unhandled rejections, console warnings and `protocol-error` into the page's own window (the
 * iframe gets a new window for the page, so listeners added from here would be late).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** The command of scripts/cdn-plugin.mjs that installs the probe. */
const probeCommand = 'returnkit-page-probe';

/** What the probe recorded, as the page sees it (`window.__returnkitProbe`). */
export interface PageProbe {
  /** `document.readyState` when the probe ran: `loading` means before any script of the page. */
  readyState: string;
  problems: string[];
  protocolErrors?: string[];
}

export interface ProbedPage<P extends PageProbe> {
  win: Window & typeof globalThis;
  doc: Document;
  probe: P | undefined;
}

/** Loads `url` in an iframe of `width` × `height` named `title`; fails after 20 s. */
export async function loadProbedPage<P extends PageProbe = PageProbe>(
  url: string,
  { title, width, height }: { title: string; width: number; height: number },
): Promise<ProbedPage<P>> {
  const probeId = await executeServerCommand<string, { pathPrefix: string }>(probeCommand, { pathPrefix: url });
  const iframe = document.createElement('iframe');
  iframe.title = title;
  iframe.width = String(width);
  iframe.height = String(height);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${url} did not load within 20 s`)), 20_000);
      iframe.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
      iframe.src = url;
      document.body.append(iframe);
    });
  } finally {
    await executeServerCommand(probeCommand, { remove: probeId });
  }
  const win = iframe.contentWindow as Window & typeof globalThis & { __returnkitProbe?: P };
  return { win, doc: win.document, probe: win.__returnkitProbe };
}
