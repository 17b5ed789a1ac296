/**
 * One address for a place in a scenario: the issue path (`["workloads", 0, "sync", "strategy"]`) and the assumption
 * name (`workloads.pretrain.sync.strategy`) come from the same steps, so they cannot drift apart.
 */
export class Scope {
  private constructor(
    /** Issue path: indexes, as the file is written. */
    readonly path: readonly (string | number)[],
    /** Assumption name: ids and names, as a reader names things. */
    readonly name: string,
  ) {}

  /** The scope of an item of a list: `Scope.item("workloads", 0, "pretrain")`. */
  static item(list: string, index: number, id: string): Scope {
    return new Scope([list, index], `${list}.${id}`);
  }

  /** The scope of a field or block inside this one. */
  at(...keys: readonly string[]): Scope {
    return new Scope([...this.path, ...keys], [this.name, ...keys].join("."));
  }
}
