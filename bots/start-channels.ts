/**
 * Builds the configured chat channels, each under its own supervisor (bots/supervisor.ts), so one
 * failing never stops the others. The adapters are imported only when configured: whatsapp-web.js
 * and puppeteer alone cost ~0.34 s and 33 MB at start (issue 14), and telegraf is not free either.
 */
import { join } from 'node:path';

import type { Config } from '../core/config.js';
import type { Clock, Conversation, Logger, Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import type { UserKey } from '../core/types.js';
import type { Behind, Undelivered } from './channel.js';
import { createInboundLog } from './inbound-log.js';
import { superviseChannel,type SupervisedChannel } from './supervisor.js';

export interface ChannelDeps {
  readonly config: Config;
  readonly conversation: Conversation;
  readonly store: Store<LayaniTables>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Every staff user key (settings and STAFF_IDS): Telegram staff get the staff command menu. */
  readonly staff: readonly UserKey[];
  readonly onUnreachable: (user: UserKey) => void;
  readonly undelivered: Undelivered;
  /** Replies of a chat with older messages still in the outbox wait behind them. */
  readonly behind: Behind;
  /** A channel failed in a way restarting cannot fix (bad token): exit non-zero. */
  readonly onFatal: (error: Error) => void;
  /** A channel is (again) running: retry the outbox. */
  readonly onRunning: () => void;
}

export function superviseChannels(deps: ChannelDeps): SupervisedChannel[] {
  const { config, logger, clock } = deps;
  const supervision = { logger, clock, onFatal: deps.onFatal, onRunning: deps.onRunning };
  const channels: SupervisedChannel[] = [];
  const telegram = config.telegram;
  if (telegram) {
    const inbound = createInboundLog(deps.store, clock);
    inbound.prune(new Date(clock.now().getTime() - 2 * 86_400_000));
    const staffChats = deps.staff.flatMap((user) => (/^tg:-?\d+$/.test(user) ? [Number(user.slice(3))] : []));
    channels.push(
      superviseChannel(
        'tg',
        async (events) => {
          const { createTelegramChannel } = await import('./telegram.js');
          return createTelegramChannel({ ...telegram, ...common(deps), events, inbound, staffChats });
        },
        supervision,
      ),
    );
  }
  const whatsapp = config.whatsapp;
  if (whatsapp) {
    channels.push(
      superviseChannel(
        'wa',
        async (events) => {
          const { createWhatsAppChannel, createWhatsAppClient } = await import('./whatsapp.js');
          return createWhatsAppChannel({
            ...common(deps),
            events,
            clientFactory: () => createWhatsAppClient({ dataDir: join(config.dataDir, 'whatsapp'), chromiumPath: whatsapp.chromiumPath }),
            sendIntervalMs: whatsapp.sendIntervalMs,
          });
        },
        supervision,
      ),
    );
  }
  return channels;
}

function common(deps: ChannelDeps) {
  return { conversation: deps.conversation, logger: deps.logger, onUnreachable: deps.onUnreachable, undelivered: deps.undelivered, behind: deps.behind };
}
