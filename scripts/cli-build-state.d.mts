// Types for cli-build-state.mjs (plain JavaScript so bin/kubeplan.mjs can load it without a compiler).
export const CLI_BUILT: URL;
export function cliBuildIsFresh(): boolean;
