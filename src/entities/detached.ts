/**
 * A copy of a string that does not keep alive the text it was cut from. V8 makes a slice of 13 characters or more
 * point into its parent string, so a cache keyed or filled with slices of documents keeps every one of those
 * documents in memory. Prepending a character makes a new two-part string, and slicing that copies it out flat.
 */
export const detached = (s: string): string => ` ${s}`.slice(1);
