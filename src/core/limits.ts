/**
 * How much text the product takes from a person in one field, and how much one sheet cell holds.
 * A leaf module (imports nothing): the sidebar shows the same limits the server enforces.
 */

/** Most characters of a note or reason an official writes with an action. */
export const NOTE_MAX_CHARS = 1000;

/** Most characters of any other text the sidebar sends in one field (a letter field, a documentation item). */
export const FIELD_MAX_CHARS = 2000;

/** Most documentation items one action carries. */
export const DOCUMENTATION_MAX_ITEMS = 20;

/** Most characters one Google Sheets cell holds; a longer text fails the whole write. */
export const SHEET_CELL_MAX_CHARS = 50000;
