export { type ErrorRecord, type ManyOptions, normaliseMany, normaliseStream } from './many.js';
