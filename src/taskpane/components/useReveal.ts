import { useEffect, useRef } from 'react';

/**
 * Brings a panel's result into view when it appears. In Excel's 320 px pane the actions above a
 * panel fill most of the height, so a preview, a refusal or a result would otherwise open below
 * the fold, unseen. `shown` names the result on screen (null while there is none).
 */
export function useReveal<T extends HTMLElement>(shown: string | null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown !== null) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [shown]);
  return ref;
}
