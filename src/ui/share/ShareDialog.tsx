import { useEffect, useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { translator, type Lang, type MessageKey } from '../../lib/i18n';
import { iframeSnippet } from '../../export/share-url';
import { copyText } from './copy-text';
import './share.css';

export type ShareDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The address of the current view; `embed` adds embed=1, `pinned` adds the data version. */
  fullUrl: (opts: { pinned: boolean; embed: boolean }) => string;
  /** Names the embedded map for screen readers (the iframe's title). */
  title: string;
  dataVersion: string;
  lang: Lang;
};

type Copied = 'link' | 'embed';

/** A modal dialog: the permalink and an iframe snippet, live or pinned to this data version. */
export function ShareDialog({ open, onClose, fullUrl, title, dataVersion, lang }: ShareDialogProps) {
  const t = translator(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [pinned, setPinned] = useState(false);
  const [status, setStatus] = useState('');
  const ids = useId();

  // The dialog element is modal (the page behind is inert); closing it hands focus back to the opener.
  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    linkField.current?.focus();
    return () => {
      if (element.open) element.close();
      setStatus('');
      opener.current?.focus();
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };
  // Escape and other close requests: the parent owns `open`, so the native close is cancelled.
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    onClose();
  };

  const link = open ? fullUrl({ pinned, embed: false }) : '';
  const snippet = open ? iframeSnippet(fullUrl({ pinned, embed: true }), title) : '';
  const copy = async (what: Copied) => {
    const ok = await copyText(what === 'link' ? link : snippet, what === 'link' ? linkField.current : embedField.current);
    const done: Record<Copied, MessageKey> = { link: 'shareCopiedLink', embed: 'shareCopiedEmbed' };
    setStatus(t(ok ? done[what] : 'shareCopyFailed'));
  };
  const choose = (value: boolean) => {
    setPinned(value);
    setStatus('');
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown} onCancel={onCancel}>
      {open && (
        <>
          <div className="share-head">
            <h2 id={`${ids}-title`}>{t('shareTitle')}</h2>
            <button type="button" className="share-close" aria-label={t('shareClose')} onClick={onClose}>×</button>
          </div>
          <fieldset className="share-version">
            <legend>{t('shareVersionLegend')}</legend>
            <label>
              <input type="radio" name={`${ids}-version`} checked={!pinned} onChange={() => choose(false)} /> {t('shareLive')}
            </label>
            <label>
              <input type="radio" name={`${ids}-version`} checked={pinned} onChange={() => choose(true)} />{' '}
              {t('sharePinned', { version: dataVersion })}
            </label>
          </fieldset>
          <label className="share-label" htmlFor={`${ids}-link`}>{t('shareLinkLabel')}</label>
          <div className="share-field">
            <input id={`${ids}-link`} ref={linkField} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy('link')}>{t('shareCopyLink')}</button>
          </div>
          <label className="share-label" htmlFor={`${ids}-embed`}>{t('shareEmbedLabel')}</label>
          <div className="share-field">
            <textarea id={`${ids}-embed`} ref={embedField} readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy('embed')}>{t('shareCopyEmbed')}</button>
          </div>
          <p className="muted share-note">{t('shareEmbedNote')}</p>
        </>
      )}
      <p className="share-status" role="status" aria-live="polite">{status}</p>
    </dialog>
  );
}
