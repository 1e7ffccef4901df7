import { IMPORT_PRESETS, type ColumnMappingInput, type ImportPreset } from '@safar/analytics';
import {
  IMPORT_FORMATS,
  ImportMappingError,
  importEvents,
  type EventStore,
  type ImportFormat,
  type ImportProgress,
  type ImportSummary,
} from '@safar/warehouse';
import { InvalidInputError } from './service-errors.js';
import type { WorkspaceService } from './workspace-service.js';

export interface EventImportRequest {
  readonly format: string;
  readonly preset?: string | undefined;
  /** Fields of a column mapping; with a preset, they replace the preset's. */
  readonly mapping?: Partial<ColumnMappingInput> | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
}

const isFormat = (value: string): value is ImportFormat =>
  (IMPORT_FORMATS as readonly string[]).includes(value);
const isPreset = (value: string): value is ImportPreset => Object.hasOwn(IMPORT_PRESETS, value);

/** File imports for the CLI and the upload API: same checks, same summary. */
export class EventImportService {
  constructor(
    private readonly events: EventStore,
    private readonly workspaces: WorkspaceService,
  ) {}

  async importFile(workspaceId: string, path: string, request: EventImportRequest): Promise<ImportSummary> {
    await this.workspaces.get(workspaceId);
    if (!isFormat(request.format))
      throw new InvalidInputError(`format must be one of ${IMPORT_FORMATS.join(', ')}`, [
        { path: 'format', message: `unknown format ${request.format}` },
      ]);
    if (request.preset !== undefined && !isPreset(request.preset))
      throw new InvalidInputError(`preset must be one of ${Object.keys(IMPORT_PRESETS).join(', ')}`, [
        { path: 'preset', message: `unknown preset ${request.preset}` },
      ]);
    const preset = request.preset === undefined ? undefined : IMPORT_PRESETS[request.preset];
    const mapping = preset || request.mapping ? { ...preset, ...request.mapping } : undefined;
    try {
      return await importEvents({
        store: this.events,
        workspaceId,
        path,
        format: request.format,
        mapping,
        onProgress: request.onProgress,
      });
    } catch (error) {
      if (error instanceof ImportMappingError)
        throw new InvalidInputError(error.message, [{ path: 'mapping', message: error.message }]);
      throw error;
    }
  }
}
