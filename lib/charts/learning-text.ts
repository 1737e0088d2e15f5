// The student page's charts (daily activity, risk history) keep their words in the `learning`
// namespace (keys under `charts.`); this is their ChartText, English by default.
import enLearning from '@/lib/i18n/messages/en/learning.json';
import { createFormatter } from '@/lib/i18n/format';
import { translatorFor } from '@/lib/i18n/translate';
import type { ChartText } from './chart-text';

export const EN_LEARNING_CHART_TEXT: ChartText = { format: createFormatter('en'), t: translatorFor('en', 'learning', enLearning) };
