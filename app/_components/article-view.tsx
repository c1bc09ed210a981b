import { Fragment } from "react";
import { findTextGaps, overlapsMostly, segmentParagraph, withGaps, sentencesOf, splitParagraphs, type Paragraph, type Range } from "@/lib/quiz/article-segments";
import { ArticleSentence } from "./sentence-selection";

export type ArticleMeta = {
  title: string;
  source?: string | null;
  publishedOn?: string | null;
  url?: string | null;
};

/** "2013-01-14" → "14 January 2013", without the reader's time zone shifting the day. */
export function formatArticleDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function ArticleByline({ article }: { article: ArticleMeta }) {
  if (!article.source && !article.publishedOn) return null;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {article.source}
      {article.source && article.publishedOn ? " · " : null}
      {article.publishedOn ? <time dateTime={article.publishedOn}>{formatArticleDate(article.publishedOn)}</time> : null}
    </p>
  );
}

/** Where the source lost words (lib/quiz/article-segments.ts `findTextGaps`), as an editor marks it. */
function TextGap() {
  return (
    <span className="text-gap" title="Text missing from the source">
      {" "}
      <span aria-hidden="true">[…]</span>
      <span className="sr-only">(text missing from the source)</span>{" "}
    </span>
  );
}

/**
 * The article as readable paragraphs of sentences. `highlights` are evidence spans to wrap in
 * <mark>; `activeHighlights` get a stronger style (the question being reviewed); `picks` are the
 * sentences a student selected for an evidence question, underlined. Each sentence becomes a
 * toggle while an evidence question is being answered (sentence-selection.tsx). Pure: renders
 * the same on the server and in a client component.
 */
export function ArticleView({
  article,
  text,
  highlights = [],
  activeHighlights = [],
  picks = [],
  headingLevel = 2,
  headingId,
}: {
  article: ArticleMeta;
  text: string;
  highlights?: Range[];
  activeHighlights?: Range[];
  picks?: Range[];
  headingLevel?: 2 | 3;
  headingId?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article aria-labelledby={headingId} className="article-text font-serif text-[1.0625rem] leading-relaxed text-slate-800 dark:text-slate-200">
      <Heading id={headingId} className="font-sans text-xl font-bold leading-snug text-slate-900 dark:text-slate-50">
        {article.title}
      </Heading>
      <div className="mt-1 font-sans">
        <ArticleByline article={article} />
      </div>
      <div className="mt-4 space-y-4">
        {splitParagraphs(text).map((p, i, all) => (
          <p key={p.start}>{paragraphPieces(p, all[i + 1], highlights, activeHighlights, picks)}</p>
        ))}
      </div>
    </article>
  );
}

/** A paragraph as its sentences, with the spaces between them as plain text. */
function paragraphPieces(p: Paragraph, next: Paragraph | undefined, highlights: Range[], active: Range[], picks: Range[]): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  // Where the source lost text, an editor's "[…]" (findTextGaps); offsets are untouched.
  const gaps = findTextGaps(p, next);
  let at = p.start;
  for (const s of sentencesOf(p)) {
    if (s.start > at) out.push(p.text.slice(at - p.start, s.start - p.start));
    out.push(
      <ArticleSentence key={s.start} start={s.start} end={s.end} text={s.text} picked={picks.some((x) => overlapsMostly(x, s))}>
        {withGaps(segmentParagraph(s, highlights, active), gaps).map((seg) => (
          <Fragment key={seg.start}>
            {seg.gapBefore ? <TextGap /> : null}
            {seg.marked ? (
              <mark
                data-evidence=""
                data-start={seg.start}
                data-end={seg.end}
                data-active={seg.active ? "" : undefined}
                data-scroll-target=""
                tabIndex={seg.active ? -1 : undefined}
              >
                {seg.text}
              </mark>
            ) : (
              <span data-start={seg.start}>{seg.text}</span>
            )}
            {seg.gapAfter ? <TextGap /> : null}
          </Fragment>
        ))}
      </ArticleSentence>,
    );
    at = s.end;
  }
  if (p.end > at) out.push(p.text.slice(at - p.start, p.end - p.start));
  return out;
}
