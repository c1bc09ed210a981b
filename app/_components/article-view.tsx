import { Fragment } from "react";
import { findTextGaps, segmentParagraph, splitParagraphs, withGaps, type Range } from "@/lib/quiz/article-segments";

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
 * The article as readable paragraphs. `highlights` are evidence spans to wrap in <mark>;
 * `activeHighlights` get a stronger style (the question being reviewed). Pure: renders the same
 * on the server and in a client component.
 */
export function ArticleView({
  article,
  text,
  highlights = [],
  activeHighlights = [],
  headingLevel = 2,
  headingId,
}: {
  article: ArticleMeta;
  text: string;
  highlights?: Range[];
  activeHighlights?: Range[];
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
        {splitParagraphs(text).map((p) => (
          <p key={p.start}>
            {withGaps(segmentParagraph(p, highlights, activeHighlights), findTextGaps(p)).map((s) => (
              <Fragment key={s.start}>
                {s.gapBefore ? <TextGap /> : null}
                {s.marked ? (
                  <mark
                    data-evidence=""
                    data-start={s.start}
                    data-end={s.end}
                    data-active={s.active ? "" : undefined}
                    data-scroll-target=""
                    tabIndex={s.active ? -1 : undefined}
                  >
                    {s.text}
                  </mark>
                ) : (
                  <span data-start={s.start}>{s.text}</span>
                )}
                {s.gapAfter ? <TextGap /> : null}
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    </article>
  );
}
