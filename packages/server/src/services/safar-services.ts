import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import { InThreadTrackingDecoder, type TrackingDecoder } from '../ingest/tracking-decoder.js';
import type { OpenDatabase } from '../storage/open-database.js';
import { EventImportService } from './event-import-service.js';
import { JourneyQueryService } from './journey-query-service.js';
import { MapMetricsService } from './map-metrics-service.js';
import { MapMetricsCache } from './map-metrics-cache/map-metrics-cache.js';
import type { RefreshOptions } from './map-metrics-cache/metrics-refresher.js';
import { MapDocumentService } from './map-document-service.js';
import { MapService } from './map-service.js';
import { PersonaService } from './persona-service.js';
import { SavedQueryService } from './saved-query-service.js';
import { SuggestionService } from './suggestion-service.js';
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
  /** The living map: a map's measures in one call, computed now. */
  readonly mapMetrics: MapMetricsService;
  /** The living map's answers as the app asks for them: cached, refreshed in the background. */
  readonly mapMetricsCache: MapMetricsCache;
  /** Saved journey queries of a workspace. */
  readonly savedQueries: SavedQueryService;
  /** The binding pickers: names, keys and values in the data with counts, match previews, coverage. */
  readonly suggestions: SuggestionService;
  readonly ingest: IngestPipeline;
  /** Decodes tracking requests before they are logged: in worker threads when the server runs compiled. */
  readonly trackingDecoder: TrackingDecoder;
  /** Flushes acknowledged events, then closes the event store and the database. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** When and how the map metrics cache refreshes (tests shorten the waits). */
  readonly mapMetricsRefresh?: Partial<RefreshOptions>;
  /** Where tracking requests are decoded; the main thread unless given. */
  readonly trackingDecoder?: TrackingDecoder;
}

export function createServices(
  database: OpenDatabase,
  events: EventStore,
  ingest: IngestPipeline,
  options: ServiceOptions = {},
): SafarServices {
  const trackingDecoder = options.trackingDecoder ?? new InThreadTrackingDecoder();
  const workspaces = new WorkspaceService(database.db);
  const touchpoints = new TouchpointService(database.db, workspaces);
  const maps = new MapService(database.db, workspaces);
  const personas = new PersonaService(database.db, workspaces);
  const journeys = new JourneyQueryService(events, ingest, workspaces, touchpoints, maps, personas);
  const mapMetrics = new MapMetricsService(events, ingest, touchpoints, maps, personas, journeys);
  const mapMetricsCache = new MapMetricsCache(
    database.db,
    events,
    ingest,
    maps,
    touchpoints,
    personas,
    mapMetrics,
    options.mapMetricsRefresh,
  );
  return {
    database,
    workspaces,
    personas,
    touchpoints,
    maps,
    journeys,
    mapMetrics,
    mapMetricsCache,
    mapDocuments: new MapDocumentService(database.db),
    savedQueries: new SavedQueryService(database.db, workspaces),
    suggestions: new SuggestionService(events, ingest, workspaces, personas),
    writeKeys: new WriteKeyService(database.db),
    events,
    imports: new EventImportService(events, workspaces),
    ingest,
    trackingDecoder,
    async close() {
      await trackingDecoder.close();
      await mapMetricsCache.close();
      await ingest.close();
      await events.close();
      await database.close();
    },
  };
}
