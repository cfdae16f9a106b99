/**
 * Colours only for a person at a terminal: the stream must be a TTY, and NO_COLOR (any non-empty value, see
 * no-color.org) turns them off.
 */
export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}
