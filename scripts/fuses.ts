// The Electron fuses every packaged kubeplan has flipped (scripts/after-pack.ts applies them): each
// one off unless the app needs it, and every fuse named, so a new one in Electron is a decision.
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  // A build whose Electron knows a fuse not named here fails instead of shipping its default.
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node for any script.
  [FuseV1Options.RunAsNode]: false,
  // kubeplan keeps no cookies (no remote page ever loads), and encrypting them would make Chromium
  // reach for the OS keychain for nothing (a Keychain prompt on unsigned macOS builds).
  [FuseV1Options.EnableCookieEncryption]: false,
  // NODE_OPTIONS and --inspect would let anyone who can start the app inject code or attach a debugger.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the app.asar electron-builder hashed may load (macOS and Windows check the hash), and only from the asar.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No custom V8 snapshot is shipped.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer comes from app://, so file:// pages need none of their old extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default: WebAssembly bounds checks through trap handlers.
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config;
