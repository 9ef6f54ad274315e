/**
 * The list's data: the ordered ids the query selects (kept live: saves and deletes
 * made while the page is open show at once), and the rows of the window on screen,
 * loaded on demand. For the plain list the newest page of rows is read first, so the
 * first paint does not wait for anything else.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { DalaDatabase } from '../../storage/db';
import { countArticles, firstRows, isDefaultQuery, orderedIds, rowsFor, type ListQuery, type ListRow } from '../../storage/query';
import { errorText } from '../errors';

export interface ArticleListData {
  /** How many rows the list has (while the ids are still loading: the library's size, for the plain list). */
  count: number;
  /** How many articles the library holds, all filters aside; null until known. */
  total: number | null;
  /** True once the query's result is known (not just the first page). */
  settled: boolean;
  idAt(index: number): number | undefined;
  rowAt(index: number): ListRow | undefined;
  /** Tells which rows are on screen, so they get loaded. */
  setRange(start: number, end: number): void;
  error: string | null;
}

export function useArticleList(db: DalaDatabase, query: ListQuery, pageSize = 50): ArticleListData {
  const [ids, setIds] = useState<number[] | null>(null);
  const [idsKey, setIdsKey] = useState<string | null>(null);
  const [provisional, setProvisional] = useState<number[] | null>(null);
  const [rows, setRows] = useState<ReadonlyMap<number, ListRow>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const range = useRef<[number, number]>([0, pageSize]);
  const idsRef = useRef<number[] | null>(null);
  const rowsRef = useRef<ReadonlyMap<number, ListRow>>(rows);
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const queryRef = useRef(query);
  queryRef.current = query;
  const key = JSON.stringify(query);

  /** Reads the rows of the range on screen that are not loaded yet. */
  const loadRange = useCallback(() => {
    const current = idsRef.current;
    if (!current) return;
    const [start, end] = range.current;
    const missing = current.slice(start, end).filter((id) => !rowsRef.current.has(id) && !pending.current.has(id));
    if (!missing.length) return;
    missing.forEach((id) => pending.current.add(id));
    const gen = generation.current;
    void rowsFor(db, missing, queryRef.current.search).then(
      (fresh) => {
        if (gen !== generation.current) return;
        const merged = new Map(rowsRef.current);
        for (const row of fresh) merged.set(row.id, row);
        missing.forEach((id) => pending.current.delete(id));
        rowsRef.current = merged;
        setRows(merged);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [db]);

  const setRange = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      loadRange();
    },
    [loadRange],
  );

  useEffect(() => {
    const gen = ++generation.current;
    range.current = [0, pageSize];
    pending.current = new Set();
    setError(null);
    const fail = (e: unknown) => {
      if (gen === generation.current) setError(errorText(e));
    };

    if (isDefaultQuery(query) && idsRef.current === null) {
      void firstRows(db, pageSize).then((r) => {
        if (gen !== generation.current || idsRef.current !== null) return;
        rowsRef.current = new Map(r.map((row) => [row.id, row]));
        setRows(rowsRef.current);
        setProvisional(r.map((row) => row.id));
      }, fail);
    }

    const list = liveQuery(() => orderedIds(db, query)).subscribe({
      next: (next) => {
        const [s, e] = range.current;
        // Rows on screen are read before the swap, so the list never blanks while it updates.
        void rowsFor(db, next.slice(s, e), query.search).then((fresh) => {
          if (gen !== generation.current) return;
          idsRef.current = next;
          rowsRef.current = new Map(fresh.map((row) => [row.id, row]));
          pending.current = new Set();
          setIds(next);
          setIdsKey(key);
          setRows(rowsRef.current);
          // The view may have moved while these rows were read.
          loadRange();
        }, fail);
      },
      error: fail,
    });
    const count = liveQuery(() => countArticles(db)).subscribe({ next: setTotal, error: fail });
    return () => {
      list.unsubscribe();
      count.unsubscribe();
    };
    // The query is compared by value (key); `query` itself is read at the time of the change.
  }, [db, key, pageSize]);

  const order = ids ?? provisional;
  const count = ids ? ids.length : provisional ? Math.max(provisional.length, total ?? 0) : 0;
  return {
    count,
    total,
    settled: idsKey === key,
    idAt: (i) => order?.[i],
    rowAt: (i) => {
      const id = order?.[i];
      return id === undefined ? undefined : rows.get(id);
    },
    setRange,
    error,
  };
}
