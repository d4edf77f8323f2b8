import { expect, waitUntil } from '@open-wc/testing';
import { render, type ReactiveControllerHost } from 'lit';
import { Localizer } from '../../src/i18n/localizer.js';
import { en } from '../../src/i18n/strings.js';
import {
  MAX_MARKDOWN_DEPTH,
  MAX_MARKDOWN_LENGTH,
  MarkdownController,
  decodeEntities,
  lexMarkdown,
  loadMarkdown,
  plainDocument,
  renderMarkdown,
  renderPlainText,
  type MarkdownDocument,
  type RefusedLink,
} from '../../src/internal/markdown.js';

const l = new Localizer(en, 'en');
const mounted: HTMLElement[] = [];

/** Renders markdown into a fresh container in the page and returns it with its document. */
async function show(text: string): Promise<{ root: HTMLElement; doc: MarkdownDocument }> {
  const doc = await lexMarkdown(text);
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  render(renderMarkdown(doc, l), root);
  return { root, doc };
}

/** The visible text of a rendered container, with `<br>` read as a newline. */
function textOf(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const br of clone.querySelectorAll('br')) br.replaceWith('\n');
  return (clone.textContent ?? '').replace(/<!--\?lit\$\d+\$-->/g, '');
}

afterEach(() => {
  for (const root of mounted.splice(0)) root.remove();
});

describe('markdown', () => {
  it('renders plain text as a paragraph', async () => {
    const { root } = await show('Your return window has closed.');
    const paragraphs = root.querySelectorAll('p');
    expect(paragraphs).to.have.length(1);
    expect(paragraphs[0]!.textContent!.trim()).to.equal('Your return window has closed.');
  });

  describe('inline formatting', () => {
    it('renders bold', async () => {
      const { root } = await show('The **30-day** window');
      expect(root.querySelector('strong')?.textContent).to.equal('30-day');
      expect(root.textContent).not.to.include('**');
    });

    it('renders italic with either marker', async () => {
      const { root } = await show('*closed* and _final_');
      const em = [...root.querySelectorAll('em')].map((e) => e.textContent);
      expect(em).to.deep.equal(['closed', 'final']);
    });

    it('renders bold inside italic', async () => {
      const { root } = await show('*very **much** closed*');
      expect(root.querySelector('em strong')?.textContent).to.equal('much');
    });

    it('shows inline code and code blocks as plain text', async () => {
      const { root } = await show('Use `<b>code</b>` here\n\n    block <i>x</i>\n    second');
      expect(root.querySelector('code, pre, b, i')).to.equal(null);
      expect(textOf(root)).to.include('Use <b>code</b> here');
      expect(textOf(root)).to.include('block <i>x</i>\nsecond');
    });

    it('decodes character references in text, as text', async () => {
      const { root } = await show('Fish &amp; Chips &copy; &#65;&#x42; &lt;b&gt; &unknown;');
      expect(root.querySelector('b')).to.equal(null);
      expect(root.textContent).to.include('Fish & Chips © AB <b> &unknown;');
    });

    it('keeps backslash escapes literal', async () => {
      const { root } = await show('\\*not italic\\*');
      expect(root.querySelector('em')).to.equal(null);
      expect(root.textContent).to.include('*not italic*');
    });
  });

  describe('line breaks and paragraphs', () => {
    it('turns every newline inside a paragraph into a line break', async () => {
      const { root } = await show('Order closed.\nNeed help?\nWrite to us.');
      expect(root.querySelectorAll('p')).to.have.length(1);
      expect(root.querySelectorAll('p br')).to.have.length(2);
      expect(textOf(root).trim()).to.equal('Order closed.\nNeed help?\nWrite to us.');
    });

    it('keeps a line break next to formatting', async () => {
      const { root } = await show('**Closed**\non 9 April');
      expect(root.querySelectorAll('br')).to.have.length(1);
      expect(textOf(root).trim()).to.equal('Closed\non 9 April');
    });

    it('renders hard breaks (two spaces, backslash) once each', async () => {
      const { root } = await show('a  \nb\\\nc');
      expect(root.querySelectorAll('br')).to.have.length(2);
    });

    it('starts a paragraph at a blank line', async () => {
      const { root } = await show('First.\n\nSecond.\n\n\nThird.');
      const paragraphs = [...root.querySelectorAll('p')].map((p) => p.textContent!.trim());
      expect(paragraphs).to.deep.equal(['First.', 'Second.', 'Third.']);
    });

    it('renders a heading as a bold paragraph, never a heading element', async () => {
      const { root } = await show('# Return window closed\nSorry about that.');
      expect(root.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect(root.querySelector('p > strong')?.textContent).to.equal('Return window closed');
    });

    it('renders a thematic break as a separator', async () => {
      const { root } = await show('above\n\n***\n\nbelow');
      expect(root.querySelectorAll('hr')).to.have.length(1);
    });
  });

  describe('lists', () => {
    it('renders an unordered list', async () => {
      const { root } = await show('- Boots\n- Socks');
      const items = [...root.querySelectorAll('ul > li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(['Boots', 'Socks']);
    });

    it('renders an ordered list and keeps its start number', async () => {
      const { root } = await show('3. Pack\n4. Ship');
      const ol = root.querySelector('ol')!;
      expect(ol.start).to.equal(3);
      expect(ol.querySelectorAll('li')).to.have.length(2);
    });

    it('renders nested lists with formatting inside items', async () => {
      const { root } = await show('- Shoes\n  1. **Left**\n  2. Right\n- Laces');
      expect(root.querySelectorAll('ul > li')).to.have.length(2);
      const nested = root.querySelector('ul > li > ol')!;
      expect(nested.querySelectorAll('li')).to.have.length(2);
      expect(nested.querySelector('strong')?.textContent).to.equal('Left');
    });

    it('renders loose lists with paragraphs in items', async () => {
      const { root } = await show('- one\n\n- two\n\n  more');
      expect(root.querySelectorAll('ul > li')).to.have.length(2);
      expect(root.querySelectorAll('ul > li:last-child > p')).to.have.length(2);
    });
  });

  describe('links', () => {
    it('renders an http(s) link that opens in a new tab', async () => {
      const { root, doc } = await show('[Contact us](https://help.example.com/returns)');
      const a = root.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('https://help.example.com/returns');
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.textContent).to.include('Contact us');
      expect(doc.refusedLinks).to.deep.equal([]);
    });

    it('says, for screen readers only, that the link opens in a new tab', async () => {
      const { root } = await show('[Help](https://help.example.com)');
      const hint = root.querySelector('a .visually-hidden');
      expect(hint?.textContent?.trim()).to.equal('(opens in a new tab)');
    });

    it('renders formatting inside a link', async () => {
      const { root } = await show('[**Help** centre](https://help.example.com)');
      expect(root.querySelector('a strong')?.textContent).to.equal('Help');
    });

    it('resolves a relative link against the page', async () => {
      const { root } = await show('[FAQ](/faq?q=returns)');
      expect(root.querySelector('a')!.getAttribute('href')).to.equal(new URL('/faq?q=returns', document.baseURI).href);
    });

    it('decodes character references in a destination before checking it', async () => {
      const { root } = await show('[x](https://shop.example.com/?a=1&amp;b=2)');
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://shop.example.com/?a=1&b=2');
    });

    it('renders an autolink', async () => {
      const { root } = await show('<https://help.example.com/x>');
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://help.example.com/x');
    });

    it('keeps a bare URL as text', async () => {
      const { root } = await show('Visit https://help.example.com today');
      expect(root.querySelector('a')).to.equal(null);
      expect(root.textContent).to.include('https://help.example.com');
    });

    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
    ]) {
      it(`refuses ${href.slice(0, 16)}…: shown as its text, not clickable, and reported`, async () => {
        const { root, doc } = await show(`Click [here](<${href}>) now`);
        expect(root.querySelector('a')).to.equal(null);
        expect(root.textContent).to.include('Click here now');
        expect(doc.refusedLinks).to.have.length(1);
        expect(doc.refusedLinks[0]!.href).to.equal(href);
        expect(doc.refusedLinks[0]!.reason).to.be.a('string').and.not.equal('');
      });
    }

    it('refuses an entity-encoded javascript: destination', async () => {
      const { root, doc } = await show('[x](javascript&#58;alert(1))');
      expect(root.querySelector('a')).to.equal(null);
      expect(doc.refusedLinks).to.have.length(1);
    });

    it('reports every refused link and keeps the good ones', async () => {
      const { root, doc } = await show('[a](javascript:a()) [b](https://ok.example.com) [c](mailto:x@y.example)');
      expect(root.querySelectorAll('a')).to.have.length(1);
      expect(doc.refusedLinks.map((link: RefusedLink) => link.href)).to.deep.equal([
        'javascript:a()',
        'mailto:x@y.example',
      ]);
    });
  });

  describe('what is never rendered as markup', () => {
    it('shows raw <img onerror> as literal text, with no img element', async () => {
      const { root } = await show('Look <img src=x onerror=alert(1)> here');
      expect(root.querySelector('img')).to.equal(null);
      expect(root.textContent).to.include('<img src=x onerror=alert(1)>');
    });

    it('shows a <script> block as literal text, with no script element', async () => {
      const { root } = await show('<script>alert(1)</script>\n\nafter');
      expect(root.querySelector('script')).to.equal(null);
      expect(root.textContent).to.include('<script>alert(1)</script>');
      expect(root.textContent).to.include('after');
    });

    it('shows a multi-line HTML block as text with its line breaks', async () => {
      const { root } = await show('<div onclick="x()">\nhello\n</div>');
      expect(root.querySelector('div')).to.equal(null);
      expect(textOf(root)).to.include('<div onclick="x()">\nhello\n</div>');
    });

    it('renders an image as its alt text only', async () => {
      const { root } = await show('See ![the *blue* boots](https://cdn.example.com/boots.png) here');
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('em')).to.equal(null);
      expect(root.textContent).to.include('See the blue boots here');
      expect(root.textContent).not.to.include('cdn.example.com');
    });

    it('does not make a link out of a link inside image alt text', async () => {
      const { root, doc } = await show('![[x](javascript:alert(1))](https://cdn.example.com/a.png)');
      expect(root.querySelector('a, img')).to.equal(null);
      expect(doc.refusedLinks).to.deep.equal([]);
    });

    it('ignores a link reference definition and uses it for the link', async () => {
      const { root } = await show('[Help][h]\n\n[h]: https://help.example.com');
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://help.example.com/');
      expect(root.textContent).not.to.include('[h]:');
    });

    it('keeps the content of a block quote', async () => {
      const { root } = await show('> quoted **text**');
      expect(root.querySelector('strong')?.textContent).to.equal('text');
    });
  });

  describe('hostile input', () => {
    it('caps nesting depth and still shows the deeper text', async () => {
      const depth = MAX_MARKDOWN_DEPTH + 10;
      const text = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level${i}`).join('\n');
      const { root } = await show(text);
      expect(root.querySelectorAll('ul').length).to.be.within(2, MAX_MARKDOWN_DEPTH);
      expect(root.textContent).to.include(`level${depth - 1}`);
    });

    it('does not turn links below the depth cap into links', async () => {
      const text = `${'> '.repeat(MAX_MARKDOWN_DEPTH + 5)}[deep](https://ok.example.com)`;
      const { root } = await show(text);
      expect(root.querySelector('a')).to.equal(null);
      expect(root.textContent).to.include('deep');
    });

    it('survives input that overflows the tokenizer (thousands of nested quotes)', async () => {
      const text = `${'> '.repeat(5000)}bottom`;
      const { root, doc } = await show(text);
      expect(doc.tokens).to.equal(null);
      expect(root.textContent).to.include('bottom');
    });

    it('survives thousands of emphasis markers', async () => {
      const { root } = await show(`${'*'.repeat(3000)}x${'*'.repeat(3000)}`);
      expect(root.textContent).to.include('x');
    });

    it('shows text longer than the limit as plain text without tokenizing it', async () => {
      const text = `**bold** ${'a'.repeat(MAX_MARKDOWN_LENGTH)}`;
      const { root, doc } = await show(text);
      expect(doc.tokens).to.equal(null);
      expect(root.querySelector('strong')).to.equal(null);
      expect(root.textContent).to.include('**bold**');
    });
  });

  describe('plain text', () => {
    it('renders paragraphs and line breaks without markdown', () => {
      const root = document.createElement('div');
      render(renderPlainText('a **b**\r\nc\n\n\n  \nd\n'), root);
      expect([...root.querySelectorAll('p')].map((p) => textOf(p))).to.deep.equal(['a **b**\nc', 'd']);
      expect(root.querySelector('strong')).to.equal(null);
    });

    it('renders a plain document the same way', () => {
      const root = document.createElement('div');
      render(renderMarkdown(plainDocument('x\ny'), l), root);
      expect(root.querySelectorAll('p br')).to.have.length(1);
    });

    it('decodes numeric references and refuses impossible code points', () => {
      expect(decodeEntities('&#128512; &#xD800; &#0; &amp;amp;')).to.equal('😀 \ufffd \ufffd &amp;');
    });
  });

  describe('loading', () => {
    it('loads marked once', async () => {
      const [a, b] = await Promise.all([loadMarkdown(), loadMarkdown()]);
      expect(a).to.equal(b);
      expect(a.Lexer).to.be.a('function');
    });
  });

  describe('MarkdownController', () => {
    function host() {
      let updates = 0;
      const fake: ReactiveControllerHost = {
        addController() {},
        removeController() {},
        requestUpdate() {
          updates += 1;
        },
        updateComplete: Promise.resolve(true),
      };
      return { fake, updates: () => updates };
    }

    it('shows plain text at once, then the markdown, and asks the host to update', async () => {
      const { fake, updates } = host();
      const controller = new MarkdownController(fake);
      controller.setText('**Closed**\nsorry');
      const root = document.createElement('div');
      render(controller.render(l), root);
      expect(root.querySelector('strong')).to.equal(null);
      expect(root.textContent).to.include('**Closed**');
      expect(root.querySelectorAll('br')).to.have.length(1);
      await waitUntil(() => controller.ready, 'markdown never became ready');
      expect(updates()).to.equal(1);
      render(controller.render(l), root);
      expect(root.querySelector('strong')?.textContent).to.equal('Closed');
    });

    it('renders nothing without text', () => {
      const controller = new MarkdownController(host().fake);
      const root = document.createElement('div');
      render(controller.render(l), root);
      expect(root.textContent).to.equal('');
      expect(controller.ready).to.equal(false);
    });

    it('reports refused links once per text, and drops a stale result', async () => {
      const reported: (readonly RefusedLink[])[] = [];
      const { fake } = host();
      const controller = new MarkdownController(fake, { onRefusedLinks: (links) => reported.push(links) });
      controller.setText('[old](javascript:old())');
      controller.setText('[new](javascript:new())');
      controller.setText('[new](javascript:new())');
      await waitUntil(() => controller.ready);
      await lexMarkdown('settle'); // let the stale lexing finish too
      expect(reported).to.have.length(1);
      expect(reported[0]![0]!.href).to.equal('javascript:new()');
      expect(controller.text).to.equal('[new](javascript:new())');
    });

    it('forgets the text when it is cleared', async () => {
      const controller = new MarkdownController(host().fake);
      controller.setText('x');
      controller.setText(undefined);
      await lexMarkdown('settle');
      expect(controller.ready).to.equal(false);
      expect(controller.text).to.equal(undefined);
    });
  });
});
