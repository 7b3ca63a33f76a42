/**
 * Announcing a new notice to screen readers reliably.
 *
 * Screen readers most often miss text inserted together with a freshly created live region,
 * which is how a notice that is itself `role="status"` arrives. So, as Radix Toast does, the
 * kit keeps two live regions (polite and assertive) in the document from the first notice
 * on, and writes an announcement into one of them a moment after the notice renders: the
 * region exists before its text changes, and the notice itself is no live region, so each
 * insertion is announced once.
 */

/** How urgently a notice is announced. */
type Politeness = 'polite' | 'assertive';

const regions = new Map<Politeness, HTMLElement>();

/** The region for `politeness`, created in `document.body` on first use and kept. */
function regionFor(politeness: Politeness): HTMLElement | undefined {
  if (typeof document === 'undefined' || !document.body) return undefined;
  let region = regions.get(politeness);
  if (!region?.isConnected) {
    region = document.createElement('div');
    region.setAttribute('aria-live', politeness);
    // Each announcement is a node of its own, added and later removed: several notices that
    // arrive together are each read, rather than the last one replacing the others.
    region.setAttribute('aria-atomic', 'false');
    region.setAttribute('aria-relevant', 'additions');
    region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    region.className = 'ucek-visually-hidden';
    region.dataset.ucekAnnouncer = politeness;
    document.body.append(region);
    regions.set(politeness, region);
  }
  return region;
}

/** Makes sure both regions exist, so the first announcement is not lost: call on mount. */
function prepareAnnouncer(): void {
  regionFor('polite');
  regionFor('assertive');
}

/** How long an announcement stays in its region: long enough to be read, then gone. */
const KEEP_MS = 7000;

/**
 * Says `text` through the region of `politeness`: added a moment after the notice renders,
 * as a node of its own (so a repeat of the same sentence is announced again), and removed
 * once read.
 */
function announce(text: string, politeness: Politeness): void {
  const region = regionFor(politeness);
  if (!region) return;
  setTimeout(() => {
    // The page may have gone in the meantime (a closed window, a torn-down test document).
    if (!region.isConnected) return;
    const line = region.ownerDocument.createElement('div');
    line.textContent = text;
    region.append(line);
    setTimeout(() => line.remove(), KEEP_MS);
  }, 100);
}

export type { Politeness };
export { announce, prepareAnnouncer };
