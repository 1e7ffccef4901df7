import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { linkHorizontal } from 'd3-shape';
import type { PathEdge } from '../analytics-results';
import { pointX } from './chart-geometry';

export const SANKEY_WIDTH = 960;
const NODE_WIDTH = 12;
const NODE_PADDING = 14;
const MARGIN = 8;

interface NodeData {
  id: string;
  name: string;
  level: number;
}
interface LinkData {
  edge: PathEdge | null;
}

export interface SankeyNodeBox {
  readonly id: string;
  readonly name: string;
  /** The column: the step's level in the paths (the anchor is level 0). */
  readonly level: number;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly persons: number;
  /** Where its label goes, at the node's side facing the chart's inside; the anchor is logical. */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface SankeyLinkBox {
  readonly edge: PathEdge;
  readonly width: number;
  readonly path: string;
  readonly sourceId: string;
  readonly targetId: string;
}

export interface SankeyLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly SankeyNodeBox[];
  readonly links: readonly SankeyLinkBox[];
}

export const nodeId = (level: number, name: string) => `${level}\u0000${name}`;
const GHOST = '\u0001ghost';

/**
 * A Sankey of path edges by d3-sankey: a column per level (edge level l goes from column l to
 * l + 1), band widths by persons. Laid out left to right, then mirrored for fa and ar, so paths
 * flow right to left there.
 */
export function sankeyLayout(edges: readonly PathEdge[], rtl: boolean, width = SANKEY_WIDTH): SankeyLayout {
  const nodes = new Map<string, NodeData>();
  const add = (level: number, name: string) => {
    const id = nodeId(level, name);
    if (!nodes.has(id)) nodes.set(id, { id, name, level });
    return id;
  };
  const links: (LinkData & { source: string; target: string; value: number })[] = edges
    .filter((edge) => edge.persons > 0)
    .map((edge) => ({
      edge,
      source: add(edge.level, edge.source),
      target: add(edge.level + 1, edge.target),
      value: edge.persons,
    }));
  if (links.length === 0) return { width, height: 0, nodes: [], links: [] };
  const lastLevel = Math.max(...[...nodes.values()].map((node) => node.level));
  // d3-sankey counts columns by the longest chain of links; a level reached by no chain from
  // level 0 (edges beyond maxEdges left out) would squeeze the columns. An invisible chain
  // through every level keeps one column per level.
  const hasIncoming = new Set(links.map((link) => link.target));
  if ([...nodes.values()].some((node) => node.level > 0 && !hasIncoming.has(node.id))) {
    const tiny = Math.min(...links.map((link) => link.value)) * 1e-6;
    for (let level = 0; level <= lastLevel; level += 1) {
      nodes.set(`${GHOST}${level}`, { id: `${GHOST}${level}`, name: '', level });
      if (level > 0)
        links.push({ edge: null, source: `${GHOST}${level - 1}`, target: `${GHOST}${level}`, value: tiny });
    }
  }
  const columns = new Map<number, number>();
  for (const node of nodes.values()) columns.set(node.level, (columns.get(node.level) ?? 0) + 1);
  const height = Math.min(1400, Math.max(260, Math.max(...columns.values()) * 36 + 2 * MARGIN));

  const graph = sankey<NodeData, LinkData>()
    .nodeId((node) => node.id)
    .nodeAlign((node) => node.level)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_PADDING)
    .extent([
      [MARGIN, MARGIN],
      [width - MARGIN, height - MARGIN],
    ])({ nodes: [...nodes.values()].map((node) => ({ ...node })), links });

  const mirrorBox = (node: SankeyNode<NodeData, LinkData>) => {
    const x0 = node.x0 ?? 0;
    const x1 = node.x1 ?? 0;
    return rtl ? { x0: width - x1, x1: width - x0 } : { x0, x1 };
  };
  const path = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const boxes = graph.nodes
    .filter((node) => !node.id.startsWith(GHOST))
    .map((node): SankeyNodeBox => {
      const last = node.level === lastLevel;
      // Labels sit after the node in reading order, except in the last column (before it).
      const ltrLabelX = last ? (node.x0 ?? 0) - 6 : (node.x1 ?? 0) + 6;
      return {
        id: node.id,
        name: node.name,
        level: node.level,
        ...mirrorBox(node),
        y0: node.y0 ?? 0,
        y1: node.y1 ?? 0,
        persons: node.value ?? 0,
        labelX: pointX(ltrLabelX, width, rtl),
        labelAnchor: last ? 'end' : 'start',
      };
    });
  const bands = graph.links.flatMap((link: SankeyLink<NodeData, LinkData>): SankeyLinkBox[] => {
    const { source, target, edge } = link;
    if (!edge || typeof source !== 'object' || typeof target !== 'object') return [];
    const from = pointX(source.x1 ?? 0, width, rtl);
    const to = pointX(target.x0 ?? 0, width, rtl);
    const d = path({ source: [from, link.y0 ?? 0], target: [to, link.y1 ?? 0] }) ?? '';
    return [{ edge, width: Math.max(1, link.width ?? 0), path: d, sourceId: source.id, targetId: target.id }];
  });
  return { width, height, nodes: boxes, links: bands };
}
