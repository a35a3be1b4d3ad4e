/**
 * A regex built on its first use, for the patterns a typical document never needs: V8 parses a
 * pattern when the RegExp is constructed (about 0.1-0.3 ms for a big Unicode one), which a cold
 * one-document run pays at module load for every pattern, used or not. The source and flags are
 * fixed at load, so test/reliability's regex collector checks the pattern as usual (it reads
 * `source` and `flags` of every exported LazyRegExp).
 */
export class LazyRegExp {
  #re: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The regex (one instance: lastIndex is kept between uses, as for a RegExp constant). */
  get re(): RegExp {
    return (this.#re ??= new RegExp(this.source, this.flags));
  }
}
