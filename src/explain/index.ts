export { type Annotation, annotate } from './annotate.js';
export type { Cut } from './cuts.js';
export { FIX_REASONS, type Fix } from './fixes.js';
export { type ExplainOptions, explainArticle } from './terminal.js';
export { useColor } from './color.js';
export { sourceText } from './source.js';
