import { describe, expect, it } from 'vitest';
import { compile, formatted, realFiles } from './testing.ts';

/** `tour-<id>.yaml`: more tours beside `tour.yaml`, in the same format (plus `title`). */
const files = realFiles();
const step = (id: string, extra = '') =>
  `  - id: ${id}\n    camera: { region: all }\n${extra}    caption: { ja: あ, en: a }\n`;
const withTour = (name: string, text: string) => compile(new Map(files).set(name, text));

describe('extra tour files', () => {
  it('a folder without them compiles as before, with no `tours`', () => {
    expect(compile(files).data && 'tours' in compile(files).data!).toBe(false);
  });

  it('are read, titled, in file order; step ids may repeat those of tour.yaml', () => {
    const base = new Map(files)
      .set('tour-b.yaml', `steps:\n${step('welcome')}`)
      .set('tour-a.yml', `title: { ja: 授業, en: Lesson }\nsteps:\n${step('one')}${step('two')}`);
    const result = compile(base);
    expect(formatted(result.errors)).toEqual([]);
    expect(formatted(result.warnings)).toEqual([]);
    expect(result.data?.tours?.map((t) => [t.id, t.title?.en, t.steps.map((s) => s.id)])).toEqual([
      ['a', 'Lesson', ['one', 'two']],
      ['b', undefined, ['welcome']],
    ]);
    expect(result.data?.tour.length).toBe(compile(files).data?.tour.length);
  });

  const cases = [
    {
      name: 'a file name that is not an id',
      file: 'tour-My Lesson.yaml',
      text: `steps:\n${step('a')}`,
      expected: /tour-My Lesson\.yaml: 「My Lesson」 is not a valid tour id/,
    },
    {
      name: 'the same tour twice',
      file: 'tour-a.yml',
      text: `steps:\n${step('a')}`,
      also: ['tour-a.yaml', `steps:\n${step('a')}`],
      expected: /tour-a\.yml: a second file for tour `a`/,
    },
    {
      name: 'a duplicate step id within the file',
      file: 'tour-a.yaml',
      text: `steps:\n${step('x')}${step('x')}`,
      expected: /tour-a\.yaml:\d+ steps\[1\]\.id: duplicate step of tour a id `x`/,
    },
    {
      name: 'an unknown link',
      file: 'tour-a.yaml',
      text: `steps:\n${step('x', '    select: { link: AAA-ZZZ }\n')}`,
      expected: /tour-a\.yaml:\d+ steps\[0\]\.select\.link/,
    },
    {
      name: 'an unknown field',
      file: 'tour-a.yaml',
      text: `name: x\nsteps:\n${step('x')}`,
      expected: /tour-a\.yaml:1 name: unknown field/,
    },
    {
      name: 'a title in one language',
      file: 'tour-a.yaml',
      text: `title: { en: Lesson }\nsteps:\n${step('x')}`,
      expected: /tour-a\.yaml:1 title/,
    },
    {
      name: 'no steps',
      file: 'tour-a.yaml',
      text: 'title: { ja: あ, en: a }\n',
      expected: /tour-a\.yaml:\d+ steps/,
    },
  ];
  it.each(cases)('$name is an error that names the file', ({ file, text, also, expected }) => {
    const base = also ? new Map(files).set(also[0]!, also[1]!) : files;
    const result = compile(new Map(base).set(file, text));
    expect(result.data).toBeUndefined();
    expect(formatted(result.errors).join('\n')).toMatch(expected);
  });

  it('a file that is not a tour- file is still ignored with a warning', () => {
    const result = withTour('tours.yaml', `steps:\n${step('a')}`);
    expect(formatted(result.warnings).join('\n')).toMatch(/tours\.yaml: ignored/);
  });
});
