/** The one function of fontkit (the font engine inside pdfkit) this folder calls itself; it ships no types. */
declare module 'fontkit' {
  /** Parses a font file; the result is what pdfkit's `registerFont` accepts besides a path or bytes. */
  export function create(buffer: Uint8Array, postscriptName?: string): { layout(text: string): unknown };
}
