/**
 * The list's data: the ordered ids the query selects and the rows of the window on
 * screen, loaded on demand. Both parts of the order are kept live (saves and deletes
 * made while the page is open show at once):
 * - the base order (every article by the sort date, within the date range): the costly
 *   read of a whole index, redone only when the sort, the range or the library changes;
 * - the id sets of the filters and the search words: redone on every keystroke.
 * For the plain list the newest page of rows is read, and painted, before anything else.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { DalaDatabase } from '../../storage/db';
import {
  applyFilters,
  baseOrder,
  countArticles,
  filterSets,
  firstRows,
  isDefaultQuery,
  rowsFor,
  type ListQuery,
  type ListRow,
} from '../../storage/query';

export interface ArticleListData {
  /** How many rows the list has (before the order is known: the library's size, for the plain list). */
  count: number;
  /** How many articles the library holds, all filters aside; null until known. */
  total: number | null;
  /** True once the current query's result is known (not just the first page). */
  settled: boolean;
  rowAt(index: number): ListRow | undefined;
  /** Tells which rows are on screen, so they get loaded. */
  setRange(start: number, end: number): void;
  /** A failure to read the list (shown in words by the list). */
  error: unknown;
}

interface Keyed<T> {
  key: string;
  value: T;
}

/** Follows a live query while `key` stays the same; `start` false holds it back. */
function useLive<T>(key: string, start: boolean, query: () => Promise<T>, onError: (e: unknown) => void): Keyed<T> | null {
  const [result, setResult] = useState<Keyed<T> | null>(null);
  useEffect(() => {
    if (!start) return;
    const sub = liveQuery(query).subscribe({ next: (value) => setResult({ key, value }), error: onError });
    return () => sub.unsubscribe();
    // The query is identified by its key.
  }, [key, start]);
  return result;
}

export function useArticleList(db: DalaDatabase, query: ListQuery, pageSize = 50): ArticleListData {
  const [error, setError] = useState<unknown>(null);
  const fail = useCallback((e: unknown) => setError(e), []);
  const plain = isDefaultQuery(query);

  // First paint: the newest rows, read before any whole-index read is started.
  const [first, setFirst] = useState<ListRow[] | null>(null);
  const [gateOpen, setGateOpen] = useState(!plain);
  useEffect(() => {
    if (gateOpen) return;
    let live = true;
    firstRows(db, pageSize).then(
      (r) => {
        if (!live) return;
        setFirst(r);
        setGateOpen(true);
      },
      (e: unknown) => {
        fail(e);
        setGateOpen(true);
      },
    );
    return () => {
      live = false;
    };
  }, [db]);

  const dbKey = db.name;
  const baseKey = JSON.stringify([dbKey, query.sort, query.from, query.to]);
  const setsKey = JSON.stringify([dbKey, query.search, query.site, query.lang, query.tag]);
  const base = useLive(baseKey, gateOpen, () => baseOrder(db, query.sort, query.from, query.to), fail);
  const sets = useLive(setsKey, gateOpen, () => filterSets(db, query), fail);
  const total = useLive(dbKey, gateOpen, () => countArticles(db), fail)?.value ?? null;

  const ids = useMemo(() => (base && sets ? applyFilters(base.value, sets.value) : null), [base, sets]);
  const settled = base?.key === baseKey && sets?.key === setsKey;

  // Rows by id, for the current search (the snippet depends on it).
  const [rows, setRows] = useState<ReadonlyMap<number, ListRow>>(new Map());
  const rowsRef = useRef(rows);
  const range = useRef<[number, number]>([0, pageSize]);
  const idsRef = useRef<number[] | null>(null);
  const pending = useRef(new Set<number>());
  const loads = useRef(0);
  const searchRef = useRef(query.search);
  searchRef.current = query.search;

  useEffect(() => {
    if (first && !idsRef.current) {
      rowsRef.current = new Map(first.map((r) => [r.id, r]));
      setRows(rowsRef.current);
    }
  }, [first]);

  const loadMissing = useCallback(() => {
    const current = idsRef.current;
    if (!current) return;
    const [start, end] = range.current;
    const missing = current.slice(start, end).filter((id) => !rowsRef.current.has(id) && !pending.current.has(id));
    if (!missing.length) return;
    missing.forEach((id) => pending.current.add(id));
    const load = loads.current;
    rowsFor(db, missing, searchRef.current).then((fresh) => {
      if (load !== loads.current) return;
      const merged = new Map(rowsRef.current);
      for (const row of fresh) merged.set(row.id, row);
      missing.forEach((id) => pending.current.delete(id));
      rowsRef.current = merged;
      setRows(merged);
    }, fail);
  }, [db, fail]);

  // A new order (query change, or the library changed): the rows on screen are read
  // again before the swap, so the list never blanks while it updates.
  const [shown, setShown] = useState<number[] | null>(null);
  useEffect(() => {
    if (!ids) return;
    const load = ++loads.current;
    const [start, end] = range.current;
    rowsFor(db, ids.slice(start, end), query.search).then((fresh) => {
      if (load !== loads.current) return;
      idsRef.current = ids;
      rowsRef.current = new Map(fresh.map((r) => [r.id, r]));
      pending.current = new Set();
      setRows(rowsRef.current);
      setShown(ids);
      // The view may have moved while these rows were read.
      loadMissing();
    }, fail);
  }, [ids]);

  const setRange = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      loadMissing();
    },
    [loadMissing],
  );

  const order = shown ?? first?.map((r) => r.id) ?? null;
  const count = shown ? shown.length : first ? Math.max(first.length, total ?? 0) : 0;
  return {
    count,
    total,
    settled: settled && shown === ids,
    rowAt: (i) => {
      const id = order?.[i];
      return id === undefined ? undefined : rows.get(id);
    },
    setRange,
    error,
  };
}
