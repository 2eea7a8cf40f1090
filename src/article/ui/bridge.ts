/**
 * The review screen's article (`ArticleDraft`: a verdict and form values on each proposal) to
 * and from article-core's `TeacherArticle` (a decision per proposal key), which the compiler
 * checks, the store keeps and the zip carries. The review's keys `l<i>`, `l<i>f<j>`, `l<i>e<j>`
 * index the same proposals as `link:i`, `figure:i:j`, `event:i:j`.
 */
import { LINK_KINDS } from '../../data/schema';
import type { LinkKind } from '../../data/types';
import type { Lexicon } from '../lexicon.ts';
import {
  createTeacherArticle,
  decide,
  eventKey,
  figureKey,
  linkKey,
  type Decision,
  type TeacherArticle,
} from '../model.ts';
import type { Period } from '../propose.ts';
import { reviewFrom, type ArticleDraft, type ReviewLink } from './review.ts';

const isLinkKind = (k: string): k is LinkKind => (LINK_KINDS as readonly string[]).includes(k);

/** The draft as a TeacherArticle: accepted → accepted (edited ones with their values), rejected → rejected. */
export function toTeacher(draft: ArticleDraft, lexicon?: Lexicon): TeacherArticle {
  let t = createTeacherArticle({
    id: draft.id,
    meta: {
      title: { ja: draft.title, en: draft.title },
      lang: draft.lang,
      ...(draft.url ? { sourceUrl: draft.url } : {}),
      credit: { ja: draft.credit || draft.title, en: draft.credit || draft.title },
      ...(draft.date ? { date: draft.date } : {}),
    },
    text: draft.text,
    proposals: draft.proposals,
    ...(lexicon ? { lexicon } : {}),
    now: new Date(draft.added),
  });
  const put = (key: string, d: Decision) => {
    const r = decide(t, key, d);
    if (r.ok) t = r.article;
  };
  draft.links.forEach((l, i) => {
    if (l.verdict === 'rejected') return put(linkKey(i), { status: 'rejected' });
    if (l.verdict !== 'accepted') return;
    put(
      linkKey(i),
      l.edited
        ? { status: 'edited', link: { a: l.a, b: l.b, kinds: l.kinds.filter(isLinkKind) } }
        : { status: 'accepted' },
    );
    l.figures.forEach((f, j) => {
      if (f.verdict === 'rejected') return put(figureKey(i, j), { status: 'rejected' });
      if (f.verdict !== 'accepted') return;
      put(
        figureKey(i, j),
        f.edited
          ? {
              status: 'edited',
              figure: {
                value: f.value,
                currency: f.currency,
                measure: f.measure,
                ...(f.from && f.to ? { from: f.from, to: f.to } : {}),
                ...(f.period !== undefined ? { period: f.period } : {}),
                qualifier: f.qualifier,
                quote: f.quote,
              },
            }
          : { status: 'accepted' },
      );
    });
    l.events.forEach((e, j) => {
      if (e.verdict === 'rejected') return put(eventKey(i, j), { status: 'rejected' });
      if (e.verdict !== 'accepted') return;
      put(
        eventKey(i, j),
        e.edited
          ? {
              status: 'edited',
              event: {
                date: {
                  iso: e.date,
                  ...(e.end ? { end: e.end } : {}),
                  ...(e.inferred ? { inferred: e.inferred } : {}),
                },
                kind: e.kind,
                quote: e.quote,
              },
            }
          : { status: 'accepted' },
      );
    });
  });
  return t;
}

/** A kept or unzipped TeacherArticle back on the review screen, its decisions as verdicts. */
export function fromTeacher(t: TeacherArticle): ArticleDraft {
  const d = t.decisions;
  const links: ReviewLink[] = reviewFrom(t.proposals).map((l, i) => {
    const ld = d[linkKey(i)];
    const link: ReviewLink = {
      ...l,
      verdict: ld ? (ld.status === 'rejected' ? 'rejected' : 'accepted') : 'pending',
      edited: ld?.status === 'edited',
      ...(ld?.status === 'edited' && 'link' in ld
        ? { a: ld.link.a, b: ld.link.b, kinds: [...ld.link.kinds] }
        : {}),
    };
    link.figures = l.figures.map((f, j) => {
      const fd = d[figureKey(i, j)];
      if (!fd) return f;
      if (fd.status !== 'edited' || !('figure' in fd)) {
        return { ...f, verdict: fd.status === 'rejected' ? 'rejected' : 'accepted' };
      }
      const e = fd.figure;
      const out = {
        ...f,
        verdict: 'accepted' as const,
        edited: true,
        value: e.value,
        currency: e.currency,
        measure: e.measure,
        quote: e.quote,
      };
      if (e.qualifier) out.qualifier = e.qualifier;
      if (e.period !== undefined) out.period = e.period as Period;
      if (e.from && e.to) Object.assign(out, { from: e.from, to: e.to });
      return out;
    });
    link.events = l.events.map((ev, j) => {
      const ed = d[eventKey(i, j)];
      if (!ed) return ev;
      if (ed.status !== 'edited' || !('event' in ed)) {
        return { ...ev, verdict: ed.status === 'rejected' ? 'rejected' : 'accepted' };
      }
      const date = ed.event.date;
      return {
        ...ev,
        verdict: 'accepted' as const,
        edited: true,
        kind: ed.event.kind,
        quote: ed.event.quote,
        date: typeof date === 'string' ? date : date.iso,
        ...(typeof date !== 'string' && date.end ? { end: date.end } : {}),
      };
    });
    return link;
  });
  const date = t.meta.date;
  return {
    id: t.id,
    title: t.meta.title.ja || t.meta.title.en,
    lang: t.meta.lang === 'en' ? 'en' : 'ja',
    url: t.meta.sourceUrl ?? '',
    credit: t.meta.credit.ja === t.meta.title.ja ? '' : t.meta.credit.ja,
    date: typeof date === 'string' ? date : (date?.iso ?? ''),
    text: t.text,
    links,
    added: Date.parse(t.createdAt) || Date.now(),
    proposals: t.proposals,
  };
}
