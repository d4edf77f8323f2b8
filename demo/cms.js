// The one script of demo/cms.html besides the CDN file: plain JavaScript, no bare import, no
// TypeScript, so the page needs nothing but a static file server. It does two small jobs.
/* global document, fetch */

// 1. A button opens <return-error-popup>: `data-opens-popup` names the popup's id and
//    `data-message` is the text it shows (empty: the built-in "something went wrong" text).
for (const button of document.querySelectorAll('button[data-opens-popup]')) {
  button.addEventListener('click', () => {
    const popup = document.getElementById(button.dataset.opensPopup ?? '');
    void popup?.show(button.dataset.message ?? '');
  });
}

// 2. A stand-in for the returns-flow server. A real page points `flow-endpoint` at its flow's
//    HTTP endpoint, and the portal POSTs each execution request there as JSON. This demo has only
//    a static file server, which answers POST with 404, so this listener answers the portal's
//    `returns-flow-execute` event instead (the portal asks through the event before it uses
//    `flow-endpoint`): the first step is the JSON file `flow-endpoint` names, read with GET, and
//    any later step is an error that says the demo stops here. Delete this block in a real page.
//    This script is loaded before the CDN file so the listener is there before the portal starts.
document.addEventListener('returns-flow-execute', (event) => {
  const portal = event.target;
  const { request, respondWith, signal } = event.detail;
  const endpoint = portal.getAttribute('flow-endpoint');
  if (request.inputs.step_type === 'product_selection' && !request.inputs.previous_step_type && endpoint) {
    respondWith(
      fetch(endpoint, { signal, headers: { accept: 'application/json' } }).then((response) => {
        if (!response.ok) throw new Error(`${endpoint} answered HTTP ${response.status}`);
        return response.json();
      }),
    );
  } else {
    respondWith(
      Promise.resolve({
        type: 'error',
        message: 'This demo stops after the first step: a real flow endpoint would answer the next one.',
      }),
    );
  }
});
