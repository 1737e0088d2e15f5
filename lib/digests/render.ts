// The instructor digest and the parent summary as mail: subject, HTML and plain text from the
// same data, so both parts always say the same thing. Pure.
import { formatDuration } from '@/lib/format';
import { CHANGE_LABELS, type DigestChange, type InstructorDigest } from './instructor-data';
import { css, escapeHtml, mailLayout, textFooter, type RenderedMail } from './mail-layout';
import type { ChildWeek } from './parent-data';

type Links = { baseUrl: string; unsubscribeUrl: string; week: string };

const ORDER: DigestChange[] = ['newly_at_risk', 'improved', 'still_at_risk'];
const EMPTY: Record<DigestChange, string> = {
  newly_at_risk: 'Nobody newly crossed into at risk this week.',
  improved: 'Nobody moved out of at risk this week.',
  still_at_risk: 'Nobody stays at risk.',
};

export function renderInstructorDigest(name: string, digest: InstructorDigest, links: Links): RenderedMail {
  const counts = ORDER.map((change) => `${digest[change].length} ${CHANGE_LABELS[change].toLowerCase()}`).join(', ');
  const subject = `Pathwise weekly: ${counts}`;
  const reason = 'You get this weekly digest because you teach courses in Pathwise; it lists only students in your courses.';
  const intro = `Hello ${name}, this is the week ${links.week} in your courses.`;
  const html = ORDER.map((change) => {
    const items = digest[change].map(
      (student) =>
        `<div style="${css.item}"><a href="${escapeHtml(links.baseUrl + student.path)}" style="${css.link}"><strong>${escapeHtml(student.name)}</strong></a> · risk ${student.score.toFixed(2)}<br><span style="color:#6b7280;">${escapeHtml(student.reasons)}</span></div>`,
    );
    return `<h2 style="${css.h2}">${CHANGE_LABELS[change]} (${digest[change].length})</h2>\n${items.length ? items.join('\n') : `<p style="${css.muted}">${EMPTY[change]}</p>`}`;
  }).join('\n');
  const text = [
    intro,
    ...ORDER.map((change) =>
      [
        `\n${CHANGE_LABELS[change].toUpperCase()} (${digest[change].length})`,
        ...(digest[change].length
          ? digest[change].map(
              (student) => `- ${student.name} (risk ${student.score.toFixed(2)}): ${student.reasons}\n  ${links.baseUrl}${student.path}`,
            )
          : [EMPTY[change]]),
      ].join('\n'),
    ),
  ].join('\n');
  return {
    subject,
    html: mailLayout({ title: 'Your students this week', intro, bodyHtml: html, unsubscribeUrl: links.unsubscribeUrl, reason }),
    text: text + textFooter(reason, links.unsubscribeUrl),
  };
}

function childFacts(child: ChildWeek): Array<[string, string]> {
  return [
    ['Learning rhythm', `${child.rhythm.headline}. ${child.rhythm.reason}`],
    ['Time learning this week', child.minutesThisWeek === 0 ? 'None this week' : formatDuration(child.minutesThisWeek * 60_000)],
    ['Finished this week', child.finished.length ? child.finished.join(', ') : 'Nothing finished this week'],
    ['Days in a row', child.streak === 0 ? 'None right now' : `${child.streak} day${child.streak === 1 ? '' : 's'}`],
  ];
}

const firstName = (name: string) => name.split(' ')[0] ?? name;

export function renderParentDigest(name: string, children: ChildWeek[], links: Links): RenderedMail {
  const subject = `This week's learning: ${children.map((child) => firstName(child.name)).join(', ')}`;
  const reason = 'You get this weekly summary because you follow your children in Pathwise.';
  const intro = `Hello ${name}, here is how the week ${links.week} went.`;
  const html = children
    .map((child) => {
      const facts = childFacts(child)
        .map(([label, value]) => `<p style="${css.p}"><strong>${label}:</strong> ${escapeHtml(value)}</p>`)
        .join('\n');
      const note = child.starters
        ? `<div style="${css.note}"><p style="margin:0 0 8px;">${escapeHtml(firstName(child.name))} has been finding it harder to keep going lately. A relaxed chat can help; you might:</p><ul style="margin:0;padding-left:20px;">${child.starters.map((starter) => `<li style="margin:0 0 6px;">${escapeHtml(starter)}</li>`).join('')}</ul></div>`
        : '';
      return `<h2 style="${css.h2}">${escapeHtml(child.name)}</h2>\n${facts}\n${note}\n<p style="${css.muted}"><a href="${escapeHtml(`${links.baseUrl}/children/${child.id}`)}" style="${css.link}">See ${escapeHtml(firstName(child.name))}'s page</a></p>`;
    })
    .join('\n');
  const text = [
    intro,
    ...children.map((child) =>
      [
        `\n${child.name.toUpperCase()}`,
        ...childFacts(child).map(([label, value]) => `${label}: ${value}`),
        ...(child.starters
          ? [`${firstName(child.name)} has been finding it harder to keep going lately. A relaxed chat can help; you might:`]
          : []),
        ...(child.starters ?? []).map((starter) => `- ${starter}`),
        `${links.baseUrl}/children/${child.id}`,
      ].join('\n'),
    ),
  ].join('\n');
  return {
    subject,
    html: mailLayout({ title: 'This week in learning', intro, bodyHtml: html, unsubscribeUrl: links.unsubscribeUrl, reason }),
    text: text + textFooter(reason, links.unsubscribeUrl),
  };
}
