/* eslint-disable no-undef */
// Builds the task pane (taskpane.html: office.js + the shared-runtime bundle), the custom
// functions (functions.js + functions.json) and the browser preview (preview.html, no Office).
// `ADDIN_BASE_URL` (default https://localhost:3000/) is written into the manifest copy in dist/.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Content-Security-Policy of every page: our own files, Office.js from Microsoft's CDN, nothing
 * else (no other script, no connection to any server). Styles may be inline because Fluent UI
 * inserts its CSS at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
const cspMeta = {
  "Content-Security-Policy": {
    "http-equiv": "Content-Security-Policy",
    content: CONTENT_SECURITY_POLICY,
  },
};
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const DEV_PORT = 3000;

/** The manifest with every dev URL moved under `baseUrl` (ending in "/"). */
function rewriteManifest(xml, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const origin = new URL(base).origin;
  return xml.split(DEV_BASE_URL).join(base).split(DEV_BASE_URL.slice(0, -1)).join(origin);
}

function hasFunctions() {
  return fs.existsSync(path.join(__dirname, FUNCTIONS_ENTRY));
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production" && !env.production;
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  const withFunctions = hasFunctions();
  const entry = {
    taskpane: "./src/taskpane/taskpane.tsx",
    preview: "./src/taskpane/preview/preview.tsx",
  };
  if (withFunctions) entry.functions = FUNCTIONS_ENTRY;
  const plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      meta: cspMeta,
      // Shared runtime: the pane page also registers the custom functions.
      chunks: withFunctions ? ["functions", "taskpane"] : ["taskpane"],
    }),
    new HtmlWebpackPlugin({
      filename: "preview.html",
      template: "./src/taskpane/preview/preview.html",
      meta: cspMeta,
      chunks: ["preview"],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/help.html", to: "help.html" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => rewriteManifest(content.toString(), baseUrl),
        },
      ],
    }),
  ];
  if (withFunctions) {
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
    const { LocalizedMetadataPlugin } = require("./src/functions/metadata/localizeMetadata");
    // functions.json (English names, the default) from the JSDoc; functions-vi.json (Vietnamese
    // names, for vi-VN through the manifest's metadata URL override) from it and a table.
    plugins.push(
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new LocalizedMetadataPlugin({ source: "functions.json" }),
    );
  } else {
    console.warn(`webpack: ${FUNCTIONS_ENTRY} not found, building without custom functions.`);
  }
  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // The CLI bundle (npm run build:cli) lives in dist/cli too.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      splitChunks: false,
      // esbuild minifies the pane's code: terser's compression made the pane's workers read a
      // thousand unit files ≈ 20 % slower (measured in npm run bench). The functions bundle,
      // small and size-bound (≤ 50 KB), keeps webpack's default (terser, "...").
      minimizer: [new EsbuildPlugin({ target: "es2020", exclude: /^functions\.js$/ }), "..."],
    },
    performance: { hints: false },
    plugins,
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.join(__dirname, "assets"), publicPath: "/assets" },
    },
  };
  return config;
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
