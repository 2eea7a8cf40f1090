/**
 * Bad inputs, each made by editing the real data in memory, and the message each must produce:
 * file, line, field path, what is wrong, how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues, type AtlasIssue } from './core/issues.ts';
import type { DataFiles } from './core/files.ts';
import { compile, edited, FIXTURE_META, lineOf, realFiles, replace } from './testing.ts';

const files = realFiles();
const relations = files.get('relations.yaml') ?? '';

function errorsOf(f: DataFiles, meta?: { text?: string }): AtlasIssue[] {
  const result = compile(f, meta);
  expect(result.data).toBeUndefined();
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) expect(e.internal).toBeUndefined();
  return result.errors;
}

/** The only error of an edit of relations.yaml, formatted. */
function onlyError(
  from: string,
  to: string,
  rel = 'relations.yaml',
): { issue: AtlasIssue; text: string; edited: string } {
  const f = edited(files, rel, replace(from, to));
  const errors = errorsOf(f);
  expect(errors.map(formatIssue)).toHaveLength(1);
  const issue = errors[0] as AtlasIssue;
  return { issue, text: formatIssue(issue), edited: f.get(rel) ?? '' };
}

describe('clear errors for bad data', () => {
  it('a quote not in its document: names the document and shows the closest passage', () => {
    const { issue, text } = onlyError(
      'text: 二国間関係は1992年1月9日に樹立された。',
      'text: 二国間関係は1992年1月19日に樹立された。',
    );
    expect(issue).toMatchObject({
      file: 'data/relations.yaml',
      line: lineOf(relations, 'text: 二国間関係は1992年1月9日に樹立された。'),
      path: 'quotes[18].text',
    });
    expect(text).toContain(
      'quote prk-ukr-established: the text does not occur in document prk-ukr-relations',
    );
    expect(text).toMatch(
      /closest passage \(9\d% similar\) at data\/documents\/prk-ukr-relations\.txt:6:/,
    );
    expect(text).toContain('document: 「二国間関係は1992年1月9日に樹立された。」');
    expect(text).toContain('Fix: copy the words exactly from the document');
  });

  it('a quote that differs only in spacing says so', () => {
    const { text } = onlyError(
      'text: 両国間の外交関係は、カザフスタンの独立直後の 1992 年 1 月 28 日に確立された',
      'text: 両国間の外交関係は、カザフスタンの独立直後の1992年1月28日に確立された',
    );
    expect(text).toContain('the spaces or line breaks differ');
    expect(text).toContain(
      '「両国間の外交関係は、カザフスタンの独立直後の 1992 年 1 月 28 日に確立された」',
    );
  });

  it('a quote from another document names the right one', () => {
    const { text } = onlyError(
      '- id: trump-return\n    doc: putin-kazakhstan-2024',
      '- id: trump-return\n    doc: prk-ukr-relations',
    );
    expect(text).toContain(
      'the text is not in document prk-ukr-relations — it is in putin-kazakhstan-2024',
    );
    expect(text).toContain('Fix: set `doc: putin-kazakhstan-2024`');
  });

  it('a wrong value: the parse of the stated amount, with the line of the value', () => {
    const { text, edited: after } = onlyError('value: 5900000000', 'value: 590000000');
    expect(text).toBe(
      `data/relations.yaml:${lineOf(after, 'value: 590000000')} figures[0].value: 590000000 does not match 「59億ドル」 in quote kaz-kor-trade-2020 (= 5,900,000,000)\n` +
        '    Fix: set value to 5900000000, or correct `stated` to the amount the quote gives',
    );
  });

  it('a stated amount that is not in its quote', () => {
    const { issue, text } = onlyError('stated: 70億ドル以上', 'stated: 70億ドル超');
    expect(issue.path).toBe('figures[3].stated');
    expect(text).toContain('「70億ドル超」 does not occur in quote kor-investment-kaz');
    expect(text).toContain('Fix: copy the amount exactly as the quote writes it: 「70億ドル以上」');
  });

  it('a qualifier that contradicts the quote (約 → about)', () => {
    const { issue, text } = onlyError('qualifier: about', 'qualifier: exact');
    expect(issue.path).toBe('figures[4].qualifier');
    expect(text).toContain(
      'exact does not match 「約6億3,400万ドル」 in quote kb-kookmin-2008, which reads as about',
    );
  });

  it('an unknown country code, with a suggestion', () => {
    const { issue, text } = onlyError('  - iso3: JPN', '  - iso3: JPX');
    expect(issue.path).toBe('countries[9].iso3');
    expect(text).toContain('unknown country code JPX: it is not in the geometry');
    expect(text).toContain("did you mean 'JPN'?");
  });

  it('an unknown country code used by a link reports the list entry and the link end', () => {
    const f = edited(files, 'relations.yaml', replace('  - iso3: UZB', '  - iso3: UZX'));
    const text = errorsOf(f).map(formatIssue).join('\n');
    expect(text).toContain('countries[11].iso3: unknown country code UZX');
    expect(text).toContain('links[3].b: UZB (link end) is not listed under `countries`');
  });

  it('a country used by a link but not listed', () => {
    const f = edited(
      files,
      'relations.yaml',
      replace(
        '  - iso3: ARM\n    aliases: [アルメニア]\n    mentions:\n      - armenia-azerbaijan\n',
        '',
      ),
    );
    const text = errorsOf(f).map(formatIssue).join('\n');
    expect(text).toMatch(/links\[10\]\.a: ARM \(link end\) is not listed under `countries`/);
    expect(text).toContain('Fix: add it to countries: in relations.yaml');
  });

  it('2023-02-30 is not a real date', () => {
    const { issue, text } = onlyError('    date: 2019\n', '    date: 2023-02-30\n');
    expect(issue.path).toBe('events[13].date');
    expect(text).toContain('2023-02-30 is not a real date: 2023-02 has 28 days');
  });

  it('a date that the quotes do not state (and is not marked inferred)', () => {
    const { issue, text } = onlyError('    date: 2009-05\n', '    date: 2009-06\n');
    expect(issue.path).toBe('events[11].date');
    expect(text).toContain('2009-06 is not stated in its quotes (looked for 「2009年6月」)');
    expect(text).toContain('inferred');
  });

  it('a date whose precision field contradicts it', () => {
    const { text } = onlyError(
      '        date: 2022-07\n',
      '        date: { iso: 2022-07, precision: day }\n',
    );
    expect(text).toContain('precision day does not match 2022-07 (which is month precision)');
  });

  it('a duplicate id points at the first one', () => {
    const { issue, text } = onlyError('  - id: moon-visit-2019', '  - id: lee-visit-2009');
    expect(issue.path).toBe('events[13].id');
    expect(text).toContain('duplicate event id `lee-visit-2009`');
    expect(text).toContain(
      `the first \`lee-visit-2009\` is at data/relations.yaml:${lineOf(relations, '  - id: lee-visit-2009')}`,
    );
  });

  it('a dangling link reference, with a suggestion', () => {
    const { issue, text } = onlyError(
      'link: PRK-UKR\n    value: 55500',
      'link: PRK-UKX\n    value: 55500',
    );
    expect(issue.path).toBe('figures[11].link');
    expect(text).toContain("no link PRK-UKX (did you mean 'PRK-UKR'?)");
  });

  it('a dangling quote id', () => {
    const { issue, text } = onlyError('quotes: [putin-lee-2025]', 'quotes: [putin-lee-2052]');
    expect(issue.path).toBe('events[32].quotes[0]');
    expect(text).toContain("no quote with id `putin-lee-2052` (did you mean 'putin-lee-2025'?)");
  });

  it('a link reference written in reverse order is accepted', () => {
    const f = edited(
      files,
      'relations.yaml',
      replace('link: PRK-UKR\n    value: 55500', 'link: UKR-PRK\n    value: 55500'),
    );
    const result = compile(f);
    expect(result.errors).toEqual([]);
    expect(result.data?.figures.find((x) => x.id === 'prk-ukr-exports-2020')?.link).toBe('PRK-UKR');
  });

  it('a link from a country to itself', () => {
    const { text } = onlyError('  - a: ARM\n    b: AZE', '  - a: AZE\n    b: AZE');
    expect(text).toContain('both ends are AZE');
  });

  it('bad YAML syntax: the line and the YAML message', () => {
    const f = edited(
      files,
      'relations.yaml',
      replace('    stated: 59億ドル\n', '    stated: [59億ドル\n'),
    );
    const errors = errorsOf(f);
    const text = errors.map(formatIssue).join('\n');
    expect(errors[0]?.file).toBe('data/relations.yaml');
    expect(errors[0]?.line).toBeGreaterThanOrEqual(lineOf(relations, 'stated: 59億ドル'));
    expect(text).toContain('YAML syntax error');
    expect(text).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m); // no stack trace
  });

  it('a missing required field', () => {
    const { issue, text } = onlyError(
      '    stated: 280億米ドル\n    measure: total-trade\n',
      '    stated: 280億米ドル\n',
    );
    expect(issue.path).toBe('figures[7].measure');
    expect(issue.line).toBe(lineOf(relations, '  - id: kaz-rus-trade-2023'));
    expect(text).toContain('missing required field `measure`');
    expect(text).toContain(
      'Fix: use one of: total-trade, exports, imports, investment, acquisition, target',
    );
  });

  it('a wrong type', () => {
    const { issue, text } = onlyError('value: 28000000000', 'value: "280億"');
    expect(issue.path).toBe('figures[7].value');
    expect(text).toContain(
      'expected a number, found text 「280億」 (write a plain number: no quotes, commas or units)',
    );
  });

  it('an unknown field, with a suggestion', () => {
    const f = edited(
      files,
      'relations.yaml',
      replace(
        '    qualifier: more-than\n    period:\n      year: 2020',
        '    qualifer: more-than\n    period:\n      year: 2020',
      ),
    );
    const errors = errorsOf(f);
    expect(errors).toHaveLength(2);
    const unknown = errors.find((e) => e.path === 'figures[2].qualifer');
    const missing = errors.find((e) => e.path === 'figures[2].qualifier');
    expect(unknown?.path).toBe('figures[2].qualifer');
    expect(formatIssue(unknown as AtlasIssue)).toContain(
      "unknown field `qualifer` (did you mean 'qualifier'?)",
    );
    expect(missing?.path).toBe('figures[2].qualifier');
    expect(missing?.message).toBe('missing required field `qualifier`');
  });

  it('a mention quote that does not name its country', () => {
    const { issue, text } = onlyError(
      '  - iso3: GBR\n    aliases: [英国]\n    mentions:\n      - missile-approval',
      '  - iso3: GBR\n    aliases: [英国]\n    mentions:\n      - kaz-transit',
    );
    expect(issue.path).toBe('countries[6].mentions[0]');
    expect(text).toContain('does not name GBR: it contains none of 「英国」, 「イギリス」');
  });

  it('a figure direction that is not an end of its link', () => {
    const { issue, text } = onlyError('    from: UKR\n    to: PRK', '    from: USA\n    to: PRK');
    expect(issue.path).toBe('figures[10].from');
    expect(text).toContain('USA is not an end of link PRK-UKR');
  });

  it('a tour step with a missing region', () => {
    const f = edited(
      files,
      'tour.yaml',
      replace('camera: { region: korean-peninsula }', 'camera: { region: korea }'),
    );
    const [issue, ...rest] = errorsOf(f);
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('steps[11].camera.region');
    expect(issue?.line).toBe(lineOf(f.get('tour.yaml') ?? '', 'region: korea'));
    expect(formatIssue(issue as AtlasIssue)).toContain('no region `korea`');
  });

  it('a tour step with an impossible date and a missing link', () => {
    const f = edited(files, 'tour.yaml', (t) =>
      replace(
        'date: 2025-02-27',
        'date: 2025-02-29',
      )(replace('select: { link: CHN-KAZ }', 'select: { link: CHN-KOR }')(t)),
    );
    const text = errorsOf(f).map(formatIssue).join('\n');
    expect(text).toContain('2025-02-29 is not a real date');
    expect(text).toContain('no link CHN-KOR');
  });

  it('a document without metadata, and one without text', () => {
    const f = new Map(files);
    f.delete('documents/lavrov-prk-2023.yaml');
    f.delete('documents/prk-ukr-relations.txt');
    const text = errorsOf(f).map(formatIssue).join('\n');
    expect(text).toContain(
      'data/documents/lavrov-prk-2023.txt: no metadata for document lavrov-prk-2023',
    );
    expect(text).toContain(
      'data/documents/prk-ukr-relations.yaml: no text for document prk-ukr-relations',
    );
  });

  it('broken metadata of a document is one error, not one per quote of that document', () => {
    const f = edited(files, 'documents/lavrov-prk-2023.yaml', replace('lang: ja', 'lang: [ja'));
    const errors = errorsOf(f);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('data/documents/lavrov-prk-2023.yaml');
    expect(errors[0]?.message).toMatch(/^YAML syntax error/);
  });

  it('a missing geometry meta file: run npm run geo first', () => {
    const errors = errorsOf(files, {});
    expect(errors).toHaveLength(1);
    expect(formatIssue(errors[0] as AtlasIssue)).toContain(
      'geo/out/countries-meta.json: not found',
    );
    expect(formatIssue(errors[0] as AtlasIssue)).toContain('run npm run geo first');
  });

  it('reports every problem, not just the first, sorted by line', () => {
    const f = edited(files, 'relations.yaml', (t) =>
      [
        replace('value: 5900000000', 'value: 1'),
        replace('  - iso3: JPN', '  - iso3: JPX'),
        replace('    date: 2019\n', '    date: 2019-13\n'),
      ].reduce((acc, fn) => fn(acc), t),
    );
    const errors = errorsOf(f);
    expect(errors).toHaveLength(3);
    const lines = errors.map((e) => e.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(formatIssues(errors)).toMatch(/^3 errors in the atlas data:/);
  });

  it('the meta file is only needed for what it holds', () => {
    expect(compile(files, { text: FIXTURE_META }).errors).toEqual([]);
    const errors = errorsOf(files, { text: '{"KAZ": {}}' });
    expect(formatIssue(errors[0] as AtlasIssue)).toMatch(/unknown country code|lacks name/);
  });
});
