/**
 * Every group of spellings of one name in the library, most used first; each opens
 * to its notes and the articles that use each spelling.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DalaDatabase } from '../../storage/db';
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { errorText } from '../errors';
import { usageOf, type NameRelation, type NamesSource, type VariantGroup } from '../data/names';
import { ArticleLinks } from './ArticleLinks';
import { NoteList } from './NoteList';

interface Props {
  db: DalaDatabase;
  names: NamesSource;
  onOpenArticle(id: number): void;
}

export function NotesView({ db, names, onOpenArticle }: Props) {
  const [groups, setGroups] = useState<VariantGroup[] | null>(null);
  const [relations, setRelations] = useState<NameRelation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let live = true;
    Promise.all([names.groups(), names.relations()]).then(
      ([g, r]) => {
        if (!live) return;
        setGroups(g);
        setRelations(r);
      },
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [names]);

  const toggle = (key: string) => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };

  return (
    <section class="notes-view" data-testid="notes-view" aria-labelledby="dala-notes-heading">
      <h2 id="dala-notes-heading">{t('notes.heading')}</h2>
      <p class="muted">{t('notes.intro')}</p>
      {error && (
        <p class="error" role="alert" data-testid="load-error">
          {error}
        </p>
      )}
      {!groups && !error && <p class="status">{t('notes.reading')}</p>}
      {groups && groups.length === 0 && relations.length === 0 && (
        <p class="empty" data-testid="notes-empty">
          {t('notes.none')}
        </p>
      )}
      {groups && groups.length > 0 && (
        <ul class="notes-groups">
          {groups.map((g) => {
            const expanded = open.has(g.key);
            const panel = `dala-group-${g.key.replace(/[^\w-]/g, '_')}`;
            return (
              <li key={g.key} class="notes-group" data-testid="notes-group" data-key={g.key}>
                <button type="button" class="group-toggle" data-testid="notes-group-toggle" aria-expanded={expanded} aria-controls={panel} onClick={() => toggle(g.key)}>
                  <span class="group-forms" dir="auto">
                    {g.forms.join(' / ')}
                  </span>
                  <span class="muted">
                    {g.kind && <>{t(`notes.kind.${g.kind}`)} · </>}
                    {t('notes.articles', { n: formatNumber(usageOf(g)) })}
                  </span>
                </button>
                {expanded && (
                  <div id={panel} class="group-panel" data-testid="notes-group-panel">
                    <NoteList notes={g.notes} />
                    <ArticleLinks db={db} group={g} onOpenArticle={onOpenArticle} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {relations.length > 0 && (
        <section class="relations" aria-labelledby="dala-relations-heading" data-testid="notes-relations">
          <h3 id="dala-relations-heading">{t('notes.relationsHeading')}</h3>
          <p class="muted">{t('notes.relationsIntro')}</p>
          <ul class="notes-groups">
            {relations.map((r) => {
              const key = `relation:${r.id}`;
              const expanded = open.has(key);
              const panel = `dala-relation-${r.id.replace(/[^\w-]/g, '_')}`;
              return (
                <li key={key} class="notes-group" data-testid="notes-relation" data-type={r.type}>
                  <button type="button" class="group-toggle" data-testid="notes-group-toggle" aria-expanded={expanded} aria-controls={panel} onClick={() => toggle(key)}>
                    <span class="group-forms" dir="auto">
                      {r.names.join(' / ')}
                    </span>
                    <span class="muted">{t(`notes.relation.${r.type}`)}</span>
                  </button>
                  {expanded && (
                    <div id={panel} class="group-panel" data-testid="notes-group-panel">
                      <p class="name-rules" data-testid="name-rule" data-rule={r.note.rule}>
                        {r.note.text}
                      </p>
                      <ArticleLinks db={db} group={{ forms: r.names, articles: r.articles }} onOpenArticle={onOpenArticle} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
