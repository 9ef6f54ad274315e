/** npm run notes: groups as JSON for good input; a clear message and exit 1 for bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'notes-'));

function notes(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/notes.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('scripts/notes.ts', () => {
  it('prints the groups, their forms, articles and notes', () => {
    const p = file(
      'ok.json',
      JSON.stringify([
        { id: 'a', lang: 'en', title: 'Senate', paragraphs: ['Maulen Ashimbaev met observers.', 'Maulen Ashimbayev spoke.'] },
        { id: 'b', lang: 'kk', title: 'Сенат', paragraphs: ['Мәулен Әшімбаевтың айтуынша, заң қабылданды.'] },
      ]),
    );
    const r = notes(p);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { groups: { kind: string; forms: string[]; articles: Record<string, string[]>; notes: { rule: string; text: string }[] }[] };
    expect(out.groups).toHaveLength(1);
    const g = out.groups[0]!;
    expect(g.kind).toBe('person');
    expect(g.forms).toEqual(expect.arrayContaining(['Maulen Ashimbaev', 'Maulen Ashimbayev', 'Мәулен Әшімбаев']));
    expect(g.articles['Мәулен Әшімбаев']).toEqual(['b']);
    expect(g.notes.map((n) => n.rule)).toContain('ye-after-vowel');
  }, 30_000);

  it.each([
    ['a missing file', () => join(dir, 'missing.json'), /cannot read/],
    ['not JSON', () => file('bad.json', '{ nope'), /not JSON/],
    ['not an array', () => file('obj.json', '{"id":"a"}'), /array of articles/],
    ['a wrong field', () => file('shape.json', '[{"id":"a","lang":"en","title":"t","paragraphs":[1]}]'), /paragraphs/],
    ['a duplicate id', () => file('dup.json', '[{"id":"a","lang":"en","title":"t","paragraphs":[]},{"id":"a","lang":"en","title":"t","paragraphs":[]}]'), /duplicate id/],
  ])('rejects %s', (_what, path, message) => {
    const r = notes(path());
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  }, 30_000);
});
