import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { ReturnkitElement } from '../../src/internal/returnkit-element.js';
import { defineElement } from '../../src/internal/define.js';
import { configContext, type ReturnkitConfig } from '../../src/context.js';
import { ProtocolErrorEvent } from '../../src/events/index.js';

/** A minimal element on the base, showing what render functions get. */
class TestElement extends ReturnkitElement<'retry' | 'back'> {
  constructor() {
    // The English strings it renders, as every element hands its own to the base.
    super({ retry: 'Try again', back: 'Back' });
  }

  override render() {
    return html`<p dir=${this.direction}>
      ${this.localizer.locale}|${this.localizer.t('retry')}|${this.localizer.t('back')}
    </p>`;
  }

  get currentLocale() {
    return this.localizer.locale;
  }

  fail(fatal: boolean) {
    this.reportProtocolError([{ path: 'payload.status', message: 'required' }], { messageType: 'orderTracker', fatal });
  }

  send(event: Event) {
    return this.emit(event);
  }
}
defineElement('test-returnkit-element', TestElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-returnkit-element': TestElement;
  }
}

const text = (el: TestElement) => el.shadowRoot!.querySelector('p')!.textContent!.trim();

describe('ReturnkitElement', () => {
  const documentLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it('renders with the built-in strings', async () => {
    const el = await fixture<TestElement>(html`<test-returnkit-element locale="en-GB"></test-returnkit-element>`);
    expect(text(el)).to.equal('en-GB|Try again|Back');
  });

  it('takes its locale from the nearest lang ancestor', async () => {
    const wrapper = await fixture(html`<div lang="de-DE"><test-returnkit-element></test-returnkit-element></div>`);
    const el = wrapper.querySelector('test-returnkit-element')!;
    await el.updateComplete;
    expect(el.currentLocale).to.equal('de-DE');
  });

  it('prefers its own locale attribute, and skips an invalid one silently', async () => {
    const wrapper = await fixture(
      html`<div lang="de-DE"><test-returnkit-element locale="fr-FR"></test-returnkit-element></div>`,
    );
    const el = wrapper.querySelector('test-returnkit-element')!;
    await el.updateComplete;
    expect(el.currentLocale).to.equal('fr-FR');
    el.locale = 'not a locale!';
    await el.updateComplete;
    expect(el.currentLocale).to.equal('de-DE');
  });

  it('follows a change of the page language', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<TestElement>(html`<test-returnkit-element></test-returnkit-element>`);
    expect(el.currentLocale).to.equal('nl');
    document.documentElement.lang = 'ja';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.currentLocale).to.equal('ja');
  });

  it('re-resolves on languagechange', async () => {
    const el = await fixture<TestElement>(html`<test-returnkit-element></test-returnkit-element>`);
    document.documentElement.removeAttribute('lang');
    window.dispatchEvent(new Event('languagechange'));
    await el.updateComplete;
    expect(el.currentLocale).to.equal(new Intl.Locale(navigator.language).toString());
  });

  it('uses locale and strings from the config context, below its own properties', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const config: ReturnkitConfig = { locale: 'es-ES', strings: { retry: 'Reintentar', back: 'Volver' } };
    new ContextProvider(wrapper, { context: configContext, initialValue: config });
    const el = document.createElement('test-returnkit-element');
    wrapper.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('es-ES|Reintentar|Volver');
    el.strings = { back: 'Atrás' };
    el.locale = 'es-MX';
    await el.updateComplete;
    expect(text(el)).to.equal('es-MX|Reintentar|Atrás');
  });

  it('strings override one key and keep the rest', async () => {
    const el = await fixture<TestElement>(
      html`<test-returnkit-element locale="en" .strings=${{ retry: 'Retry' }}></test-returnkit-element>`,
    );
    expect(text(el)).to.equal('en|Retry|Back');
  });

  it('derives the direction from the locale unless dir is set on the element', async () => {
    const el = await fixture<TestElement>(html`<test-returnkit-element locale="ar"></test-returnkit-element>`);
    expect(el.direction).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('p')!.dir).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.dir).to.equal('ltr');
  });

  it('fires protocol-error with its tag name as source', async () => {
    const el = await fixture<TestElement>(html`<test-returnkit-element></test-returnkit-element>`);
    const event = oneEvent(el, 'protocol-error');
    el.fail(true);
    const { detail } = await event;
    expect(detail).to.deep.equal({
      source: 'test-returnkit-element',
      messageType: 'orderTracker',
      issues: [{ path: 'payload.status', message: 'required' }],
      fatal: true,
    });
  });

  it('holds a protocol-error raised before connection until it connects', async () => {
    const el = document.createElement('test-returnkit-element');
    const received: ProtocolErrorEvent[] = [];
    el.addEventListener('protocol-error', (e) => received.push(e));
    el.fail(false);
    expect(received).to.have.length(0);
    document.body.append(el);
    el.remove();
    document.body.append(el);
    el.remove();
    expect(received).to.have.length(1);
    expect(received[0].detail.fatal).to.be.false;
  });

  it('emit reports whether a listener prevented the event', async () => {
    const el = await fixture<TestElement>(html`<test-returnkit-element></test-returnkit-element>`);
    el.addEventListener('veto', (e) => e.preventDefault());
    expect(el.send(new Event('veto', { cancelable: true }))).to.be.false;
    expect(el.send(new Event('other', { cancelable: true }))).to.be.true;
  });
});

describe('defineElement', () => {
  it('registering the same tag twice is harmless', () => {
    expect(() => defineElement('test-returnkit-element', TestElement)).not.to.throw();
    expect(customElements.get('test-returnkit-element')).to.equal(TestElement);
  });

  it('keeps the first class when another copy registers the tag', () => {
    class Other extends ReturnkitElement {}
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('test-returnkit-element', Other);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-returnkit-element')).to.equal(TestElement);
    expect(warnings).to.have.length(1);
  });
});
