// Statement objects: an Activity (with its definition and interaction components), an Agent or
// Group, a StatementRef, or (at the top level only) a SubStatement.
import { agentOrGroup } from './agents';
import { extensions, fail, iri, isObject, languageMap, object, only, string, uuid, type Json } from './primitives';

const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;

function components(value: unknown, path: string): void {
  if (!Array.isArray(value)) fail(path, 'must be an array of interaction components');
  const ids = new Set<string>();
  value.forEach((item, i) => {
    const component = object(item, `${path}[${i}]`);
    only(component, `${path}[${i}]`, ['id', 'description']);
    const id = string(component.id, `${path}[${i}].id`);
    if (ids.has(id)) fail(`${path}[${i}].id`, 'interaction component ids must be unique');
    ids.add(id);
    if (component.description !== undefined) languageMap(component.description, `${path}[${i}].description`);
  });
}

function definition(value: unknown, path: string): void {
  const d = object(value, path);
  only(d, path, [
    'name',
    'description',
    'type',
    'moreInfo',
    'extensions',
    'interactionType',
    'correctResponsesPattern',
    ...COMPONENT_LISTS,
  ]);
  if (d.name !== undefined) languageMap(d.name, `${path}.name`);
  if (d.description !== undefined) languageMap(d.description, `${path}.description`);
  if (d.type !== undefined) iri(d.type, `${path}.type`);
  if (d.moreInfo !== undefined) iri(d.moreInfo, `${path}.moreInfo`);
  if (d.extensions !== undefined) extensions(d.extensions, `${path}.extensions`);
  if (d.interactionType !== undefined && !INTERACTION_TYPES.includes(d.interactionType as string)) {
    fail(`${path}.interactionType`, `must be one of ${INTERACTION_TYPES.join(', ')}`);
  }
  if (d.correctResponsesPattern !== undefined) {
    if (d.interactionType === undefined) fail(`${path}.correctResponsesPattern`, 'needs an interactionType');
    if (!Array.isArray(d.correctResponsesPattern)) fail(`${path}.correctResponsesPattern`, 'must be an array of strings');
    d.correctResponsesPattern.forEach((item, i) => string(item, `${path}.correctResponsesPattern[${i}]`));
  }
  for (const list of COMPONENT_LISTS) {
    if (d[list] === undefined) continue;
    if (d.interactionType === undefined) fail(`${path}.${list}`, 'interaction components need an interactionType');
    components(d[list], `${path}.${list}`);
  }
}

export function activity(value: unknown, path: string): void {
  const a = object(value, path);
  only(a, path, ['objectType', 'id', 'definition']);
  if (a.objectType !== undefined && a.objectType !== 'Activity') fail(`${path}.objectType`, 'must be "Activity"');
  if (a.id === undefined) fail(`${path}.id`, 'an Activity must have an id');
  iri(a.id, `${path}.id`);
  if (a.definition !== undefined) definition(a.definition, `${path}.definition`);
}

export function statementRef(value: unknown, path: string): void {
  const ref = object(value, path);
  only(ref, path, ['objectType', 'id']);
  if (ref.objectType !== 'StatementRef') fail(`${path}.objectType`, 'must be "StatementRef"');
  uuid(ref.id, `${path}.id`);
}

export function statementObject(value: unknown, path: string, subStatement: (value: Json, path: string) => void): void {
  if (!isObject(value)) fail(path, 'must be a JSON object');
  switch (value.objectType) {
    case undefined:
    case 'Activity':
      return activity(value, path);
    case 'Agent':
    case 'Group':
      return agentOrGroup(value, path);
    case 'StatementRef':
      return statementRef(value, path);
    case 'SubStatement':
      return subStatement(value, path);
    default:
      fail(`${path}.objectType`, 'must be Activity, Agent, Group, StatementRef or SubStatement');
  }
}
