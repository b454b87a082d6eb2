// electron-builder's afterPack hook: flips the Electron fuses (scripts/fuses.ts) in the packaged
// binary, before electron-builder signs it. Runs under Node 24's own TypeScript support.
import path from 'node:path';
import { flipFuses } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { FUSES } from './fuses.ts';

/** electron-builder's Arch enum: x64 = 1, arm64 = 3. */
const ARM64 = 3;

/** Where the fuse wire lives: the .app bundle on macOS (flipFuses finds the framework), else the executable. */
export function electronBinaryPath(context: AfterPackContext): string {
  const platform = context.electronPlatformName;
  const { productFilename } = context.packager.appInfo;
  if (platform === 'darwin' || platform === 'mas') return path.join(context.appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return path.join(context.appOutDir, `${productFilename}.exe`);
  const executableName = (context.packager as unknown as { executableName?: string }).executableName;
  return path.join(context.appOutDir, executableName ?? productFilename);
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(electronBinaryPath(context), {
    ...FUSES,
    // Flipping fuses breaks an arm64 binary's ad-hoc signature; an unsigned build must be re-signed ad hoc.
    resetAdHocDarwinSignature: darwin && context.arch === ARM64,
  });
}
