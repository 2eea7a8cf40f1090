/**
 * Data files a teacher edits (issue 11, item 6): a pair declared in several files merges, an
 * amount may be written once, an unknown code is suggested by name and does not cascade, reasons
 * for inferred dates come in both languages, credits carry no "Source:" prefix.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from './core/issues.ts';
import { compile, edited, FIXTURE_META, realFiles, replace } from './testing.ts';

const files = realFiles();

const secondArticle = (kinds: string): string =>
  [
    'links:',
    '  - a: KAZ',
    '    b: CHN',
    kinds,
    '    statuses:',
    '      - status: active',
    '        date: 2024',
    '        quotes: [kaz-kor-established]',
    '    quotes:',
    '      - kaz-kor-established',
    'figures:',
    '  - id: second-article-trade',
    '    link: CHN-KAZ',
    '    stated: 59億ドル',
    '    measure: total-trade',
    '    qualifier: exact',
    '    period: 2020',
    '    quote: kaz-kor-trade-2020',
    '',
  ].join('\n');

describe('a pair declared in two files', () => {
  it('checks a merged status against its quotes like any other', () => {
    const f = new Map(files).set('relations-second.yaml', secondArticle(''));
    const result = compile(f);
    expect(result.errors.map(formatIssue)).toEqual([
      // the borrowed quote does not state 2024: the date check of the merged status speaks
      expect.stringContaining('relations-second.yaml:7 links[0].statuses[0].date'),
    ]);
  });

  it('merges without errors when the second declaration is consistent', () => {
    const f = new Map(files).set(
      'relations-second.yaml',
      secondArticle('').replace('        date: 2024', '        date: 1992-01-28'),
    );
    const result = compile(f);
    expect(result.errors.map(formatIssue)).toEqual([]);
    const link = result.data?.links.find((l) => l.id === 'CHN-KAZ');
    expect(link?.quotes).toContain('kaz-kor-established');
    expect(link?.statuses.map((s) => s.status)).toContain('active');
    expect(result.data?.links.filter((l) => l.id === 'CHN-KAZ')).toHaveLength(1);
    const figure = result.data?.figures.find((x) => x.id === 'second-article-trade');
    expect(figure).toMatchObject({ link: 'CHN-KAZ', value: 5_900_000_000 });
  });

  // Kinds join (a pair can be traded with and invested in); what cannot be joined is an error.
  const consistent = (kinds: string): string =>
    secondArticle(kinds).replace('        date: 2024', '        date: 1992-01-28');
  it.each([
    { declared: '', kinds: ['trade'] },
    { declared: '    kinds: [trade]', kinds: ['trade'] },
    { declared: '    kinds: [investment]', kinds: ['trade', 'investment'] },
    { declared: '    kinds: [sanctions, trade]', kinds: ['trade', 'sanctions'] },
  ])('kinds $declared join those of data/: $kinds', ({ declared, kinds }) => {
    const result = compile(new Map(files).set('relations-second.yaml', consistent(declared)));
    expect(result.errors.map(formatIssue)).toEqual([]);
    expect(result.data?.links.find((l) => l.id === 'CHN-KAZ')?.kinds).toEqual(kinds);
  });

  it('kinds join across three files, each once', () => {
    const result = compile(
      new Map(files)
        .set('relations-second.yaml', consistent('    kinds: [investment]'))
        .set(
          'relations-third.yaml',
          'links:\n  - a: CHN\n    b: KAZ\n    kinds: [investment, sanctions]\n    quotes: [kaz-transit]\n',
        ),
    );
    expect(result.errors.map(formatIssue)).toEqual([]);
    const link = result.data?.links.find((l) => l.id === 'CHN-KAZ');
    expect(link?.kinds).toEqual(['trade', 'investment', 'sanctions']);
    expect(link?.quotes).toEqual(['kaz-transit', 'kaz-kor-established']);
  });

  it('the same status at the same date joins its quotes, once', () => {
    const third = [
      'links:',
      '  - a: KAZ',
      '    b: KOR',
      '    kinds: [diplomatic]',
      '    statuses:',
      '      - status: established',
      '        date: 1992-01-28',
      '        quotes: [kaz-kor-established, kaz-transit]',
      '    quotes: [kaz-kor-established]',
      '',
    ].join('\n');
    const result = compile(new Map(files).set('relations-third.yaml', third));
    expect(result.errors.map(formatIssue)).toEqual([]);
    const link = result.data?.links.find((l) => l.id === 'KAZ-KOR');
    expect(link?.statuses).toHaveLength(1);
    expect(link?.statuses[0]?.quotes).toEqual([
      'kaz-kor-established',
      'kaz-kor-established-month',
      'kaz-transit',
    ]);
  });

  // A contradiction names both places: the file and line of each declaration.
  it.each([
    {
      what: 'a different status at the same date',
      second: consistent(''),
      third: [
        'links:',
        '  - a: CHN',
        '    b: KAZ',
        '    statuses:',
        '      - status: severed',
        '        date: 1992-01-28',
        '        quotes: [kaz-kor-established]',
        '    quotes: [kaz-transit]',
        '',
      ].join('\n'),
      message:
        'data/relations-third.yaml:5 links[0].statuses[0].status: link CHN-KAZ is severed on 1992-01-28 here, but active on the same date at data/relations-second.yaml:6',
      fix: 'Fix: a pair has one status at a date',
    },
    {
      what: 'a second summary',
      second: consistent('').replace(
        '    statuses:',
        '    summary: { ja: 別の要約。, en: Another summary. }\n    statuses:',
      ),
      third: undefined,
      message:
        'data/relations-second.yaml:5 links[0].summary: link CHN-KAZ already has a summary (at data/relations.yaml:',
      fix: 'Fix: keep one summary for the pair',
    },
  ])('$what is an error that names both places', ({ second, third, message, fix }) => {
    const f = new Map(files).set('relations-second.yaml', second);
    if (third) f.set('relations-third.yaml', third);
    const errors = compile(f).errors.map(formatIssue);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(errors[0]).toContain(fix);
  });
});

describe('an amount written once', () => {
  it('computes value from stated, and reports it', () => {
    const f = edited(files, 'relations.yaml', replace('    value: 5900000000\n', ''));
    const result = compile(f);
    expect(result.errors).toEqual([]);
    expect(result.data?.figures.find((x) => x.id === 'kaz-kor-trade-2020')?.value).toBe(
      5_900_000_000,
    );
    expect(result.computed).toEqual([
      expect.objectContaining({
        id: 'kaz-kor-trade-2020',
        stated: '59億ドル',
        value: 5_900_000_000,
      }),
    ]);
  });

  it('still checks a value that is written against stated', () => {
    const f = edited(files, 'relations.yaml', replace('value: 5900000000', 'value: 590000000'));
    expect(compile(f).errors.map(formatIssue).join('\n')).toContain('set value to 5900000000');
  });
});

describe('an unknown country code', () => {
  const meta = JSON.stringify({
    ...(JSON.parse(FIXTURE_META) as object),
    JAM: { name: { en: 'Jamaica', ja: 'ジャマイカ' }, label: [-77.3, 18.1] },
  });

  it('is suggested by name as well as spelling (JAP → JPN Japan, not Jamaica)', () => {
    const f = edited(files, 'relations.yaml', replace('  - iso3: JPN', '  - iso3: JAP'));
    const errors = compile(f, { text: meta }).errors.map(formatIssue);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      "unknown country code JAP: it is not in the geometry (geo/out/countries-meta.json); did you mean 'JPN'? (Japan)",
    );
  });

  it('in a link end does not cascade into "no link" errors about another pair', () => {
    const f = edited(
      files,
      'relations.yaml',
      replace('  - a: KAZ\n    b: KOR', '  - a: KAZ\n    b: KRO'),
    );
    const text = compile(f).errors.map(formatIssue).join('\n');
    expect(text).toContain('unknown country code KRO (link end)');
    expect(text).not.toContain('no link');
  });
});

describe('reasons and credits', () => {
  it('every inferred date of the real data gives its reason in both languages', () => {
    const data = compile(files).data;
    const dates = [
      ...(data?.events.map((e) => e.date) ?? []),
      ...(data?.links.flatMap((l) => l.statuses.map((s) => s.date)) ?? []),
      ...(data?.documents.flatMap((d) => (d.date ? [d.date] : [])) ?? []),
    ].filter((d) => d.inferred);
    expect(dates.length).toBeGreaterThan(10);
    for (const d of dates) {
      expect(d.inferred?.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(d.inferred?.en).toMatch(/[a-z]/);
    }
  });

  it('a reason in one language only is an error with a Fix', () => {
    const f = edited(files, 'relations.yaml', (t) =>
      t.replace(/inferred:\n( +)ja: .*\n( +)en: (.*)/, 'inferred: $3'),
    );
    const text = compile(f).errors.map(formatIssue).join('\n');
    expect(text).toContain('expected a text in both languages');
    expect(text).toContain('Fix: write it in both languages');
  });

  it.each(['出典 baoquocte.vn', '出典: baoquocte.vn', 'Source: baoquocte.vn'])(
    'a credit that starts with its own label (%s) is refused',
    (credit) => {
      const f = edited(
        files,
        'documents/putin-kazakhstan-2024.yaml',
        replace('    ja: baoquocte.vn', `    ja: '${credit}'`),
      );
      const text = compile(f).errors.map(formatIssue).join('\n');
      expect(text).toContain('source.credit.ja');
      expect(text).toContain('the app already prints 「出典: 」');
      expect(text).toContain('Fix: write the credit alone: ja: baoquocte.vn');
    },
  );

  it('a summary that names a document by its number is refused', () => {
    const f = edited(
      files,
      'relations.yaml',
      replace('長距離ミサイルの使用を承認した。', '長距離ミサイルの使用を承認した(001)。'),
    );
    const text = compile(f).errors.map(formatIssue).join('\n');
    expect(text).toContain('「(001)」 refers to a document by a number the reader never sees');
  });
});
