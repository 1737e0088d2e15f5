// What chart option and data-table builders need to speak the reader's language: a formatter
// (locale + site time zone) and a translator over the `charts` namespace. The English default keeps
// callers that pass nothing exactly as they were.
import enCharts from '@/lib/i18n/messages/en/charts.json';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import { translatorFor, type Translate } from '@/lib/i18n/translate';

export type ChartText = { format: Formatter; t: Translate };

export const EN_CHART_TEXT: ChartText = { format: createFormatter('en'), t: translatorFor('en', 'charts', enCharts) };
