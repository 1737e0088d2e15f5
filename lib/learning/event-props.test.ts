import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learningEventsOf, type LearningEventInput } from './event-props';

const at = '2030-01-01T10:00:00.000Z';

test('keeps trusted custom learning events with a user, oldest first, and reads their ids', () => {
  const events = learningEventsOf([
    {
      type: 'custom',
      name: 'quest_completed',
      userId: 'u',
      props: { questId: 'q1' },
      timestamp: '2030-01-01T10:05:00.000Z',
      trusted: true,
    },
    { type: 'custom', name: 'task_completed', userId: 'u', props: { questId: 'q1', taskId: 't1', xp: 10 }, timestamp: at, trusted: true },
    { type: 'custom', name: 'badge_earned', userId: 'u', props: { badgeId: ' first-steps ' }, timestamp: new Date(at), trusted: true },
  ]);
  assert.deepEqual(
    events.map((event) => [event.name, event.questSlug, event.taskSlug, event.badgeKey]),
    [
      ['task_completed', 'q1', 't1', null],
      ['badge_earned', null, null, 'first-steps'],
      ['quest_completed', 'q1', null, null],
    ],
  );
});

test('drops untrusted, unflagged, anonymous, non-learning, non-custom and undated events', () => {
  assert.deepEqual(
    learningEventsOf([
      { type: 'custom', name: 'quest_completed', userId: 'u', timestamp: at, trusted: false },
      // No flag at all (a caller that forgot it) is not trusted: the check fails closed.
      { type: 'custom', name: 'quest_completed', userId: 'u', timestamp: at } as LearningEventInput,
      { type: 'custom', name: 'quest_completed', userId: null, timestamp: at, trusted: true },
      { type: 'custom', name: 'quest_viewed', userId: 'u', timestamp: at, trusted: true },
      { type: 'pageview', name: 'quest_completed', userId: 'u', timestamp: at, trusted: true },
      { type: 'custom', name: 'quest_completed', userId: 'u', timestamp: 'not a date', trusted: true },
    ]),
    [],
  );
});

test('ignores props that are not an object and ids that are not strings', () => {
  const [event] = learningEventsOf([
    { type: 'custom', name: 'quest_started', userId: 'u', props: ['questId'], timestamp: at, trusted: true },
    { type: 'custom', name: 'quest_started', userId: 'u', props: { questId: 42 }, timestamp: at, trusted: true },
  ]);
  assert.equal(event?.questSlug, null);
});
