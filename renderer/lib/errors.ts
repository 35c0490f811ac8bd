/**
 * What the renderer says about a failure. Every call through `window.cuttings` rejects with
 * main's message, written for people; anything else thrown is said as it is.
 */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
