import { normaliseStatus } from '../src/index.js';

// Proves the page runs the package's TypeScript through the dev server.
const status = normaliseStatus('Out for Delivery');
const target = document.querySelector('#package-status');
if (target) target.textContent = `Package loaded: "Out for Delivery" reads as ${status.canonical}.`;
