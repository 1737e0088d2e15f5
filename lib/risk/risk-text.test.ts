import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCatalogue } from '@/lib/i18n/catalogue';
import { createFormatter } from '@/lib/i18n/format';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import { factorInWords, heaviestInWords } from '@/lib/digests/factor-words';
import type { FactorResult } from './factors';
import { factorInfoIn, factorNoteIn, formatFactorRawIn, levelTextIn } from './risk-text';

const zh = plainTranslator('zh-CN', readCatalogue('zh-CN'), 'risk');
const zhWords = { t: zh, format: createFormatter('zh-CN') };
const f = (key: FactorResult['key'], raw: number | null, contribution = 0): FactorResult => ({
  key,
  raw,
  normalised: 0,
  weight: 0,
  contribution,
});

test('zh-CN factor names and explanations carry the model’s numbers and the glossary words', () => {
  const info = factorInfoIn(zh);
  assert.equal(info.streak.label, '连续学习天数');
  assert.equal(info.questCompletion.label, '学习任务完成率');
  assert.match(info.daysInactive.explain, /满 10 天即按最高风险计算/);
  assert.match(info.loginFrequency.explain, /过去 21 天.*每周登录 2 次及以上即没有风险/);
});

test('zh-CN raw values, notes and levels', () => {
  const format = createFormatter('zh-CN');
  assert.equal(formatFactorRawIn('daysInactive', 9, zh, format), '9 天');
  assert.equal(formatFactorRawIn('loginFrequency', 1.5, zh, format), '每周 1.5 次');
  assert.equal(formatFactorRawIn('questCompletion', 0.667, zh, format), '67%');
  assert.equal(formatFactorRawIn('sessionDuration', 12.3, zh, format), '12.3 分钟');
  assert.equal(factorNoteIn({ ...f('sessionDuration', null), note: 'No sessions in 14 days.' }, zh), '14 天内没有任何会话。');
  assert.equal(factorNoteIn(f('sessionDuration', 3)), undefined);
  assert.deepEqual(levelTextIn(zh).at_risk, { label: '有风险', range: '分数 > 0.8', description: '如果没有帮助，很可能会中途放弃。' });
});

test('the mail’s risk reasons read as Chinese phrases, not English word order', () => {
  const factors = [f('daysInactive', 12, 0.4), f('loginFrequency', 0, 0.25), f('streak', 0, 0.05)];
  assert.equal(heaviestInWords(factors, undefined, zhWords), '已经 12 天没有学习；3 周内一次也没有登录');
  assert.equal(factorInWords(f('loginFrequency', 1), undefined, zhWords), '3 周内登录了 3 次');
  assert.equal(factorInWords(f('questCompletion', 0.5), undefined, zhWords), '2 周内开始的学习任务完成了 50%');
  assert.equal(factorInWords(f('streak', 4), undefined, zhWords), '已经连续学习 4 天');
});
