/** Files larger than this are not parsed (they are still protected when named). */
export const MAX_DISCOVERY_FILE_BYTES = 1024 * 1024;
/** Reads and directory listings one discovery may make; past it, discovery stops reading. */
export const MAX_DISCOVERY_READS = 2000;
/** Links from a workflow to a file (reusable workflows, local actions, sourced files, package scripts). */
export const MAX_DISCOVERY_DEPTH = 10;
/** Files sourced from files sourced from a step, at most. */
export const MAX_SOURCE_DEPTH = 4;
