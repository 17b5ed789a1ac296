/** A long-haul link between two sites. */
export interface SiteLink {
  readonly a: string;
  readonly b: string;
  /** bit/s in each direction. */
  readonly bandwidthBps: number;
  readonly latencyS: number;
  /** Cuts of the link (fibre cut, maintenance) per year and their mean duration, for simulations. */
  readonly outagesPerYear?: number;
  readonly outageDurationS?: number;
}

/** How an all-reduce among the sites travels: around a ring when every neighbour pair is linked, else up a tree. */
export interface CrossSiteNetwork {
  readonly sites: readonly string[];
  readonly topology: "single-site" | "ring" | "tree";
  /** Slowest link the all-reduce uses, bit/s. */
  readonly bottleneckBps: number;
  /** Largest one-way latency on the path, s. */
  readonly latencyS: number;
  /** Time to all-reduce `bytes` among the sites, one data stream per site pair (s). */
  allReduceS(bytes: number): number;
}

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The all-reduce among `sites` over `links`. A ring (Patarasuk and Yuan 2009: each link carries 2(k−1)/k of the data,
 * with 2(k−1) latency steps) when consecutive sites are linked, otherwise a reduce-then-broadcast tree over the links
 * (each tree link carries the data up and down, 2·depth latency steps). Undefined when the sites are not connected.
 */
export function crossSiteNetwork(
  sites: readonly string[],
  links: readonly SiteLink[],
): CrossSiteNetwork | undefined {
  const k = sites.length;
  if (k <= 1) {
    return {
      sites,
      topology: "single-site",
      bottleneckBps: Number.POSITIVE_INFINITY,
      latencyS: 0,
      allReduceS: () => 0,
    };
  }
  const byPair = new Map<string, SiteLink>();
  for (const l of links) {
    const existing = byPair.get(key(l.a, l.b));
    if (!existing || l.bandwidthBps > existing.bandwidthBps) byPair.set(key(l.a, l.b), l);
  }
  const ring: SiteLink[] = [];
  for (let i = 0; i < k; i++) {
    const l = byPair.get(key(sites[i] as string, sites[(i + 1) % k] as string));
    if (!l) break;
    ring.push(l);
    if (k === 2) break;
  }
  if (ring.length === (k === 2 ? 1 : k)) {
    const bottleneck = Math.min(...ring.map((l) => l.bandwidthBps));
    const latency = Math.max(...ring.map((l) => l.latencyS));
    return {
      sites,
      topology: "ring",
      bottleneckBps: bottleneck,
      latencyS: latency,
      allReduceS: (bytes) => ((2 * (k - 1)) / k) * ((bytes * 8) / bottleneck) + 2 * (k - 1) * latency,
    };
  }
  // A tree from the first site, breadth first over the links among these sites.
  const inJob = new Set(sites);
  const depth = new Map<string, number>([[sites[0] as string, 0]]);
  const used: SiteLink[] = [];
  const queue = [sites[0] as string];
  while (queue.length > 0) {
    const here = queue.shift() as string;
    for (const l of byPair.values()) {
      const there = l.a === here ? l.b : l.b === here ? l.a : undefined;
      if (there === undefined || !inJob.has(there) || depth.has(there)) continue;
      depth.set(there, (depth.get(here) ?? 0) + 1);
      used.push(l);
      queue.push(there);
    }
  }
  if (depth.size < k) return undefined;
  const bottleneck = Math.min(...used.map((l) => l.bandwidthBps));
  const latency = Math.max(...used.map((l) => l.latencyS));
  const height = Math.max(...depth.values());
  return {
    sites,
    topology: "tree",
    bottleneckBps: bottleneck,
    latencyS: latency,
    allReduceS: (bytes) => 2 * ((bytes * 8) / bottleneck) + 2 * height * latency,
  };
}
