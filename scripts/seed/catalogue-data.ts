// What the demo academy teaches: pillars, each instructor's courses with their quests, and badges.
// Plain data, so a product person can reword it without reading any generator code.

export type PillarKey = 'curiosity' | 'creativity' | 'wellbeing' | 'citizenship' | 'technology';

export const PILLARS: ReadonlyArray<{ key: PillarKey; name: string; color: string }> = [
  { key: 'curiosity', name: 'Curiosity & Science', color: '#2563eb' },
  { key: 'creativity', name: 'Creativity', color: '#db2777' },
  { key: 'wellbeing', name: 'Wellbeing', color: '#16a34a' },
  { key: 'citizenship', name: 'Citizenship', color: '#ea580c' },
  { key: 'technology', name: 'Technology', color: '#7c3aed' },
];

export type QuestSpec = { title: string; pillar?: PillarKey; topic: string };
export type CourseSpec = { title: string; pillar: PillarKey; quests: QuestSpec[] };

/** Courses per demo instructor, in DEMO_INSTRUCTORS order. A quest's pillar defaults to its course's. */
export const COURSES_BY_INSTRUCTOR: ReadonlyArray<readonly CourseSpec[]> = [
  [
    {
      title: 'Young Scientists Lab',
      pillar: 'curiosity',
      quests: [
        { title: 'Kitchen Chemistry', topic: 'acids and bases' },
        { title: 'Backyard Ecology', topic: 'food webs' },
        { title: 'Weather Watchers', topic: 'clouds and rain' },
      ],
    },
    {
      title: 'Coding Foundations',
      pillar: 'technology',
      quests: [
        { title: 'Hello, Algorithms', topic: 'step-by-step thinking' },
        { title: 'Build a Web Page', topic: 'HTML and CSS' },
        { title: 'Debugging Detectives', topic: 'finding bugs' },
        { title: 'Data Stories', topic: 'charts', pillar: 'curiosity' },
      ],
    },
    {
      title: 'Space Explorers',
      pillar: 'curiosity',
      quests: [
        { title: 'Phases of the Moon', topic: 'the lunar cycle' },
        { title: 'Design a Mars Rover', topic: 'engineering design', pillar: 'technology' },
      ],
    },
  ],
  [
    {
      title: 'Creative Writing Studio',
      pillar: 'creativity',
      quests: [
        { title: 'Six-Word Stories', topic: 'brevity' },
        { title: 'Build a World', topic: 'setting' },
        { title: 'Poetry in Motion', topic: 'rhythm' },
      ],
    },
    {
      title: 'Mindful Me',
      pillar: 'wellbeing',
      quests: [
        { title: 'Breathing Basics', topic: 'calm breathing' },
        { title: 'Gratitude Journal', topic: 'gratitude' },
      ],
    },
    {
      title: 'Digital Art & Design',
      pillar: 'creativity',
      quests: [
        { title: 'Pixel Portraits', topic: 'pixel art' },
        { title: 'Logo Lab', topic: 'shapes and colour' },
        { title: 'Animate It', topic: 'frame animation', pillar: 'technology' },
      ],
    },
    {
      title: 'Healthy Habits',
      pillar: 'wellbeing',
      quests: [
        { title: 'Sleep Science', topic: 'sleep', pillar: 'curiosity' },
        { title: 'Move Every Day', topic: 'movement' },
        { title: 'Fuel Up', topic: 'nutrition' },
      ],
    },
  ],
  [
    {
      title: 'Community Changemakers',
      pillar: 'citizenship',
      quests: [
        { title: 'Map Your Neighbourhood', topic: 'local places' },
        { title: 'Interview a Helper', topic: 'community roles' },
        { title: 'Plan a Kindness Project', topic: 'service', pillar: 'wellbeing' },
      ],
    },
    {
      title: 'Media Literacy',
      pillar: 'citizenship',
      quests: [
        { title: 'Spot the Fake', topic: 'misinformation' },
        { title: 'Who Made This?', topic: 'sources', pillar: 'technology' },
      ],
    },
    {
      title: 'Planet Protectors',
      pillar: 'citizenship',
      quests: [
        { title: 'Waste Audit', topic: 'recycling' },
        { title: 'Water Detectives', topic: 'the water cycle', pillar: 'curiosity' },
        { title: 'Energy Savers', topic: 'energy at home' },
        { title: 'Design a Green School', topic: 'sustainable design', pillar: 'creativity' },
      ],
    },
  ],
];

/** Task titles; a quest takes the first 3–5 and fills in its topic. */
export const TASK_TEMPLATES = [
  'Watch: an introduction to {topic}',
  'Explore: {topic} around you',
  'Try it: a hands-on challenge',
  'Create: show what you learned',
  'Reflect and share with your class',
] as const;

/** How a badge is earned; the learning model checks these after every completion. */
export type BadgeRule =
  | { kind: 'tasks'; count: number }
  | { kind: 'quests'; count: number }
  | { kind: 'pillar-quests'; pillar: PillarKey; count: number }
  | { kind: 'streak'; days: number }
  | { kind: 'tutor-messages'; count: number };

export type BadgeSpec = { key: string; name: string; description: string; pillar?: PillarKey; rule: BadgeRule };

export const BADGES: readonly BadgeSpec[] = [
  { key: 'first-steps', name: 'First Steps', description: 'Completed your first task', rule: { kind: 'tasks', count: 1 } },
  { key: 'quest-starter', name: 'Quest Starter', description: 'Completed your first quest', rule: { kind: 'quests', count: 1 } },
  { key: 'quest-master', name: 'Quest Master', description: 'Completed five quests', rule: { kind: 'quests', count: 5 } },
  { key: 'on-a-roll', name: 'On a Roll', description: 'Learned five days in a row', rule: { kind: 'streak', days: 5 } },
  { key: 'curious-mind', name: 'Curious Mind', description: 'Asked the tutor ten questions', rule: { kind: 'tutor-messages', count: 10 } },
  ...PILLARS.map((pillar): BadgeSpec => ({
    key: `${pillar.key}-explorer`,
    name: `${pillar.name} Explorer`,
    description: `Completed two ${pillar.name} quests`,
    pillar: pillar.key,
    rule: { kind: 'pillar-quests', pillar: pillar.key, count: 2 },
  })),
];
