import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFlowGraph, toSteps } from './flows-graph';

test('toSteps folds reloads and cuts at the step limit', () => {
  assert.deepEqual(toSteps(['/', '/', '/a', '/b', '/a', '/c'], 4), ['/', '/a', '/b', '/a']);
});

const sessions = [['/', '/quests', '/quests/x'], ['/', '/quests'], ['/', '/about'], ['/login', '/quests', '/'], ['/']];

test('links are step-indexed, so revisiting a page never makes a cycle', () => {
  const graph = buildFlowGraph(sessions, { steps: 3, top: 5 });
  assert.equal(graph.sessions, 5);
  const link = (source: string, target: string) => graph.links.find((l) => l.source === source && l.target === target)?.value;
  assert.equal(link('1 · /', '2 · /quests'), 2);
  assert.equal(link('1 · /login', '2 · /quests'), 1);
  assert.equal(link('2 · /quests', '3 · /'), 1);
  for (const l of graph.links) assert.ok(Number(l.target[0]) > Number(l.source[0]), `${l.source} → ${l.target}`);
});

test("a session ending before the last step flows into that step's drop-off node", () => {
  const graph = buildFlowGraph(sessions, { steps: 3, top: 5 });
  const drop = (source: string, step: number) => graph.links.find((l) => l.source === source && l.target === `${step} · Drop-off`)?.value;
  assert.equal(drop('1 · /', 2), 1);
  assert.equal(drop('2 · /quests', 3), 1);
  assert.equal(drop('2 · /about', 3), 1);
  // Sessions that reach the last step are cut there: no drop-off after it.
  assert.ok(!graph.nodes.some((n) => n.step === 4));
  assert.equal(graph.nodes.find((n) => n.name === '1 · /')?.sessions, 4);
});

test('pages outside the top N at a step share one "Other pages" node', () => {
  const graph = buildFlowGraph(sessions, { steps: 2, top: 1 });
  assert.deepEqual(
    graph.nodes.filter((n) => n.step === 1).map((n) => [n.label, n.sessions]),
    [
      ['/', 4],
      ['Other pages', 1],
    ],
  );
  assert.equal(graph.links.find((l) => l.source === '1 · Other pages')?.target, '2 · /quests');
});

test('the entry filter keeps sessions that started on that page; entries list all', () => {
  const graph = buildFlowGraph(sessions, { steps: 3, top: 5, entry: '/login' });
  assert.equal(graph.sessions, 1);
  assert.deepEqual(graph.entries, [
    { path: '/', sessions: 4 },
    { path: '/login', sessions: 1 },
  ]);
  assert.deepEqual(graph.topPaths, [{ pages: ['/login', '/quests', '/'], sessions: 1 }]);
});
