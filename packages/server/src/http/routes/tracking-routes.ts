import { MESSAGE_TYPES, type MessageType } from '@safar/analytics';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { OverloadedError } from '../../ingest/ingest-pipeline.js';
import type { SafarServices } from '../../services/safar-services.js';
import { TrackingError, writeKeyOf } from '../tracking/tracking-body.js';
import type { TrackingRefusal } from '../tracking/tracking-decode.js';

/** Compressed bodies are read up to this size; the decoded size is what the Segment limits apply to. */
const RAW_BODY_LIMIT = 1024 * 1024;

function refuse(reply: FastifyReply, refusal: TrackingRefusal) {
  const issues = refusal.issues ? { issues: [...refusal.issues] } : {};
  return reply
    .status(refusal.status)
    .send({ error: { code: refusal.code, message: refusal.message, ...issues } });
}

/**
 * The Segment HTTP tracking API (`/v1/batch`, `/v1/track`, ...), so existing Segment and
 * RudderStack SDKs send to Safar unchanged. Authenticated by write key only; a 200 means the
 * events are durable.
 */
export async function registerTrackingRoutes(app: FastifyInstance, services: SafarServices): Promise<void> {
  await app.register(async (tracking) => {
    // SDKs send JSON, often gzip'd and sometimes labelled text/plain: every body arrives raw here.
    tracking.removeAllContentTypeParsers();
    tracking.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: RAW_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );

    tracking.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
      return refuse(
        reply,
        new TrackingError(
          413,
          'body_too_large',
          `the request body is larger than ${RAW_BODY_LIMIT / 1024 / 1024} MB as sent; batches are limited to 500 KB decoded`,
        ),
      );
    });

    const endpoints: (MessageType | 'batch')[] = ['batch', ...MESSAGE_TYPES];
    for (const endpoint of endpoints) {
      tracking.post(
        `/v1/${endpoint}`,
        { config: { permission: 'public' }, bodyLimit: RAW_BODY_LIMIT, schema: { hide: true } },
        async (request, reply) => {
          const receivedAt = Date.now();
          try {
            const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
            const decoded = await services.trackingDecoder.decode({
              raw,
              encoding: request.headers['content-encoding'],
              endpoint,
              receivedAt,
            });
            if (!decoded.readable) return refuse(reply, decoded.refusal);
            const key = writeKeyOf(request.headers.authorization, undefined) ?? decoded.bodyWriteKey;
            if (!key)
              throw new TrackingError(
                401,
                'missing_write_key',
                'send the write key as the HTTP Basic user name or as writeKey in the body',
              );
            const workspaceId = await services.writeKeys.workspaceOf(key);
            if (!workspaceId)
              throw new TrackingError(
                401,
                'invalid_write_key',
                'the write key is unknown or has been revoked',
              );
            if (!decoded.outcome.valid) return refuse(reply, decoded.outcome.refusal);
            const { inflated } = decoded;
            const body = inflated
              ? Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength)
              : raw;
            await services.ingest.accept(workspaceId, decoded.outcome.events, { endpoint, receivedAt, body });
            return reply.status(200).send({ success: true });
          } catch (error) {
            if (error instanceof TrackingError) return refuse(reply, error);
            if (error instanceof OverloadedError) {
              void reply.header('Retry-After', String(error.retryAfterSeconds));
              return refuse(reply, new TrackingError(429, 'overloaded', error.message));
            }
            throw error;
          }
        },
      );
    }
  });
}
