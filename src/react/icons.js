import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
/**
 * The two glyphs the notices draw, inline so the kit ships no icon font or image; both are
 * hidden from assistive technology, since the text next to them says it all.
 */
/** A filled circle with an exclamation mark, in the notice's accent colour. */
function AlertIcon() {
    return (_jsxs("svg", { className: "ucek-icon", viewBox: "0 0 16 16", "aria-hidden": "true", focusable: "false", children: [_jsx("circle", { cx: "8", cy: "8", r: "7.5", className: "ucek-icon__disc" }), _jsx("rect", { x: "7.1", y: "3.5", width: "1.8", height: "6", rx: "0.9", className: "ucek-icon__mark" }), _jsx("circle", { cx: "8", cy: "12", r: "1.05", className: "ucek-icon__mark" })] }));
}
/** A cross, for the dismiss button. */
function CloseIcon() {
    return (_jsx("svg", { className: "ucek-icon", viewBox: "0 0 16 16", "aria-hidden": "true", focusable: "false", children: _jsx("path", { d: "M4 4l8 8M12 4l-8 8", fill: "none", stroke: "currentColor", strokeWidth: "1.6", strokeLinecap: "round" }) }));
}
export { AlertIcon, CloseIcon };
