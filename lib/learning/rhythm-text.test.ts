import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCatalogue } from '@/lib/i18n/catalogue';
import { translatorFor } from '@/lib/i18n/translate';
import { learningRhythm } from './rhythm';
import { rhythmText } from './rhythm-text';

const now = new Date('2026-03-10T09:00:00Z');
const t = (locale: 'en' | 'zh-CN') => translatorFor(locale, 'parent', readCatalogue(locale).parent!);
const cases = [null, '2026-03-10T07:30:00Z', '2026-03-09T08:00:00Z', '2026-03-07T08:00:00Z', '2026-03-01T08:00:00Z'];

test('in English the catalogue says exactly what learningRhythm() says', () => {
  for (const iso of cases) {
    const rhythm = learningRhythm(iso ? new Date(iso) : null, now);
    assert.deepEqual(rhythmText(rhythm, t('en')), { headline: rhythm.headline, reason: rhythm.reason }, String(iso));
  }
});

test('in Chinese: yesterday, days ago and a break read as sentences', () => {
  assert.equal(rhythmText(learningRhythm(new Date('2026-03-09T08:00:00Z'), now), t('zh-CN')).reason, '最近一次学习是在昨天。');
  const pause = rhythmText(learningRhythm(new Date('2026-03-01T08:00:00Z'), now), t('zh-CN'));
  assert.equal(pause.headline, '正在休息');
  assert.equal(pause.reason, '最近一次学习是在 9 天前：已经超过 3 天没有学习了。');
  assert.equal(rhythmText(learningRhythm(null, now), t('zh-CN')).headline, '还没有开始');
});
