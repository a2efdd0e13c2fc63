/** What the simulated host counts, so tests can assert batching and the protection rule. */
export interface RequestRecord {
  /** UTF-8 length of the JSON of the request (object paths + actions with their arguments). */
  bytes: number;
  /** Queued actions: property sets, method calls, loads and null checks. */
  operations: number;
  /** UTF-8 length of the JSON of the values the request's loads returned. */
  responseBytes: number;
  /** Positions (0-based) of the actions that may change the workbook: property sets and method calls. */
  changes: number[];
  /** What each action does, as Excel names it in errors ("ConditionalFormatCollection.add"). */
  members: string[];
}

export interface SimCounters {
  syncs: number;
  requests: RequestRecord[];
  protectionToggles: number;
  runs: number;
  reset(): void;
}

export function createCounters(): SimCounters {
  const counters: SimCounters = {
    syncs: 0,
    requests: [],
    protectionToggles: 0,
    runs: 0,
    reset() {
      counters.syncs = 0;
      counters.requests = [];
      counters.protectionToggles = 0;
      counters.runs = 0;
    },
  };
  return counters;
}
