import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { IMPORT_PRESETS, type ColumnMappingInput } from '@safar/analytics';
import { IMPORT_FORMATS } from '@safar/warehouse';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SafarServices } from '../../services/safar-services.js';
import { InvalidInputError } from '../../services/service-errors.js';
import { commonErrorResponses } from '../api-errors.js';
import { workspaceParams } from '../api-schemas.js';

/** Uploads are streamed to a temporary file, never held in memory whole. */
export const IMPORT_UPLOAD_LIMIT = 512 * 1024 * 1024;

const mappingParam = z
  .string()
  .max(10_000)
  .transform((text, context): Partial<ColumnMappingInput> => {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { ...parsed };
    } catch {
      // reported below
    }
    context.addIssue({
      code: 'custom',
      message: 'must be a JSON object, e.g. {"event":"type","timestamp":"time","userId":"customer"}',
    });
    return z.NEVER;
  });

const summarySchema = z.object({
  rowsRead: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.number().int(),
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
  skippedByReason: z.record(z.string(), z.number().int()),
  problems: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

/**
 * File upload import: the body is the file. With `Accept: application/x-ndjson` the answer is
 * a stream of progress lines ending with the summary; otherwise the summary alone.
 */
export async function registerImportRoutes(app: FastifyInstance, services: SafarServices): Promise<void> {
  await app.register(async (uploads) => {
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', { bodyLimit: IMPORT_UPLOAD_LIMIT }, (_request, payload, done) => {
      const dir = mkdtempSync(join(tmpdir(), 'safar-upload-'));
      const path = join(dir, 'upload');
      pipeline(payload, createWriteStream(path)).then(
        () => done(null, path),
        (error: unknown) => {
          rmSync(dir, { recursive: true, force: true });
          done(error instanceof Error ? error : new Error(String(error)), undefined);
        },
      );
    });
    const api = uploads.withTypeProvider<ZodTypeProvider>();
    api.post(
      '/api/workspaces/:ws/imports',
      {
        config: { permission: 'events:write' },
        bodyLimit: IMPORT_UPLOAD_LIMIT,
        schema: {
          tags: ['events'],
          description: `Imports the file in the body. Formats: ${IMPORT_FORMATS.join(', ')}; presets: ${Object.keys(IMPORT_PRESETS).join(', ')}. Importing the same file twice stores nothing twice.`,
          params: workspaceParams,
          querystring: z.object({
            format: z.enum(IMPORT_FORMATS),
            preset: z.enum(Object.keys(IMPORT_PRESETS) as [string, ...string[]]).optional(),
            mapping: mappingParam.optional(),
          }),
          response: { 200: summarySchema, ...commonErrorResponses },
        },
      },
      async (request, reply) => {
        const path = typeof request.body === 'string' ? request.body : undefined;
        if (!path)
          throw new InvalidInputError('send the file as the request body', [
            { path: 'body', message: 'is empty' },
          ]);
        const cleanUp = () => rmSync(join(path, '..'), { recursive: true, force: true });
        const { format, preset, mapping } = request.query;
        if (!String(request.headers.accept ?? '').includes('application/x-ndjson')) {
          try {
            const summary = await services.imports.importFile(request.params.ws, path, {
              format,
              preset,
              mapping,
            });
            return { ...summary, problems: [...summary.problems] };
          } finally {
            cleanUp();
          }
        }
        await services.workspaces.get(request.params.ws);
        reply.raw.writeHead(200, { 'content-type': 'application/x-ndjson' });
        const line = (value: object) => reply.raw.write(`${JSON.stringify(value)}\n`);
        try {
          const summary = await services.imports.importFile(request.params.ws, path, {
            format,
            preset,
            mapping,
            onProgress: (progress) => line({ progress }),
          });
          line({ summary });
        } catch (error) {
          // The status line is gone by now; the failure is the stream's last line.
          line({
            error: { code: 'import_failed', message: error instanceof Error ? error.message : String(error) },
          });
        } finally {
          cleanUp();
          reply.raw.end();
        }
        return reply;
      },
    );
  });
}
