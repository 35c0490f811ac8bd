/**
 * The reading pane: one clipping, set for reading, with its tags, the quotes and the people,
 * places and organisations capture found (editable), the user's notes, and the details panel
 * (every metadata field, where it came from, and a form to correct it).
 */
import { memo, useEffect, type ReactElement, type ReactNode, type Ref } from 'react';
import type { Clipping, ClippingLinks } from '../../shared/clipping';
import { Icon } from '../components/icons';
import { TagEditor } from '../components/tag-editor';
import { formatDate, plural, textDirection } from '../lib/format';
import { toTagName } from '../lib/query';
import type { Row } from '../lib/rows';
import { usePaintedSince } from '../hooks/use-after-paint';
import { useClipping } from '../hooks/use-clipping';
import { readAhead } from '../hooks/early-answers';
import { useLinks } from '../hooks/use-links';
import { ArticleBody } from './article-body';
import { DetailsPanel } from './details/details-panel';
import { EntitiesEditor } from './details/entities-editor';
import { AttachedTo, Attachments } from './linked-clippings';
import { NotesEditor } from './notes-editor';
import { PrintedClipping } from './print/facsimile';

export interface ReaderProps {
  id: string | null;
  /** The clipping's row in the list, shown (headline, source) until the clipping arrives. */
  preview?: Row;
  knownTags: string[];
  headingRef?: Ref<HTMLHeadingElement>;
  tagInputRef?: Ref<HTMLInputElement>;
  onTag(id: string, add: string[], remove: string[]): Promise<void>;
  onTrash(id: string): void;
  onRestore(id: string): void;
  /** Narrows the search with a filter such as `person:"Dmitry Peskov"`. */
  onFilter(token: string): void;
  /** Opens a linked clipping (an e-mail's attachment, or the e-mail it came with). */
  onOpenClipping?(id: string): void;
}

/**
 * Memoized: typing in the search box or scrolling the list does not re-render the article (a
 * list refresh that brings the same clipping's row anew neither).
 */
export const Reader = memo(ReaderView, (a, b) =>
  (Object.keys({ ...a, ...b }) as Array<keyof ReaderProps>).every((k) =>
    k === 'preview' ? a.preview?.id === b.preview?.id : Object.is(a[k], b[k]),
  ),
);

function ReaderView(props: ReaderProps): ReactElement {
  const { clipping, loading, error } = useClipping(props.id);
  // The article's HTML, links and history are asked for with the clipping, not after it.
  useEffect(() => {
    if (props.id) readAhead(props.id);
  }, [props.id]);
  if (!props.id) {
    return (
      <div className="reader-empty">
        <Icon name="inbox" className="empty-icon" />
        <p className="empty-title">Nothing selected</p>
        <p className="empty-text">
          Choose a clipping from the list to read it here: <kbd>j</kbd> and <kbd>k</kbd> move through the
          list, <kbd>?</kbd> shows every shortcut.
        </p>
      </div>
    );
  }
  if (error) {
    return (
      <div className="reader-empty" role="alert">
        <p className="empty-title">This clipping could not be opened</p>
        <p className="empty-text">{error}</p>
      </div>
    );
  }
  // Until the clipping arrives, its headline and source from the list (the same elements,
  // then filled in: keyed by the clipping, so another clipping starts afresh).
  const preview = props.preview?.id === props.id ? props.preview : undefined;
  if (!clipping && !preview) {
    return <div className="reader-empty" aria-busy={loading} />;
  }
  return <ClippingView key={props.id} {...props} id={props.id} clipping={clipping} preview={preview} />;
}

function ClippingView(props: ReaderProps & { id: string; clipping: Clipping | null; preview?: Row }): ReactElement {
  const { clipping: c, headingRef, onOpenClipping = () => undefined } = props;
  const links = useLinks(props.id);
  // What lies below the article is drawn a frame later: the first frame shows the article.
  const below = usePaintedSince(props.id);
  return (
    <article className="reader" aria-labelledby="reader-title" aria-busy={c ? undefined : true}>
      <header className="reader-header">
        <ReaderHeading clipping={c} preview={props.preview} headingRef={headingRef}>
          <AttachedTo attachedTo={links.attachedTo} onOpen={onOpenClipping} />
        </ReaderHeading>
        {c && <ReaderTags {...props} clipping={c} />}
      </header>
      {c && <ReaderContent {...props} clipping={c} attachments={links.attachments} below={below} />}
    </article>
  );
}

/** The article, its attachments, and (`below`: a frame later) quotes, people named, notes and details. */
function ReaderContent(
  props: ReaderProps & { clipping: Clipping; attachments: ClippingLinks['attachments']; below: boolean },
): ReactElement {
  const { clipping: c, onFilter, onOpenClipping = () => undefined, below } = props;
  const showCredit = c.credit && !(c.caption ?? '').includes(c.credit);
  const caption =
    c.caption || c.credit ? (
      <>
        {c.caption}
        {showCredit && <span className="reader-credit">{c.credit}</span>}
      </>
    ) : null;
  return (
    <>
      {c.print ? (
        <PrintedClipping clipping={c}>
          <ArticleBody clipping={c} caption={caption} />
        </PrintedClipping>
      ) : (
        <ArticleBody clipping={c} caption={caption} />
      )}
      <Attachments attachments={props.attachments} onOpen={onOpenClipping} />
      {below && (
        <>
          <Quotes quotes={c.quotes} />
          <EntitiesEditor clipping={c} onFilter={onFilter} />
          <NotesEditor key={c.id} clipping={c} />
          <DetailsPanel clipping={c} />
        </>
      )}
    </>
  );
}

/**
 * Source and dateline, the headline (`children` just under it), notes on it and the byline;
 * while the clipping loads, the source, dateline and headline of its row in the list.
 */
function ReaderHeading(props: {
  clipping: Clipping | null;
  preview?: Row;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}): ReactElement | null {
  const { clipping: c, headingRef } = props;
  const shown = c ?? props.preview;
  if (!shown) return null;
  // The lines around the headline follow its direction (an Arabic headline is not flanked by
  // lines set from the left).
  const dir = textDirection(shown.title);
  return (
    <>
      <p className="reader-kicker" dir={dir}>
        {shown.source && (
          <span>
            <bdi>{shown.source}</bdi>
          </span>
        )}
        {shown.dateline && (
          <span className="reader-dateline">
            <bdi>{shown.dateline}</bdi>
          </span>
        )}
        {c?.trashedAt && <span className="badge badge-warning">In the trash</span>}
      </p>
      <h1 id="reader-title" ref={headingRef} tabIndex={-1} className="reader-title" dir="auto">
        {shown.title}
      </h1>
      {props.children}
      {c && <HeadingNotes clipping={c} dir={dir} />}
    </>
  );
}

/** Notes on the headline (derived, damaged text) and the byline. */
function HeadingNotes({ clipping: c, dir }: { clipping: Clipping; dir: ReturnType<typeof textDirection> }): ReactElement {
  const published = formatDate(c.publishedAt);
  const captured = formatDate(c.capturedAt);
  const words = c.text.split(/\s+/).filter(Boolean).length;
  return (
    <>
      {c.titleDerived && (
        <p className="reader-note">No headline was found; this title is the article’s first sentence.</p>
      )}
      {c.damage && (
        <p className="reader-note reader-damage" role="alert">
          {c.damage}
        </p>
      )}
      {/* Each fact is isolated: "133 words" stays so beside an Arabic headline. */}
      <p className="reader-byline" dir={dir}>
        {c.author && (
          <span>
            <bdi>By {c.author}</bdi>
          </span>
        )}
        {published && (
          <span>
            <bdi>
              <time dateTime={c.publishedAt ?? undefined}>{published}</time>
            </bdi>
          </span>
        )}
        <span>
          <bdi>{plural(words, 'word')}</bdi>
        </span>
        {captured && (
          <span>
            <bdi>Captured {captured}</bdi>
          </span>
        )}
      </p>
    </>
  );
}

/** The tags (editable), Move to trash or Restore, and tags suggested from the entities. */
function ReaderTags(props: ReaderProps & { clipping: Clipping }): ReactElement {
  const { clipping: c, knownTags, tagInputRef, onTag, onTrash, onRestore } = props;
  const byline = c.author ? toTagName(c.author) : null;
  const suggestions = [...c.entities.places, ...c.entities.organisations, ...c.entities.people]
    .map(toTagName)
    // Not the byline's author: a person the article is about, not who wrote it.
    .filter((t, i, all) => t && all.indexOf(t) === i && !c.tags.includes(t) && t !== byline)
    .slice(0, 6);
  return (
    <>
      <div className="reader-tags">
        <TagEditor
          tags={c.tags}
          known={knownTags}
          inputRef={tagInputRef}
          onAdd={(add) => onTag(c.id, add, [])}
          onRemove={(tag) => onTag(c.id, [], [tag])}
        />
        {c.trashedAt ? (
          <button type="button" className="button" onClick={() => onRestore(c.id)}>
            <Icon name="restore" /> Restore
          </button>
        ) : (
          <button
            type="button"
            className="button button-quiet has-tip"
            onClick={() => onTrash(c.id)}
            aria-label="Move to trash"
            data-tip="Move to trash"
            data-shortcut="Delete"
            aria-keyshortcuts="Delete"
          >
            <Icon name="trash" /> <span className="button-text">Move to trash</span>
          </button>
        )}
      </div>
      {suggestions.length > 0 && (
        <div className="suggestions">
          <span className="suggestions-label" id="suggested-tags-label">
            Suggested tags
          </span>
          <ul aria-labelledby="suggested-tags-label">
            {suggestions.map((t) => (
              <li key={t}>
                <button
                  type="button"
                  className="chip chip-suggestion"
                  aria-label={`Add suggested tag ${t}`}
                  onClick={() => void onTag(c.id, [t], []).catch(() => undefined)}
                >
                  <Icon name="plus" /> {t}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function Quotes({ quotes }: { quotes: Clipping['quotes'] }): ReactElement | null {
  if (quotes.length === 0) return null;
  return (
    <section className="reader-section" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes</h2>
      <ul className="quotes">
        {quotes.map((q, i) => (
          <li key={i}>
            <blockquote>
              <p dir="auto">{q.text}</p>
            </blockquote>
            <p className="quote-speaker">{q.speaker ?? 'Unattributed'}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
