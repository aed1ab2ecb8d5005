/**
 * jsdom has no TextEncoder/TextDecoder, which the browsers running the pane all have: import this
 * first in a jsdom test that writes or reads .xlsx bytes.
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
