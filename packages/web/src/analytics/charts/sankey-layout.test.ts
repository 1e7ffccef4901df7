import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathEdge } from '../analytics-results';
import { nodeId, SANKEY_WIDTH, sankeyLayout } from './sankey-layout';

const NAMES = ['page /', 'page /cart', 'page /checkout', 'Product Viewed', 'Order Completed'];
const edgesArbitrary = fc
  .uniqueArray(
    fc.record({
      level: fc.nat({ max: 4 }),
      source: fc.constantFrom(...NAMES),
      target: fc.constantFrom(...NAMES),
      persons: fc.integer({ min: 1, max: 5_000 }),
    }),
    { minLength: 1, maxLength: 25, selector: (edge) => `${edge.level}|${edge.source}|${edge.target}` },
  )
  .map((edges): PathEdge[] => edges);

describe('the paths Sankey', () => {
  it('puts each level in its own column, left to right', () => {
    const layout = sankeyLayout(
      [
        { level: 0, source: 'page /', target: 'page /cart', persons: 30 },
        { level: 1, source: 'page /cart', target: 'page /checkout', persons: 20 },
        { level: 3, source: 'page /checkout', target: 'Order Completed', persons: 5 },
      ],
      false,
    );
    const x = (level: number, name: string) =>
      layout.nodes.find((node) => node.id === nodeId(level, name))?.x0 ?? -1;
    expect(x(0, 'page /')).toBeLessThan(x(1, 'page /cart'));
    expect(x(1, 'page /cart')).toBeLessThan(x(2, 'page /checkout'));
    // Level 3 has no chain from level 0, and still gets its own column after level 2.
    expect(x(2, 'page /checkout')).toBeLessThan(x(3, 'page /checkout'));
    expect(x(3, 'page /checkout')).toBeLessThan(x(4, 'Order Completed'));
    expect(layout.links).toHaveLength(3);
  });

  it('draws nothing without edges', () => {
    expect(sankeyLayout([], true).nodes).toEqual([]);
  });

  it('mirrors for right-to-left: same widths and heights, columns reflected', () => {
    fc.assert(
      fc.property(edgesArbitrary, (edges) => {
        const ltr = sankeyLayout(edges, false);
        const rtl = sankeyLayout(edges, true);
        expect(rtl.height).toBe(ltr.height);
        expect(rtl.nodes.map((node) => node.id)).toEqual(ltr.nodes.map((node) => node.id));
        ltr.nodes.forEach((node, index) => {
          const mirrored = rtl.nodes[index];
          expect((mirrored?.x1 ?? 0) - (mirrored?.x0 ?? 0)).toBeCloseTo(node.x1 - node.x0, 6);
          expect(mirrored?.x0).toBeCloseTo(SANKEY_WIDTH - node.x1, 6);
          expect(mirrored?.y0).toBeCloseTo(node.y0, 6);
          expect(mirrored?.y1).toBeCloseTo(node.y1, 6);
          expect(mirrored?.labelX).toBeCloseTo(SANKEY_WIDTH - node.labelX, 6);
          expect(mirrored?.labelAnchor).toBe(node.labelAnchor);
        });
        expect(rtl.links.map((link) => link.width)).toEqual(ltr.links.map((link) => link.width));
      }),
      { numRuns: 60 },
    );
  });

  it('flows towards later levels: left to right, or right to left in RTL', () => {
    fc.assert(
      fc.property(edgesArbitrary, fc.boolean(), (edges, rtl) => {
        const layout = sankeyLayout(edges, rtl);
        const byId = new Map(layout.nodes.map((node) => [node.id, node]));
        for (const link of layout.links) {
          const source = byId.get(link.sourceId);
          const target = byId.get(link.targetId);
          if (!source || !target) throw new Error('a link to a node that is not drawn');
          expect(target.level).toBe(source.level + 1);
          if (rtl) expect(target.x1).toBeLessThanOrEqual(source.x0);
          else expect(target.x0).toBeGreaterThanOrEqual(source.x1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives every edge a band as thick as its persons (the same scale for all)', () => {
    fc.assert(
      fc.property(edgesArbitrary, (edges) => {
        const { links } = sankeyLayout(edges, false);
        expect(links).toHaveLength(edges.length);
        const biggest = links.reduce((most, link) => (link.edge.persons > most.edge.persons ? link : most));
        const scale = biggest.width / biggest.edge.persons;
        for (const link of links)
          if (link.width > 1) expect(link.width / link.edge.persons).toBeCloseTo(scale, 6);
        for (const node of sankeyLayout(edges, false).nodes) expect(node.x0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
