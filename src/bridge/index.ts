export { renderActivity, type RenderActivityOptions, type ActivityElement } from './render-activity.js';
export { connectChat, type ChatBridge } from './connect-chat.js';
export { createFetchFlowClient, type FetchFlowClientOptions } from './fetch-client.js';
