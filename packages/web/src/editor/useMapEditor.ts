import {
  applyOperations,
  MapOperationError,
  mapOperationSchema,
  type JourneyMap,
  type MapOperation,
} from '@safar/core';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { api, ApiError, type StoredMap } from '../api/client';

const SAVE_DELAY_MS = 300;
const RETRY_DELAY_MS = 3000;

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'conflict' | 'error';

interface EditorState {
  /** What the user sees: the server's revision plus every local edit. */
  readonly map: JourneyMap;
  /** The revision the server has confirmed; edits are sent on top of it. */
  readonly baseRevision: number;
  /** Edits not yet sent, in order. */
  readonly pending: readonly MapOperation[];
  /** Edits sent and awaiting an answer. */
  readonly inFlight: readonly MapOperation[];
  /** Each entry undoes one user action (the inverses of its operations, in undo order). */
  readonly undoStack: readonly (readonly MapOperation[])[];
  readonly redoStack: readonly (readonly MapOperation[])[];
  readonly status: SaveStatus;
  readonly conflictRevision: number | null;
  readonly error: string | null;
}

type Action =
  | { type: 'edit'; operations: readonly MapOperation[]; from: 'user' | 'undo' | 'redo' }
  | { type: 'sending' }
  | { type: 'saved'; revision: number }
  | { type: 'conflict'; revision: number }
  | { type: 'failed'; message: string }
  | { type: 'rebase'; stored: StoredMap; keepLocal: boolean }
  | { type: 'rejected'; message: string }
  | { type: 'refused'; stored: StoredMap; message: string };

function reduce(state: EditorState, action: Action): EditorState {
  switch (action.type) {
    case 'edit': {
      const { map, inverses } = applyOperations(state.map, action.operations);
      const stacks =
        action.from === 'user'
          ? { undoStack: [...state.undoStack, inverses], redoStack: [] }
          : action.from === 'undo'
            ? { undoStack: state.undoStack.slice(0, -1), redoStack: [...state.redoStack, inverses] }
            : { undoStack: [...state.undoStack, inverses], redoStack: state.redoStack.slice(0, -1) };
      return {
        ...state,
        ...stacks,
        map,
        pending: [...state.pending, ...action.operations],
        status: state.status === 'conflict' ? 'conflict' : 'unsaved',
        error: null,
      };
    }
    case 'sending':
      return { ...state, inFlight: state.pending, pending: [], status: 'saving' };
    case 'saved':
      return {
        ...state,
        baseRevision: action.revision,
        inFlight: [],
        status: state.pending.length > 0 ? 'unsaved' : 'saved',
      };
    case 'conflict':
      return {
        ...state,
        pending: [...state.inFlight, ...state.pending],
        inFlight: [],
        status: 'conflict',
        conflictRevision: action.revision,
      };
    case 'failed':
      return {
        ...state,
        pending: [...state.inFlight, ...state.pending],
        inFlight: [],
        status: 'error',
        error: action.message,
      };
    case 'rejected':
      return { ...state, error: action.message };
    case 'refused': {
      const rebased = reduce(
        { ...state, inFlight: [] },
        { type: 'rebase', stored: action.stored, keepLocal: true },
      );
      return { ...rebased, error: action.message };
    }
    case 'rebase': {
      // Re-apply unsaved edits on top of the server's map; the ones that no longer fit are dropped.
      let map = action.stored.map;
      const kept: MapOperation[] = [];
      if (action.keepLocal) {
        for (const operation of [...state.inFlight, ...state.pending]) {
          try {
            map = applyOperations(map, [operation]).map;
            kept.push(operation);
          } catch (error) {
            if (!(error instanceof MapOperationError)) throw error;
          }
        }
      }
      return {
        ...initialState(action.stored),
        map,
        pending: kept,
        status: kept.length > 0 ? 'unsaved' : 'saved',
      };
    }
  }
}

function initialState(stored: StoredMap): EditorState {
  return {
    map: stored.map,
    baseRevision: stored.revision,
    pending: [],
    inFlight: [],
    undoStack: [],
    redoStack: [],
    status: 'saved',
    conflictRevision: null,
    error: null,
  };
}

/**
 * The editor's model: edits are core operations applied locally at once (so typing and undo
 * are instant), then saved in order with the revision they were made on. A concurrent edit
 * elsewhere yields a conflict the user resolves; nothing is silently overwritten.
 */
export function useMapEditor(workspaceId: string, stored: StoredMap) {
  const [state, dispatch] = useReducer(reduce, stored, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;

  const edit = useCallback((operations: readonly MapOperation[]) => {
    // The same schema the server applies: an edit it would refuse is refused here, at once.
    for (const operation of operations) {
      const parsed = mapOperationSchema.safeParse(operation);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        dispatch({
          type: 'rejected',
          message: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid edit',
        });
        return false;
      }
    }
    try {
      applyOperations(stateRef.current.map, operations);
    } catch (error) {
      if (error instanceof MapOperationError) {
        dispatch({ type: 'rejected', message: error.message });
        return false;
      }
      throw error;
    }
    dispatch({ type: 'edit', operations, from: 'user' });
    return true;
  }, []);

  const undo = useCallback(() => {
    const last = stateRef.current.undoStack.at(-1);
    if (last) dispatch({ type: 'edit', operations: last, from: 'undo' });
  }, []);

  const redo = useCallback(() => {
    const last = stateRef.current.redoStack.at(-1);
    if (last) dispatch({ type: 'edit', operations: last, from: 'redo' });
  }, []);

  const save = useCallback(async () => {
    const current = stateRef.current;
    if (current.inFlight.length > 0 || current.pending.length === 0 || current.status === 'conflict') return;
    const operations = [...current.pending];
    dispatch({ type: 'sending' });
    try {
      const saved = await api.applyOperations(workspaceId, current.map.id, current.baseRevision, operations);
      dispatch({ type: 'saved', revision: saved.revision });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const revision = Number(error.details['currentRevision'] ?? NaN);
        dispatch({ type: 'conflict', revision });
      } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        // The server refused these edits for good: show why, and return to what it has stored
        // with the later edits re-applied, so nothing stored is lost and nothing loops.
        const latest = await api.map(workspaceId, current.map.id);
        dispatch({ type: 'refused', stored: latest, message: error.message });
      } else {
        dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }, [workspaceId]);

  const resolveConflict = useCallback(
    async (keepLocal: boolean) => {
      const latest = await api.map(workspaceId, stateRef.current.map.id);
      dispatch({ type: 'rebase', stored: latest, keepLocal });
    },
    [workspaceId],
  );

  useEffect(() => {
    if (state.pending.length === 0 || state.inFlight.length > 0 || state.status === 'conflict') return;
    // After a failure (e.g. the network), retry more slowly.
    const timer = window.setTimeout(
      () => void save(),
      state.status === 'error' ? RETRY_DELAY_MS : SAVE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [state.pending, state.inFlight, state.status, save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (stateRef.current.pending.length > 0 || stateRef.current.inFlight.length > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return {
    map: state.map,
    status: state.status,
    error: state.error,
    conflictRevision: state.conflictRevision,
    canUndo: state.undoStack.length > 0,
    canRedo: state.redoStack.length > 0,
    edit,
    undo,
    redo,
    save,
    resolveConflict,
  };
}

export type MapEditor = ReturnType<typeof useMapEditor>;
