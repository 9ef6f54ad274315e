/** Types for scripts/ensure-browsers.mjs (plain JS so that it runs without tsx). */
export type BrowserName = 'chromium' | 'firefox';

export declare const BROWSERS: Readonly<
  Record<
    BrowserName,
    {
      label: string;
      env: string;
      names: readonly string[];
      defaults: readonly string[];
      debianPackage: string;
    }
  >
>;

export declare function findBrowser(
  name: BrowserName,
): { path: string; source: string } | { path: null; envError: string | null };

export declare function ensureBrowsers<N extends BrowserName>(
  names?: readonly N[],
  options?: { log?: (line: string) => void },
): Promise<Record<N, string>>;
