/**
 * Node's own modules, asked for at run time. Vite builds the command like the rest of the
 * kit, for the browser, and would swap a static `import 'node:fs'` for an empty shim;
 * `process.getBuiltinModule` (Node 20.16, within the package's engines) is left alone.
 */
function node() {
  return {
    fs: process.getBuiltinModule('node:fs'),
    util: process.getBuiltinModule('node:util'),
  };
}

export { node };
