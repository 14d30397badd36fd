// Types of eslint.config.js for the test that checks the rings (test/architecture/rings.e2e-spec.ts).
export declare const LAYERS: readonly string[];
export declare const RING_ZONES: readonly { target: string[]; from: string[]; message: string }[];
declare const config: unknown;
export default config;
