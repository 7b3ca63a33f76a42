/**
 * The server's own reason for an ErrorId ([MS-OCER] Appendix B or C), for support staff.
 */
import { useEffect, useState } from 'react';
import type { DiagnosticDescription } from '../core/families/ms-ocer/server-reasons/index';
import type { CatalogId, Category } from '../core/index';

/**
 * Looks up the server's reason for an ms-diagnostics ErrorId in the release that matches the
 * catalog, loading the reason tables only when first asked: an app that never shows it never
 * downloads them. Undefined until loaded, and for other codes. (The details dialog gets the
 * same through the family's `describe`.)
 */
function useServerReason(
  category: Category | undefined,
  errorId: number | undefined,
  catalog: CatalogId,
): DiagnosticDescription | undefined {
  const [description, setDescription] = useState<DiagnosticDescription>();
  useEffect(() => {
    setDescription(undefined);
    if (category !== 'ms-diagnostics' || errorId === undefined) return;
    let live = true;
    // The release names match the catalog names: lync2010 (Appendix B), ocs2007 (Appendix C).
    import('../core/families/ms-ocer/server-reasons/index')
      .then(({ describeDiagnostic }) => describeDiagnostic(errorId, { release: catalog }))
      .then((found) => {
        if (live) setDescription(found);
      })
      .catch(() => {
        // A chunk that fails to load leaves the view as it was: the reason is extra.
      });
    return () => {
      live = false;
    };
  }, [category, errorId, catalog]);
  return description;
}

export { useServerReason };
