// The digests' HTML in Chromium at a phone's and a desktop's width: nothing wider than the window
// (a narrow mail client must not scroll sideways), nothing loaded from anywhere. Screenshots go
// to test-results/ for people to look at.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { renderInstructorDigest, renderParentDigest } from '../lib/digests/render';

const BASE = 'https://pathwise.school.example';
const links = { baseUrl: BASE, unsubscribeUrl: `${BASE}/api/unsubscribe?token=${'x'.repeat(60)}.${'y'.repeat(32)}`, week: '2026-W49' };
const student = (name: string, score: number, reasons: string) => ({
  id: `ck${name.replace(/\W/g, '').toLowerCase()}0000000000000`,
  name,
  score,
  reasons,
  path: `/dashboard/students/ck${name.length}`,
});

const MAILS = {
  instructor: renderInstructorDigest(
    'Maya Chen',
    {
      newly_at_risk: [
        student('Alexandria Konstantinopoulou-Vanderberg', 0.91, 'no activity for 12 days; 0 logins in 3 weeks'),
        student('Sam Lee', 0.84, 'no quest started in 2 weeks; sessions average 3.5 min'),
      ],
      improved: [student('Noor Haddad', 0.42, 'finished 50% of the quests started in 2 weeks; 1 login in 3 weeks')],
      still_at_risk: [student('Jo', 0.88, 'no activity for 30 days; no days in a row right now')],
    },
    links,
  ),
  parent: renderParentDigest(
    'Jordan Parker',
    [
      {
        id: 'ckriley',
        name: 'Riley Parker',
        rhythm: {
          light: 'yellow',
          headline: 'Taking a break',
          reason: 'Last learned 9 days ago: more than 3 days without learning.',
          daysAgo: 9,
          greenWithinDays: 3,
        },
        minutesThisWeek: 0,
        finished: [],
        streak: 0,
        starters: [
          'Ask what they were working on last time, and what they liked about it.',
          'Ask when in the week learning fits best for them, and whether a fixed time would help.',
          'Ask whether something got in the way of learning lately: a busy week, a hard task, a lost password.',
        ],
      },
      {
        id: 'ckrobin',
        name: 'Robin Parker',
        rhythm: { light: 'green', headline: 'Learning regularly', reason: 'Last learned yesterday.', daysAgo: 1, greenWithinDays: 3 },
        minutesThisWeek: 135,
        finished: ['Fractions without fear', 'The water cycle, explained by a raindrop with a very long name indeed'],
        streak: 4,
        starters: null,
      },
    ],
    links,
  ),
};

for (const [kind, mail] of Object.entries(MAILS))
  for (const width of [375, 1280])
    test(`the ${kind} digest fits a ${width} px window`, async ({ page }, testInfo) => {
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
      });
      await page.setViewportSize({ width, height: 900 });
      await page.setContent(mail.html, { waitUntil: 'load' });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, 'no horizontal overflow').toBeLessThanOrEqual(clientWidth);
      expect(requests, 'nothing loaded from anywhere').toEqual([]);
      await expect(page.getByRole('link', { name: 'Unsubscribe' })).toBeVisible();
      await page.screenshot({ path: path.join(testInfo.project.outputDir, `digest-${kind}-${width}.png`), fullPage: true });
    });
