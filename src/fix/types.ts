import type { Fixes } from '../article.js';

/** One repair step: takes text, returns the repaired text and how many repairs it made. */
export type Repair = (text: string) => { text: string; count: number };

export type FixKind = keyof Fixes;
