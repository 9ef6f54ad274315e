/**
 * Asking the browser to keep the library: without persistence a browser may evict an
 * origin's IndexedDB under storage pressure. Called from extension pages (popup,
 * library, settings), where the request counts for the extension's origin.
 */

/** The part of navigator.storage the pages use. */
export interface StorageAccess {
  estimate?(): Promise<{ usage?: number; quota?: number }>;
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

export interface PersistResult {
  /** Whether the library is now kept for good; null where the browser cannot say. */
  persisted: boolean | null;
  error: string | null;
}

export async function persistStorage(storage: StorageAccess | undefined): Promise<PersistResult> {
  if (!storage?.persist) return { persisted: null, error: null };
  try {
    if (storage.persisted && (await storage.persisted())) return { persisted: true, error: null };
    return { persisted: await storage.persist(), error: null };
  } catch (e) {
    return { persisted: null, error: e instanceof Error ? e.message : String(e) };
  }
}
