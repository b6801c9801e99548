/**
 * Shape of one benchmark case. Each area of the app exports `cases` from a file in bench/cases/;
 * bench/run.ts runs them all with tinybench and prints a table (or JSON with --json).
 */
export interface BenchCase {
  /** Stable name, e.g. "generate deck" — cases of one name with several sizes get a 10k/1k ratio. */
  name: string;
  /** Input size (facts, cards, answers…). */
  size: number;
  /** Work done once before timing (build fixtures). */
  setup?: () => void | Promise<void>;
  /** The timed work. */
  fn: () => unknown;
}
