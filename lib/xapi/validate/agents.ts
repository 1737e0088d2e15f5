// Agents and Groups: exactly one inverse functional identifier (IFI) for an Agent, at most one for
// a Group, whose members are Agents; an anonymous Group must list its members.
import { fail, iri, isObject, mailto, object, only, string, type Json } from './primitives';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

function ifi(value: Json, path: string): number {
  const present = IFIS.filter((key) => value[key] !== undefined);
  if (present.length > 1) fail(path, `must have exactly one identifier, not ${present.join(' and ')}`);
  if (value.mbox !== undefined) mailto(value.mbox, `${path}.mbox`);
  if (value.mbox_sha1sum !== undefined && !/^[0-9a-f]{40}$/i.test(string(value.mbox_sha1sum, `${path}.mbox_sha1sum`))) {
    fail(`${path}.mbox_sha1sum`, 'must be the 40 hex digits of a SHA-1');
  }
  if (value.openid !== undefined) iri(value.openid, `${path}.openid`);
  if (value.account !== undefined) {
    const account = object(value.account, `${path}.account`);
    only(account, `${path}.account`, ['homePage', 'name']);
    if (account.homePage === undefined) fail(`${path}.account.homePage`, 'is required');
    iri(account.homePage, `${path}.account.homePage`);
    if (account.name === undefined) fail(`${path}.account.name`, 'is required');
    string(account.name, `${path}.account.name`);
  }
  return present.length;
}

export function agent(value: unknown, path: string): void {
  const a = object(value, path);
  only(a, path, ['objectType', 'name', ...IFIS]);
  if (a.objectType !== undefined && a.objectType !== 'Agent') fail(`${path}.objectType`, 'must be "Agent"');
  if (a.name !== undefined) string(a.name, `${path}.name`);
  if (ifi(a, path) !== 1) fail(path, 'an Agent must have exactly one of mbox, mbox_sha1sum, openid, account');
}

export function group(value: unknown, path: string): void {
  const g = object(value, path);
  only(g, path, ['objectType', 'name', 'member', ...IFIS]);
  if (g.objectType !== 'Group') fail(`${path}.objectType`, 'must be "Group"');
  if (g.name !== undefined) string(g.name, `${path}.name`);
  const identified = ifi(g, path) === 1;
  if (g.member === undefined) {
    if (!identified) fail(`${path}.member`, 'an anonymous Group must list its members');
    return;
  }
  if (!Array.isArray(g.member)) fail(`${path}.member`, 'must be an array of Agents');
  if (!identified && g.member.length === 0) fail(`${path}.member`, 'an anonymous Group must list at least one member');
  g.member.forEach((member, i) => {
    if (isObject(member) && member.objectType === 'Group') fail(`${path}.member[${i}]`, 'a Group member must be an Agent, not a Group');
    agent(member, `${path}.member[${i}]`);
  });
}

export function agentOrGroup(value: unknown, path: string): void {
  const a = object(value, path);
  if (a.objectType === 'Group') group(a, path);
  else agent(a, path);
}
