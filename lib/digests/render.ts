// The instructor digest and the parent summary as mail: subject, HTML and plain text from the
// same data, so both parts always say the same thing, in the recipient's language (`text`,
// English by default). Pure.
import { rhythmText } from '@/lib/learning/rhythm-text';
import type { DigestChange, InstructorDigest } from './instructor-data';
import { css, escapeHtml, mailLayout, textFooter, type RenderedMail } from './mail-layout';
import { EN_MAIL_TEXT, type MailText } from './mail-text';
import type { ChildWeek } from './parent-data';

type Links = { baseUrl: string; unsubscribeUrl: string; week: string };

const ORDER: DigestChange[] = ['newly_at_risk', 'improved', 'still_at_risk'];

export function renderInstructorDigest(name: string, digest: InstructorDigest, links: Links, text: MailText = EN_MAIL_TEXT): RenderedMail {
  const t = text.in('email');
  const label = (change: DigestChange) => t(`changes.${change}`);
  const heading = (change: DigestChange) => t('instructor.heading', { label: label(change), count: digest[change].length });
  const score = (value: number) => value.toFixed(2);
  const subject = t('instructor.subject', {
    newly: digest.newly_at_risk.length,
    improved: digest.improved.length,
    still: digest.still_at_risk.length,
  });
  const reason = t('instructor.reason');
  const intro = t('instructor.intro', { name, week: links.week });
  const html = ORDER.map((change) => {
    const items = digest[change].map(
      (student) =>
        `<div style="${css.item}"><a href="${escapeHtml(links.baseUrl + student.path)}" style="${css.link}"><strong>${escapeHtml(student.name)}</strong></a> · ${escapeHtml(t('instructor.risk', { score: score(student.score) }))}<br><span style="color:#6b7280;">${escapeHtml(student.reasons)}</span></div>`,
    );
    return `<h2 style="${css.h2}">${escapeHtml(heading(change))}</h2>\n${items.length ? items.join('\n') : `<p style="${css.muted}">${escapeHtml(t(`instructor.empty.${change}`))}</p>`}`;
  }).join('\n');
  const plain = [
    intro,
    ...ORDER.map((change) =>
      [
        `\n${t('instructor.heading', { label: label(change).toUpperCase(), count: digest[change].length })}`,
        ...(digest[change].length
          ? digest[change].map(
              (student) =>
                `- ${t('instructor.itemText', { name: student.name, score: score(student.score), reasons: student.reasons })}\n  ${links.baseUrl}${student.path}`,
            )
          : [t(`instructor.empty.${change}`)]),
      ].join('\n'),
    ),
  ].join('\n');
  return {
    subject,
    html: mailLayout({ title: t('instructor.title'), intro, bodyHtml: html, unsubscribeUrl: links.unsubscribeUrl, reason, text }),
    text: plain + textFooter(reason, links.unsubscribeUrl, text),
  };
}

function childFacts(child: ChildWeek, text: MailText): Array<[string, string]> {
  const t = text.in('email');
  const words = text.in('parent');
  const rhythm = rhythmText(child.rhythm, words);
  const list = t('listSeparator');
  return [
    [words('summary.rhythm'), t('parent.rhythmValue', rhythm)],
    [
      words('summary.timeThisWeek'),
      child.minutesThisWeek === 0 ? t('parent.noneThisWeek') : text.format.duration(child.minutesThisWeek * 60_000),
    ],
    [t('parent.finishedThisWeek'), child.finished.length ? child.finished.join(list) : t('parent.nothingFinished')],
    [words('summary.daysInRow'), child.streak === 0 ? words('summary.noneRightNow') : words('summary.days', { count: child.streak })],
  ];
}

const firstName = (name: string) => name.split(' ')[0] ?? name;

export function renderParentDigest(name: string, children: ChildWeek[], links: Links, text: MailText = EN_MAIL_TEXT): RenderedMail {
  const t = text.in('email');
  const subject = t('parent.subject', { names: children.map((child) => firstName(child.name)).join(t('listSeparator')) });
  const reason = t('parent.reason');
  const intro = t('parent.intro', { name, week: links.week });
  const note = (child: ChildWeek) => t('parent.note', { name: firstName(child.name) });
  const html = children
    .map((child) => {
      const facts = childFacts(child, text)
        .map(
          ([label, value]) =>
            `<p style="${css.p}"><strong>${escapeHtml(t('parent.factLabel', { label }))}</strong> ${escapeHtml(value)}</p>`,
        )
        .join('\n');
      const starters = child.starters
        ? `<div style="${css.note}"><p style="margin:0 0 8px;">${escapeHtml(note(child))}</p><ul style="margin:0;padding-left:20px;">${child.starters.map((starter) => `<li style="margin:0 0 6px;">${escapeHtml(starter)}</li>`).join('')}</ul></div>`
        : '';
      return `<h2 style="${css.h2}">${escapeHtml(child.name)}</h2>\n${facts}\n${starters}\n<p style="${css.muted}"><a href="${escapeHtml(`${links.baseUrl}/children/${child.id}`)}" style="${css.link}">${escapeHtml(t('parent.seePage', { name: firstName(child.name) }))}</a></p>`;
    })
    .join('\n');
  const plain = [
    intro,
    ...children.map((child) =>
      [
        `\n${child.name.toUpperCase()}`,
        ...childFacts(child, text).map(([label, value]) => `${t('parent.factLabel', { label })} ${value}`),
        ...(child.starters ? [note(child)] : []),
        ...(child.starters ?? []).map((starter) => `- ${starter}`),
        `${links.baseUrl}/children/${child.id}`,
      ].join('\n'),
    ),
  ].join('\n');
  return {
    subject,
    html: mailLayout({ title: t('parent.title'), intro, bodyHtml: html, unsubscribeUrl: links.unsubscribeUrl, reason, text }),
    text: plain + textFooter(reason, links.unsubscribeUrl, text),
  };
}
