// Builds the user-flow Sankey from each session's ordered pageview paths. Nodes are step-indexed
// ("2 · /quests"), so a page visited at steps 1 and 3 is two nodes and the graph is acyclic.
// Pure: the query fetches the sequences, this shapes them, tests pin the rules.

export type FlowOptions = { steps: number; top: number; entry?: string | null };
export type FlowNode = { name: string; step: number; label: string; sessions: number; kind: 'page' | 'other' | 'drop-off' };
export type FlowLink = { source: string; target: string; value: number };
export type FlowGraph = {
  sessions: number;
  steps: number;
  nodes: FlowNode[];
  links: FlowLink[];
  topPaths: { pages: string[]; sessions: number }[];
  entries: { path: string; sessions: number }[];
};

export const OTHER_LABEL = 'Other pages';
export const DROP_OFF_LABEL = 'Drop-off';

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Consecutive repeats (reloads) are one step; the first `steps` steps are kept. */
export function toSteps(paths: readonly string[], steps: number): string[] {
  const out: string[] = [];
  for (const path of paths) if (out[out.length - 1] !== path) out.push(path);
  return out.slice(0, steps);
}

function tally(values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(byCount);
}

export function buildFlowGraph(sequences: readonly (readonly string[])[], options: FlowOptions): FlowGraph {
  const all = sequences.map((paths) => toSteps(paths, options.steps)).filter((s) => s.length > 0);
  const entries = tally(all.map((s) => s[0] as string)).map(([path, sessions]) => ({ path, sessions }));
  const kept = options.entry ? all.filter((s) => s[0] === options.entry) : all;

  // The top N pages at each step keep their own node; the rest share "Other pages".
  const keep: Set<string>[] = [];
  for (let step = 0; step < options.steps; step++) {
    const atStep = kept.filter((s) => s.length > step).map((s) => s[step] as string);
    keep.push(
      new Set(
        tally(atStep)
          .slice(0, options.top)
          .map(([path]) => path),
      ),
    );
  }

  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, number>();
  const node = (step: number, label: string, kind: FlowNode['kind']) => {
    const name = `${step + 1} · ${label}`;
    const existing = nodes.get(name) ?? { name, step: step + 1, label, sessions: 0, kind };
    existing.sessions += 1;
    nodes.set(name, existing);
    return name;
  };
  for (const sequence of kept) {
    let previous: string | null = null;
    sequence.forEach((path, step) => {
      const isKept = keep[step]?.has(path) ?? false;
      const name = node(step, isKept ? path : OTHER_LABEL, isKept ? 'page' : 'other');
      if (previous) links.set(`${previous}\u0000${name}`, (links.get(`${previous}\u0000${name}`) ?? 0) + 1);
      previous = name;
    });
    if (sequence.length < options.steps && previous) {
      const drop = node(sequence.length, DROP_OFF_LABEL, 'drop-off');
      links.set(`${previous}\u0000${drop}`, (links.get(`${previous}\u0000${drop}`) ?? 0) + 1);
    }
  }

  const topPaths = tally(kept.map((s) => s.join('\u0000')))
    .slice(0, Math.max(options.top, 10))
    .map(([key, sessions]) => ({ pages: key.split('\u0000'), sessions }));
  return {
    sessions: kept.length,
    steps: options.steps,
    nodes: [...nodes.values()].sort((a, b) => a.step - b.step || b.sessions - a.sessions || (a.name < b.name ? -1 : 1)),
    links: [...links]
      .map(([key, value]) => {
        const [source, target] = key.split('\u0000') as [string, string];
        return { source, target, value };
      })
      .sort((a, b) => b.value - a.value || (a.source + a.target < b.source + b.target ? -1 : 1)),
    topPaths,
    entries,
  };
}
