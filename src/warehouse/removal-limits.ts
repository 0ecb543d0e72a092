/**
 * How many documents a run may mark removed before it refuses (the guard is in removal.ts). Apart from it
 * so the command line can show the defaults without loading the warehouse code.
 */

export interface RemovalLimits {
  /** Remove anyway, whatever the share (the operator confirmed the files are gone). */
  allowRemovals: boolean;
  /** The run refuses when it would remove more than this many documents ... */
  maxRemovals: number;
  /** ... and more than this share of the current documents. */
  maxRemovalShare: number;
}

export const DEFAULT_REMOVAL_LIMITS: RemovalLimits = { allowRemovals: false, maxRemovals: 10, maxRemovalShare: 0.2 };
