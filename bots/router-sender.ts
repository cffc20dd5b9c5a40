/** Routes a pushed message to the channel its user key names (`tg:` → Telegram, …). */
import { DeliveryError } from '../core/errors.js';
import type { Sender } from '../core/ports.js';
import type { Channel } from '../core/types.js';

export function routerSender(senders: Partial<Record<Channel, Sender>>): Sender {
  return {
    send: (message) => {
      const channel = message.to.split(':')[0] as Channel;
      const sender = senders[channel];
      if (!sender) return Promise.reject(new DeliveryError('UNREACHABLE', `channel ${channel} is not running`));
      return sender.send(message);
    },
  };
}
