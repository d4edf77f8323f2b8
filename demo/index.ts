/**
 * The playground (`npm start`): the reference chat flow and returns flow drive the real elements
 * in a chat panel, through `renderActivity` and `connectChat`. The side panels pick an order,
 * set locale, colour scheme, direction, panel width, latency and failures, and log every
 * message that crosses the boundary.
 *
 * Query parameters preset the controls: `?order=NW-1006&locale=ar&dark=1&rtl=1&width=320`.
 */
import { ChatWidget, type LogEntry } from './reference/chat-widget.js';
import { loadDemoData, type DemoData } from './reference/data.js';
import { createReturnsFlow, withFaults, type Failure, type FaultSettings } from './reference/returns-flow.js';

function $<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`playground: no ${selector}`);
  return found;
}

const panel = $<HTMLDivElement>('#panel');
const chatRoot = $<HTMLDivElement>('#chat-root');
const subtitle = $<HTMLParagraphElement>('#panel-subtitle');
const picker = $<HTMLUListElement>('#order-picker');
const form = $<HTMLFormElement>('#settings');
const logList = $<HTMLOListElement>('#log');

const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
const locale = field<HTMLSelectElement>('locale');
const dark = field<HTMLInputElement>('dark');
const rtl = field<HTMLInputElement>('rtl');
const latency = field<HTMLInputElement>('latency');
const latencyOut = field<HTMLOutputElement>('latencyOut');
const failure = field<HTMLSelectElement>('failure');
const once = field<HTMLInputElement>('once');

// The boundary log --------------------------------------------------------------------------------

const MAX_LOG = 300;
const arrows: Record<LogEntry['direction'], string> = { in: '→ in', out: '← out', event: '◆ event' };

/** JSON for reading: data: URLs shortened to their type and size. */
function readable(data: unknown): string {
  return JSON.stringify(
    data,
    (_key, value: unknown) =>
      typeof value === 'string' && value.startsWith('data:') && value.length > 80
        ? `${value.slice(0, value.indexOf(',') + 1)}… (${Math.round(value.length / 1024)} kB)`
        : value,
    2,
  );
}

const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
});

function log(entry: LogEntry): void {
  const item = document.createElement('li');
  item.className = `entry ${entry.direction} kind-${entry.kind}`;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = arrows[entry.direction];
  const kind = document.createElement('code');
  kind.className = 'kind';
  kind.textContent = entry.kind;
  const text = document.createElement('span');
  text.className = 'summary';
  text.textContent = entry.summary;
  const stamp = document.createElement('time');
  stamp.dateTime = entry.time.toISOString();
  stamp.textContent = time.format(entry.time);
  summary.append(badge, ' ', kind, ' ', text, ' ', stamp);
  const pre = document.createElement('pre');
  // Serialised now (the object may change later), shown on demand.
  pre.textContent = readable(entry.data);
  details.append(summary, pre);
  item.append(details);
  logList.prepend(item);
  while (logList.children.length > MAX_LOG) logList.lastElementChild?.remove();
}

$<HTMLButtonElement>('#clear-log').addEventListener('click', () => logList.replaceChildren());

// Settings ----------------------------------------------------------------------------------------

const params = new URLSearchParams(location.search);
const localeParam = params.get('locale');
if (localeParam) {
  const option = [...locale.options].find((o) => o.value === localeParam || o.value.split('-')[0] === localeParam);
  if (option) locale.value = option.value;
}
dark.checked = params.has('dark') ? params.get('dark') !== '0' : matchMedia('(prefers-color-scheme: dark)').matches;
rtl.checked = params.has('rtl') ? params.get('rtl') !== '0' : locale.value === 'ar';
const widthParam = params.get('width');
if (widthParam) {
  const radio = form.querySelector<HTMLInputElement>(`input[name="width"][value="${CSS.escape(widthParam)}"]`);
  if (radio) radio.checked = true;
}
if (params.has('latency')) latency.value = String(Number(params.get('latency')) || 0);

const faults = (): FaultSettings => ({
  latency: Number(latency.value),
  failure: failure.value as Failure,
  once: once.checked,
});

function applyLook(): void {
  document.documentElement.dataset.theme = dark.checked ? 'dark' : 'light';
  const width = form.querySelector<HTMLInputElement>('input[name="width"]:checked')?.value ?? '420';
  panel.dataset.width = width;
  latencyOut.value = `${latency.value} ms`;
}

// The widget --------------------------------------------------------------------------------------

function orderPicker(data: DemoData, start: (orderNumber: string) => void): void {
  for (const order of data.orders) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'order';
    button.dataset.order = order.orderNumber;
    button.setAttribute('aria-pressed', 'false');
    const number = document.createElement('strong');
    number.textContent = `${order.orderNumber} · ${order.title}`;
    const note = document.createElement('small');
    note.textContent = order.exercises;
    button.append(number, note);
    button.addEventListener('click', () => start(order.orderNumber));
    const item = document.createElement('li');
    item.append(button);
    picker.append(item);
  }
}

async function main(): Promise<void> {
  applyLook();
  const data = await loadDemoData();
  const flow = createReturnsFlow(data);
  const widget = new ChatWidget(chatRoot, {
    data,
    execute: withFaults(flow, faults, () => {
      failure.value = 'none'; // "only the next execution": switch it off once used
    }),
    onLog: log,
    locale: locale.value,
    dir: rtl.checked ? 'rtl' : null,
  });

  const start = (orderNumber: string) => {
    for (const button of picker.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.order === orderNumber));
    }
    subtitle.textContent = `About order ${orderNumber}`;
    log({
      direction: 'event',
      kind: 'conversation',
      summary: `new conversation: ${orderNumber}`,
      data: { orderNumber },
      time: new Date(),
    });
    widget.startConversation(orderNumber);
  };
  orderPicker(data, start);

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target === (locale as Element)) {
      widget.locale = locale.value;
      if ((locale.value === 'ar') !== rtl.checked) {
        rtl.checked = locale.value === 'ar';
        widget.dir = rtl.checked ? 'rtl' : null;
      }
    }
    if (target === rtl) widget.dir = rtl.checked ? 'rtl' : null;
    applyLook();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  const first = data.orders.find((o) => o.orderNumber === params.get('order'))?.orderNumber ?? 'NW-1002';
  start(first);
  await Promise.all(widget.elements().map((element) => element.updateComplete));
  document.documentElement.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  const message = document.createElement('p');
  message.className = 'fatal';
  message.setAttribute('role', 'alert');
  message.textContent = `The playground could not start: ${String(error)}`;
  chatRoot.replaceChildren(message);
  document.documentElement.dataset.ready = 'error';
});
