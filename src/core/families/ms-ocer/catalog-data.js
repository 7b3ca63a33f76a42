/**
 * The code families, in the order the client consults them ([MS-OCER] Appendix D,
 * "Error Handling Logic": ms-diagnostic, SIP errors, SIP warning, Windows errors).
 */
const Categories = ['ms-diagnostics', 'sip', 'sip-warning', 'windows'];
export { Categories };
