// Plain CommonJS: webpack.config.js runs it at build time, the tests require it.
const fs = require("fs");
const path = require("path");
const { allowErrorInputs } = require("./allowErrorInputs");

/** Function and parameter names Excel accepts: a letter first, letters, digits, "_" and ".". */
const NAME = /^\p{L}[\p{L}\p{N}_.]{2,127}$/u;
const PARAMETER = /^\p{L}[\p{L}\p{N}_.]*$/u;

/**
 * The generated functions.json with every function's and parameter's name and description taken
 * from a translation table keyed by function id and parameter name; ids, types and options stay.
 * Office reads one metadata file per locale (a bt:Override of the metadata URL in the manifest)
 * and custom-functions-metadata writes only the default one, so this makes the others.
 * Throws when the table misses a function or parameter, has one the code no longer has, or gives
 * a name Excel refuses: the build must not ship half-translated metadata.
 *
 * @example localizeMetadata('{"functions":[{"id":"LUNAR","name":"LUNAR",...}]}', viTable) // "AMLICH"
 * @param {string} metadataJson the generated functions.json
 * @param {Record<string, {name: string, description: string, parameters?: Record<string, {name: string, description: string}>}>} table
 * @returns {string} the localized functions.json
 */
function localizeMetadata(metadataJson, table) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table))
    if (!ids.has(id)) problems.push(`${id}: in the table but not in the code`);
  const names = new Set();
  const functions = metadata.functions.map((f) => {
    const t = table[f.id];
    if (!t) {
      problems.push(`${f.id}: no translation`);
      return f;
    }
    if (!NAME.test(t.name)) problems.push(`${f.id}: invalid name "${t.name}"`);
    if (names.has(t.name)) problems.push(`${f.id}: duplicate name "${t.name}"`);
    names.add(t.name);
    const given = t.parameters || {};
    const known = new Set((f.parameters || []).map((p) => p.name));
    for (const p of Object.keys(given))
      if (!known.has(p)) problems.push(`${f.id}.${p}: in the table but not in the code`);
    const parameters = (f.parameters || []).map((p) => {
      const tp = given[p.name];
      if (!tp) {
        problems.push(`${f.id}.${p.name}: no translation`);
        return p;
      }
      if (!PARAMETER.test(tp.name)) problems.push(`${f.id}.${p.name}: invalid name "${tp.name}"`);
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  if (problems.length > 0)
    throw new Error(`Custom functions translation table:\n  ${problems.join("\n  ")}`);
  return JSON.stringify({ ...metadata, functions }, null, 2);
}

/** Locales with a translation table beside this file (`vi.json` → functions-vi.json for vi-VN). */
const LOCALES = { vi: path.join(__dirname, "vi.json") };

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added `functions.json`, adds to it
 * what the generator cannot write (error inputs allowed, see allowErrorInputs.js) and adds `functions-<lang>.json`
 * for every table in LOCALES, made from the finished file.
 */
class LocalizedMetadataPlugin {
  /** @param {{ source?: string }} [options] */
  constructor(options = {}) {
    this.source = options.source || "functions.json";
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin has reported its own errors
          const finished = allowErrorInputs(asset.source.source().toString());
          compilation.updateAsset(this.source, new sources.RawSource(finished));
          for (const [lang, file] of Object.entries(LOCALES)) {
            try {
              const table = JSON.parse(fs.readFileSync(file, "utf8"));
              compilation.fileDependencies.add(file);
              const json = localizeMetadata(finished, table);
              compilation.emitAsset(
                this.source.replace(/\.json$/, `-${lang}.json`),
                new sources.RawSource(json),
              );
            } catch (e) {
              compilation.errors.push(new WebpackError(String(e && e.message ? e.message : e)));
            }
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedMetadataPlugin, LOCALES };
