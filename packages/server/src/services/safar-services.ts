import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import type { OpenDatabase } from '../storage/open-database.js';
import { EventImportService } from './event-import-service.js';
import { JourneyQueryService } from './journey-query-service.js';
import { MapMetricsService } from './map-metrics-service.js';
import { MapDocumentService } from './map-document-service.js';
import { MapService } from './map-service.js';
import { PersonaService } from './persona-service.js';
import { TouchpointService } from './touchpoint-service.js';
import { WorkspaceService } from './workspace-service.js';
import { WriteKeyService } from './write-key-service.js';

/** Everything the HTTP API and the CLI do: documents in one database, events in the event store. */
export interface SafarServices {
  readonly database: OpenDatabase;
  readonly workspaces: WorkspaceService;
  readonly personas: PersonaService;
  readonly touchpoints: TouchpointService;
  readonly maps: MapService;
  readonly mapDocuments: MapDocumentService;
  readonly writeKeys: WriteKeyService;
  readonly events: EventStore;
  readonly imports: EventImportService;
  readonly journeys: JourneyQueryService;
  /** The living map: a map's measures in one call. */
  readonly mapMetrics: MapMetricsService;
  readonly ingest: IngestPipeline;
  /** Flushes acknowledged events, then closes the event store and the database. */
  close(): Promise<void>;
}

export function createServices(
  database: OpenDatabase,
  events: EventStore,
  ingest: IngestPipeline,
): SafarServices {
  const workspaces = new WorkspaceService(database.db);
  const touchpoints = new TouchpointService(database.db, workspaces);
  const maps = new MapService(database.db, workspaces);
  const personas = new PersonaService(database.db, workspaces);
  const journeys = new JourneyQueryService(events, ingest, workspaces, touchpoints, maps, personas);
  return {
    database,
    workspaces,
    personas,
    touchpoints,
    maps,
    journeys,
    mapMetrics: new MapMetricsService(events, ingest, touchpoints, maps, personas, journeys),
    mapDocuments: new MapDocumentService(database.db),
    writeKeys: new WriteKeyService(database.db),
    events,
    imports: new EventImportService(events, workspaces),
    ingest,
    async close() {
      await ingest.close();
      await events.close();
      await database.close();
    },
  };
}
