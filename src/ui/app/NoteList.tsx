/** The notes of one variant group: each names the rule behind a spelling difference. */
import { t } from '../../i18n';
import type { VariantGroup } from '../data/names';

export function NoteList({ notes }: { notes: VariantGroup['notes'] }) {
  if (!notes.length) return null;
  return (
    <ul class="name-rules">
      {notes.map((n, i) => (
        <li key={i} data-testid="name-rule" data-rule={n.rule} class={n.confidence === 'low' ? 'low' : undefined}>
          {n.text}
          {n.confidence === 'low' && <span class="muted"> ({t('notes.lowConfidence')})</span>}
        </li>
      ))}
    </ul>
  );
}
