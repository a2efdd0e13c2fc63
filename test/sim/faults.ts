/**
 * Fault injection: a chosen sync fails the way a real host fails mid-request. Excel on the
 * web can lose the request on the way (nothing applied), lose the response on the way back
 * (everything applied, nothing delivered), or apply the request's actions up to the one
 * that fails (the earlier ones stay applied). Commands must survive all three: typed cells
 * unchanged and a rerun completing the work.
 */
import { SimOfficeError } from './errors';

export type FaultMode =
  | { kind: 'requestLost' }
  | { kind: 'responseLost' }
  /** the first `applied` actions of the request take effect, then one fails */
  | { kind: 'partial'; applied: number };

export interface ArmedFault {
  /** 1-based number of the sync to fail, counted from when the fault was armed */
  sync: number;
  mode: FaultMode;
}

export class SimFaults {
  private armed: (ArmedFault & { base: number }) | null = null;
  /** Syncs made so far by this host (the counters can be reset by tests; this cannot). */
  private made = 0;

  /** Fails the `sync`-th sync from now; replaces any fault still armed. */
  arm(fault: ArmedFault): void {
    this.armed = { ...fault, base: this.made };
  }

  disarm(): void {
    this.armed = null;
  }

  /** Whether the armed fault has fired. */
  get pending(): boolean {
    return this.armed !== null;
  }

  /** Called by each sync: the fault it must suffer, if any. */
  _next(): FaultMode | null {
    this.made++;
    const armed = this.armed;
    if (!armed || this.made - armed.base !== armed.sync) return null;
    this.armed = null;
    return armed.mode;
  }
}

export function faultError(mode: FaultMode, location: string): SimOfficeError {
  const detail =
    mode.kind === 'requestLost'
      ? 'Simulated fault: the request was lost before Excel received it.'
      : mode.kind === 'responseLost'
        ? 'Simulated fault: Excel applied the request but its response was lost.'
        : `Simulated fault: action ${mode.applied + 1} of the request failed; the earlier ones stay applied.`;
  return new SimOfficeError('GeneralException', detail, location);
}
