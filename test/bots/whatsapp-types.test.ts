/**
 * Compile-time proof that the real whatsapp-web.js types fit the adapter's narrow shapes: if a
 * library upgrade changes `Client` or `Message` in a way the adapter relies on, `tsc` fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Client, Message } from 'whatsapp-web.js';

import type { WaClientLike, WaMessageLike } from '../../bots/whatsapp.js';

const clientFits = (client: Client): WaClientLike => client;
const messageFits = (message: Message): WaMessageLike => message;

describe('whatsapp-web.js types', () => {
  it('Client and Message are assignable to WaClientLike and WaMessageLike (checked by tsc)', () => {
    expect([clientFits, messageFits].every((check) => typeof check === 'function')).toBe(true);
  });
});
