import type { Issue } from '../result.js';
import type { ActiveListeningContent, ScenarioNode } from './content.js';

/** Where a node can lead, with the path of the field that says so. */
export function outgoing(node: ScenarioNode): { target: string; field: (string | number)[]; via: string }[] {
  switch (node.type) {
    case 'customer':
      return [{ target: node.next, field: ['next'], via: 'next' }];
    case 'choice':
      return node.options.map((o, i) => ({ target: o.next, field: ['options', i, 'next'], via: `option "${o.id}"` }));
    case 'free-text':
      return [
        ...node.branches.map((b, i) => ({ target: b.next, field: ['branches', i, 'next'], via: `branch ${i + 1}` })),
        { target: node.otherwise, field: ['otherwise'], via: 'otherwise' },
      ];
    case 'ending':
      return [];
  }
}

/**
 * Checks the conversation graph of a scenario whose fields are already valid: unique node ids,
 * the start node and every target exist, every node is reachable from the start, an ending
 * can be reached from every node (no dead ends, no loops without a way out), at least one
 * ending, unique option ids and meaningful branch conditions. Every error names its node.
 */
export function validateScenarioGraph(content: ActiveListeningContent): Issue[] {
  const errors: Issue[] = [];
  const byId = new Map<string, ScenarioNode>();
  const indexOf = new Map<string, number>();
  content.nodes.forEach((node, i) => {
    if (byId.has(node.id)) {
      errors.push({ path: `nodes.${i}.id`, message: `Node "${node.id}" is defined more than once` });
      return;
    }
    byId.set(node.id, node);
    indexOf.set(node.id, i);
  });

  if (!byId.has(content.start)) {
    errors.push({ path: 'start', message: `Start node "${content.start}" does not exist` });
  }
  if (!content.nodes.some((n) => n.type === 'ending')) {
    errors.push({ path: 'nodes', message: 'The scenario has no ending: add at least one ending node' });
  }

  for (const [id, node] of byId) {
    const i = indexOf.get(id)!;
    for (const edge of outgoing(node)) {
      if (!byId.has(edge.target)) {
        errors.push({
          path: ['nodes', i, ...edge.field].join('.'),
          message: `Node "${id}": ${edge.via} leads to "${edge.target}", which does not exist`,
        });
      }
    }
    if (node.type === 'choice') {
      const seen = new Set<string>();
      node.options.forEach((o, j) => {
        if (seen.has(o.id)) {
          errors.push({ path: `nodes.${i}.options.${j}.id`, message: `Node "${id}": option id "${o.id}" is used more than once` });
        }
        seen.add(o.id);
      });
    }
    if (node.type === 'free-text') {
      node.branches.forEach((b, j) => {
        const w = b.when;
        const signals = Object.values(w.signals ?? {}).filter((v) => v !== undefined);
        if (w.minScore === undefined && w.maxScore === undefined && signals.length === 0) {
          errors.push({
            path: `nodes.${i}.branches.${j}.when`,
            message: `Node "${id}": branch ${j + 1} has no condition, so it always applies; use "otherwise" instead`,
          });
        }
        if (w.minScore !== undefined && w.maxScore !== undefined && w.minScore > w.maxScore) {
          errors.push({
            path: `nodes.${i}.branches.${j}.when`,
            message: `Node "${id}": branch ${j + 1} asks for a score of at least ${w.minScore} and at most ${w.maxScore}, which never happens`,
          });
        }
      });
    }
  }

  // Reachable from the start.
  if (byId.has(content.start)) {
    const reached = new Set<string>([content.start]);
    const queue = [content.start];
    while (queue.length) {
      const node = byId.get(queue.shift()!)!;
      for (const { target } of outgoing(node)) {
        if (byId.has(target) && !reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    for (const [id] of byId) {
      if (!reached.has(id)) {
        errors.push({
          path: `nodes.${indexOf.get(id)}`,
          message: `Node "${id}" cannot be reached from the start node "${content.start}"`,
        });
      }
    }
  }

  // An ending can be reached from every node: walk the edges backwards from the endings.
  const incoming = new Map<string, string[]>();
  for (const [id, node] of byId) {
    for (const { target } of outgoing(node)) {
      const list = incoming.get(target) ?? [];
      list.push(id);
      incoming.set(target, list);
    }
  }
  const canEnd = new Set<string>();
  const queue = [...byId.values()].filter((n) => n.type === 'ending').map((n) => n.id);
  queue.forEach((id) => canEnd.add(id));
  while (queue.length) {
    for (const from of incoming.get(queue.shift()!) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        queue.push(from);
      }
    }
  }
  if (content.nodes.some((n) => n.type === 'ending')) {
    for (const [id] of byId) {
      if (!canEnd.has(id)) {
        errors.push({
          path: `nodes.${indexOf.get(id)}`,
          message: `Node "${id}" is a dead end: no ending can be reached from it`,
        });
      }
    }
  }
  return errors;
}

/**
 * The fewest learner decisions from each node to an ending (0 at endings; customer turns cost
 * nothing). Used to estimate progress through a conversation whose length depends on choices.
 */
export function decisionsToEnd(content: ActiveListeningContent): Map<string, number> {
  const dist = new Map<string, number>();
  for (const node of content.nodes) if (node.type === 'ending') dist.set(node.id, 0);
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of content.nodes) {
      if (node.type === 'ending') continue;
      const cost = node.type === 'customer' ? 0 : 1;
      let best = Infinity;
      for (const { target } of outgoing(node)) best = Math.min(best, (dist.get(target) ?? Infinity) + cost);
      if (best < (dist.get(node.id) ?? Infinity)) {
        dist.set(node.id, best);
        changed = true;
      }
    }
  }
  return dist;
}
