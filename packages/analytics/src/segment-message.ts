import { z } from 'zod';

/**
 * The Segment HTTP tracking spec, which Segment's and RudderStack's SDKs send: common fields
 * plus the fields of each message type. Unknown fields are kept (SDKs add their own).
 */
const idValue = z.union([z.string().min(1).max(512), z.number().finite()]).transform(String);
const timestampValue = z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()]);
const jsonObject = z.record(z.string(), z.unknown());

const commonFields = {
  messageId: z.string().min(1).max(512).optional(),
  anonymousId: idValue.optional(),
  userId: idValue.optional(),
  timestamp: timestampValue.optional(),
  sentAt: timestampValue.optional(),
  originalTimestamp: timestampValue.optional(),
  context: jsonObject.optional(),
  integrations: jsonObject.optional(),
  channel: z.string().max(50).optional(),
};

const withIdentity = <T extends z.ZodObject>(schema: T) =>
  schema.refine((message) => 'userId' in message || 'anonymousId' in message, {
    message: 'needs a userId or an anonymousId',
    path: ['userId'],
  });

export const trackMessageSchema = withIdentity(
  z.looseObject({
    ...commonFields,
    type: z.literal('track'),
    event: z.string().trim().min(1).max(500),
    properties: jsonObject.optional(),
  }),
);
export const identifyMessageSchema = withIdentity(
  z.looseObject({ ...commonFields, type: z.literal('identify'), traits: jsonObject.optional() }),
);
export const pageMessageSchema = withIdentity(
  z.looseObject({
    ...commonFields,
    type: z.literal('page'),
    name: z.string().max(500).optional(),
    category: z.string().max(500).optional(),
    properties: jsonObject.optional(),
  }),
);
export const screenMessageSchema = withIdentity(
  z.looseObject({
    ...commonFields,
    type: z.literal('screen'),
    name: z.string().max(500).optional(),
    properties: jsonObject.optional(),
  }),
);
export const groupMessageSchema = withIdentity(
  z.looseObject({
    ...commonFields,
    type: z.literal('group'),
    groupId: idValue,
    traits: jsonObject.optional(),
  }),
);
export const aliasMessageSchema = z.looseObject({
  ...commonFields,
  type: z.literal('alias'),
  userId: idValue,
  previousId: idValue,
});

export const MESSAGE_TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const segmentMessageSchema = z.union([
  trackMessageSchema,
  identifyMessageSchema,
  pageMessageSchema,
  screenMessageSchema,
  groupMessageSchema,
  aliasMessageSchema,
]);
export type SegmentMessage = z.output<typeof segmentMessageSchema>;

export function messageSchemaFor(type: MessageType): z.ZodType<SegmentMessage> {
  switch (type) {
    case 'track':
      return trackMessageSchema;
    case 'identify':
      return identifyMessageSchema;
    case 'page':
      return pageMessageSchema;
    case 'screen':
      return screenMessageSchema;
    case 'group':
      return groupMessageSchema;
    case 'alias':
      return aliasMessageSchema;
  }
}
