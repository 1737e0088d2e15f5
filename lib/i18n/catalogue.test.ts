// The catalogues stay complete and consistent: every namespace file exists in every locale with the
// same keys and the same ICU placeholders, and zh-CN uses the glossary's word wherever English uses the term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from './config';
import { readCatalogue, type Messages } from './catalogue';

type Leaves = Map<string, string>;

function leaves(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, `<not a string: ${JSON.stringify(value)}>`);
  return out;
}

/** Argument names ({count}, {count, plural, …}) and rich-text tags (<code>) a message expects; branch text is not an argument. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const space = () => {
    while (/\s/.test(message[i] ?? '')) i += 1;
  };
  const word = () => {
    const start = i;
    while (i < message.length && !/[\s,{}]/.test(message[i]!)) i += 1;
    return message.slice(start, i);
  };
  // Reads message text up to the `}` closing it (or the end), collecting arguments and tags.
  const text = (): void => {
    while (i < message.length && message[i] !== '}') {
      if (message[i] === '{') {
        i += 1;
        argument();
      } else {
        const tag = /^<([A-Za-z0-9_]+)>/.exec(message.slice(i));
        if (tag) names.add(`<${tag[1]}>`);
        i += 1;
      }
    }
  };
  const argument = (): void => {
    space();
    names.add(word());
    space();
    if (message[i] === ',') {
      i += 1;
      space();
      const type = word();
      space();
      if (message[i] === ',') {
        i += 1;
        if (['plural', 'select', 'selectordinal'].includes(type)) {
          for (space(); i < message.length && message[i] !== '}'; space()) {
            word();
            space();
            if (message[i] !== '{') break;
            i += 1;
            text();
            i += 1;
          }
        } else while (i < message.length && message[i] !== '}') i += 1;
      }
    }
    i += 1;
  };
  text();
  return [...names].sort();
}

const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, readCatalogue(locale)])) as Record<string, Messages>;
const en = catalogues.en!;

test('placeholders() finds arguments and tags, not plural branches', () => {
  assert.deepEqual(placeholders('{count, plural, one {# visit} other {# visits}} on <b>{site}</b>'), ['<b>', 'count', 'site']);
  assert.deepEqual(placeholders('per {interval, select, hour {hour} other {day of {name}}}'), ['interval', 'name']);
});

test('every locale has the same namespaces as English', () => {
  for (const locale of LOCALES) assert.deepEqual(Object.keys(catalogues[locale]!).sort(), Object.keys(en).sort(), locale);
});

test('every namespace has exactly the same keys and placeholders in every locale', () => {
  for (const locale of LOCALES.filter((code) => code !== 'en')) {
    for (const namespace of Object.keys(en)) {
      const source = leaves(en[namespace]);
      const target = leaves(catalogues[locale]![namespace]);
      assert.deepEqual([...target.keys()].sort(), [...source.keys()].sort(), `${locale}/${namespace}.json keys`);
      for (const [key, message] of source) {
        assert.doesNotMatch(target.get(key)!, /^<not a string/, `${locale}/${namespace}.json ${key}`);
        assert.deepEqual(placeholders(target.get(key)!), placeholders(message), `${locale}/${namespace}.json ${key} placeholders`);
      }
    }
  }
});

test('no message is empty', () => {
  for (const locale of LOCALES) {
    for (const [namespace, messages] of Object.entries(catalogues[locale]!)) {
      for (const [key, message] of leaves(messages)) assert.notEqual(message.trim(), '', `${locale}/${namespace}.json ${key}`);
    }
  }
});

// The glossary terms whose Chinese must not drift (other glossary entries are there for reference).
const CHECKED = ['atRisk', 'streak', 'quest', 'bounceRate', 'session', 'visitor', 'pageview', 'badge', 'cohort', 'funnel'];

test('zh-CN uses the glossary word wherever the English message uses a checked term', () => {
  const glossaryEn = leaves(en.glossary);
  const glossaryZh = leaves(catalogues['zh-CN']!.glossary);
  const misses: string[] = [];
  for (const term of CHECKED) {
    const english = glossaryEn.get(term)!;
    const chinese = glossaryZh.get(term)!;
    const pattern = new RegExp(`\\b${english.replace(/ /g, '[ -]')}s?\\b`, 'i');
    for (const [namespace, messages] of Object.entries(en)) {
      if (namespace === 'glossary') continue;
      const zh = leaves(catalogues['zh-CN']![namespace]);
      for (const [key, message] of leaves(messages)) {
        // Code (paths, event names) is not prose: <code>/quests</code> needs no 学习任务.
        if (pattern.test(message.replace(/<code>.*?<\/code>/g, '')) && !zh.get(key)?.includes(chinese))
          misses.push(`${namespace}.${key}: "${english}" → expected "${chinese}"`);
      }
    }
  }
  assert.deepEqual(misses, []);
});
