export { freePort } from './free-port.js';
export { startStack } from './stack.js';
export type { RunningStack, StackOptions } from './stack.js';
