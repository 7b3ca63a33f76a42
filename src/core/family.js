/**
 * The family contract: what every family of codes gives the generic layers.
 *
 * A family is data plus a small adapter (STYLE.md, "Families of codes"): its generated
 * catalog, a lenient reader of the codes as an app receives them, a resolve rule, its keys
 * and its words. Formatting, the hooks, the notice queue, the components, the CLI and the
 * stories know a family only through this interface; there is no registry and no lifecycle:
 * an app imports the families it shows and passes them in, so the rest tree-shakes away.
 */
/** Every placement, for validation and stories. */
const PLACEMENTS = ['notification-bar', 'im-area'];
export { PLACEMENTS };
