import type { OpenDatabase } from '../storage/open-database.js';
import { MapDocumentService } from './map-document-service.js';
import { MapService } from './map-service.js';
import { PersonaService } from './persona-service.js';
import { TouchpointService } from './touchpoint-service.js';
import { WorkspaceService } from './workspace-service.js';

/** Everything the HTTP API and the CLI do with stored documents, over one database. */
export interface SafarServices {
  readonly database: OpenDatabase;
  readonly workspaces: WorkspaceService;
  readonly personas: PersonaService;
  readonly touchpoints: TouchpointService;
  readonly maps: MapService;
  readonly mapDocuments: MapDocumentService;
}

export function createServices(database: OpenDatabase): SafarServices {
  const workspaces = new WorkspaceService(database.db);
  return {
    database,
    workspaces,
    personas: new PersonaService(database.db, workspaces),
    touchpoints: new TouchpointService(database.db, workspaces),
    maps: new MapService(database.db, workspaces),
    mapDocuments: new MapDocumentService(database.db),
  };
}
