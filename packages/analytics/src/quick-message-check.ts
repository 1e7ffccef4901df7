import type { MessageType, SegmentMessage } from './segment-message.js';

/**
 * Zod validation costs more than everything else on the tracking API's hot path, so messages
 * of the everyday shape are checked here first. This accepts only messages the zod schema
 * accepts *and leaves unchanged* (no trimming, no number-to-string ids, no calendar edge
 * cases); anything else goes to zod, which also words the refusal. A property test holds the two
 * to that contract.
 */
const ISO_INSTANT =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= 512;
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isInstant = (value: unknown) => typeof value === 'string' && ISO_INSTANT.test(value);

function commonFieldsOk(message: Record<string, unknown>): boolean {
  for (const key in message) {
    const value = message[key];
    switch (key) {
      case 'messageId':
      case 'anonymousId':
      case 'userId':
        if (!isId(value)) return false;
        break;
      case 'timestamp':
      case 'sentAt':
      case 'originalTimestamp':
        if (!isInstant(value)) return false;
        break;
      case 'context':
      case 'integrations':
      case 'properties':
      case 'traits':
        if (!isObject(value)) return false;
        break;
      case 'channel':
        if (!isText(value, 50)) return false;
        break;
      case 'name':
      case 'category':
        if (!isText(value, 500)) return false;
        break;
      default:
        // Unknown keys are kept as they are, as by the schema's looseObject.
        if (value === undefined) return false;
    }
  }
  return true;
}

export function quickAccepts(message: Record<string, unknown>, type: MessageType): message is SegmentMessage {
  if (message['type'] !== type || !commonFieldsOk(message)) return false;
  const identified = 'userId' in message || 'anonymousId' in message;
  switch (type) {
    case 'track': {
      const event = message['event'];
      return (
        identified &&
        typeof event === 'string' &&
        event.length >= 1 &&
        event.length <= 500 &&
        event.trim() === event
      );
    }
    case 'identify':
    case 'page':
    case 'screen':
      return identified;
    case 'group':
      return identified && isId(message['groupId']);
    case 'alias':
      return isId(message['userId']) && isId(message['previousId']);
  }
}
