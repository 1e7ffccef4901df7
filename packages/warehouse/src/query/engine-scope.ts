import type { PersonSelection } from '@safar/analytics';
import type { PropertyFilter } from '@safar/core';

/** What a journey query looks at, once personas and touchpoints are resolved. */
export interface EngineScope {
  readonly workspaceId: string;
  /** Inclusive, epoch ms. */
  readonly from: number;
  /** Exclusive, epoch ms. */
  readonly to: number;
  readonly channels: readonly string[];
  readonly eventFilters: readonly PropertyFilter[];
  /** The persons kept, by their merged traits (person filters and the personas asked for); absent keeps everyone. */
  readonly persons?: PersonSelection | undefined;
}
