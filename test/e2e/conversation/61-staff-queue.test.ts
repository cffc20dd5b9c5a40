/**
 * "/antrian" alone (session 42, `npm run simulate`): a counter's "show me today's queue" was "Layanan tidak dikenal" and the usage.
 * After a call it lists the queue of the service last called; before any call, the day's summary of every service.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('"/antrian" with no service (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('shows the day\'s summary before any call, then the queue of the service last called', async () => {
    await book(s, citizen(), 'booking ktp hari ini jam 10', 'Ana Lestari');
    await book(s, citizen(), 'booking kk hari ini jam 11', 'Budi Santoso');
    await step(s, STAFF, '/antrian', { kind: 'staff', has: ['Ringkasan 2026-11-23', 'ktp: 1 nomor', 'kk: 1 nomor'], not: ['tidak dikenal'] });
    await step(s, STAFF, '/panggil ktp', { has: ['KTP-001'] });
    await step(s, STAFF, '/antrian', { kind: 'staff', has: ['Antrean ktp hari ini', 'KTP-001 10:00 Ana Lestari'], not: ['Budi'] });
  });
});
