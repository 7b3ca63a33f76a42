/** The bundled English, made by scripts/vite-english.ts (see src/core/english.ts). */
declare module 'uc-error-kit:english' {
  const words: {
    /** The sentences and reasons, in `englishKeyOrder()`. */
    readonly values: readonly string[];
    /** The kit's interface words by key. */
    readonly ui: Readonly<Record<string, string>>;
  };
  export default words;
}
