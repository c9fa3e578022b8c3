/** The storage of the dashboard's record table: strings numbered, numbers in growing typed arrays. */

/** Strings to small integers; 0 stands for null ("not given"). */
export class Dictionary {
  readonly values: (string | null)[] = [null];
  private readonly index = new Map<string, number>();

  id(value: string | null): number {
    if (value === null) return 0;
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }

  /** The id of a value already seen; -1 when it never was (so nothing matches it). */
  find(value: string | null): number {
    return value === null ? 0 : (this.index.get(value) ?? -1);
  }

  get size(): number {
    return this.values.length;
  }
}

type NumberArray = Int32Array | Uint8Array | Float64Array;

/** A typed array that grows as values are pushed. */
export class Column<T extends NumberArray> {
  data: T;
  length = 0;

  constructor(private readonly Make: new (length: number) => T) {
    this.data = new Make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new this.Make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}
