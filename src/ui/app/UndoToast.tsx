/** "Deleted … — Undo": shown for a few seconds after a delete; Undo puts the article back as it was. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';

interface Props {
  title: string;
  /** How long the toast stays, in ms. */
  ms: number;
  onUndo(): void;
  onClose(): void;
}

export const UNDO_MS = 8000;

export function UndoToast({ title, ms, onUndo, onClose }: Props) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const timer = setTimeout(() => close.current(), ms);
    return () => clearTimeout(timer);
  }, [ms]);

  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span class="toast-text">{t('toast.deleted', { title })}</span>
      <button type="button" data-testid="undo-button" onClick={onUndo}>
        {t('toast.undo')}
      </button>
      <button type="button" class="icon-button" data-testid="toast-close" aria-label={t('toast.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
