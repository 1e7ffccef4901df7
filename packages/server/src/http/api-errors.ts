import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UnsupportedQueryError } from '../services/journey-query-service.js';
import { ConflictError, InvalidInputError, NotFoundError, pathToString } from '../services/service-errors.js';

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'ApiError', description: 'Every 4xx and 5xx answer has this shape.' });
type ApiError = z.infer<typeof apiErrorSchema>;

/** The statuses that any route may answer with. */
export const commonErrorResponses = {
  400: apiErrorSchema,
  404: apiErrorSchema,
  413: apiErrorSchema,
} as const;

function body(
  code: string,
  message: string,
  extra: Omit<ApiError['error'], 'code' | 'message'> = {},
): ApiError {
  return { error: { code, message, ...extra } };
}

const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'empty_body' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length' },
};

/** Turns every failure into a JSON body naming the problem; bad input is never a 500. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const issues = error.validation.map((issue) => ({
        path: pathToString([part, ...issue.instancePath.split('/').filter(Boolean)]),
        message: issue.message ?? 'is invalid',
      }));
      const first = issues[0];
      return reply.status(400).send(
        body('validation_failed', first ? `${first.path}: ${first.message}` : 'invalid request', {
          issues,
        }),
      );
    }
    if (error instanceof InvalidInputError) {
      return reply.status(400).send(body('validation_failed', error.message, { issues: [...error.issues] }));
    }
    if (error instanceof NotFoundError) return reply.status(404).send(body('not_found', error.message));
    if (error instanceof UnsupportedQueryError)
      return reply.status(501).send(body('not_implemented', error.message));
    if (error instanceof ConflictError)
      return reply.status(409).send(body('conflict', error.message, { details: error.details }));
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.status(known.status).send(body(known.code, error.message));
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return reply.status(400).send(body('invalid_json', `the body is not valid JSON: ${error.message}`));
    }
    if (
      !isResponseSerializationError(error) &&
      error.statusCode &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      return reply.status(error.statusCode).send(body(error.code ?? 'bad_request', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal_error', 'the server failed to handle this request'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(body('not_found', `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`)),
  );
}

export function forbidden(): ApiError {
  return body('forbidden', 'you may not do this');
}
