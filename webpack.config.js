// Builds the task pane (production: the files an organisation hosts over HTTPS) and, on
// request, the local preview page (task pane + simulated workbook; never shipped).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { register } = require('tsx/cjs/api');

register();
const { rewriteManifestBaseUrl, DEV_BASE_URL } = require('./scripts/manifest.ts');

/**
 * Prints what the pane's first load costs: the gzip size of the JavaScript the taskpane page
 * loads before the first screen (its entry chunks), and of what loads later on demand.
 */
class FirstLoadSizePlugin {
  apply(compiler) {
    compiler.hooks.done.tap('FirstLoadSizePlugin', (stats) => {
      const { gzipSync } = require('zlib');
      const compilation = stats.compilation;
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const initial = new Set(entry.getFiles().filter((f) => f.endsWith('.js')));
      const size = (file) => gzipSync(require('fs').readFileSync(path.join(compilation.outputOptions.path, file)), { level: 9 }).length;
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      const first = [...initial].reduce((sum, f) => sum + size(f), 0);
      const later = Object.keys(compilation.assets)
        .filter((f) => f.endsWith('.js') && !initial.has(f) && !f.startsWith('preview'))
        .reduce((sum, f) => sum + size(f), 0);
      console.log(`Task pane first load: ${kb(first)} gzip of JavaScript (${[...initial].join(', ')}); on demand: ${kb(later)}`);
      console.log(firstLoadBreakdown(compilation, entry, first, kb));
    });
  }
}

/** Who a module belongs to: its npm package (Fluent UI's packages together), or the project's own folder. */
function ownerOf(resource) {
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource);
  if (pkg) {
    const name = pkg[1].replace(/\\/g, '/');
    if (name.startsWith('@fluentui/')) return 'Fluent UI (@fluentui/*)';
    if (name.startsWith('@griffel/')) return 'Griffel (@griffel/*, Fluent styling)';
    return name;
  }
  const own = /[\\/](src[\\/][^\\/]+)/.exec(resource);
  return own ? `own code: ${own[1].replace(/\\/g, '/')}` : 'other';
}

/**
 * The first load by dependency. Webpack minifies whole chunks, so each owner's share is taken
 * from the gzip size of its modules' sources and scaled to the measured first-load figure
 * (an estimate per owner; the total is measured).
 */
function firstLoadBreakdown(compilation, entry, measured, kb) {
  const { gzipSync } = require('zlib');
  const sources = new Map();
  for (const chunk of entry.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      for (const part of module.modules ?? [module]) {
        const resource = part.resource ?? (typeof part.identifier === 'function' ? part.identifier() : '');
        const source = part.originalSource?.()?.source?.();
        if (typeof source !== 'string') continue;
        const owner = ownerOf(resource);
        sources.set(owner, (sources.get(owner) ?? '') + source);
      }
    }
  }
  const sizes = [...sources].map(([owner, text]) => [owner, gzipSync(text, { level: 9 }).length]).sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0) || 1;
  const lines = sizes.map(([owner, size]) => `  ${kb((measured * size) / total).padStart(9)}  ${((100 * size) / total).toFixed(1).padStart(5)}%  ${owner}`);
  return ['First load by dependency (gzip, shares of the measured total):', ...lines].join('\n');
}

const OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = Boolean(env.preview);
  // Production manifests point at the organisation's HTTPS host; development at localhost.
  const baseUrl = process.env.TONGKET_BASE_URL || DEV_BASE_URL;

  const entry = { taskpane: './src/taskpane/index.tsx' };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      officeScript: OFFICE_JS,
    }),
    new HtmlWebpackPlugin({
      filename: 'support.html',
      template: './src/taskpane/support.html',
      chunks: [],
      inject: false,
    }),
  ];
  if (preview) {
    entry.preview = './test/preview/index.tsx';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './test/preview/preview.html',
        chunks: ['preview'],
      }),
    );
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: path.resolve(__dirname, preview ? 'dist-preview' : 'dist'),
      filename: '[name].[contenthash:8].js',
      // dist/ is shared with the command line's build (tsconfig.cli.json → dist/cli): keep it.
      clean: { keep: /^cli[\\/]/ },
    },
    // Lazily loaded modules are imported with ".js" specifiers (TypeScript's nodenext rule for import()).
    resolve: { extensions: ['.tsx', '.ts', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new FirstLoadSizePlugin(),
      // The .xlsx reader of "Gộp sổ đơn vị" (tableParts, inlineStrings, jszip's part bytes) uses
      // Node's Buffer; in the pane it is the "buffer" package, in the lazily loaded chunk only.
      new (require('webpack').ProvidePlugin)({ Buffer: ['buffer', 'Buffer'] }),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (baseUrl === DEV_BASE_URL ? content : rewriteManifestBaseUrl(content.toString(), baseUrl)),
          },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.TONGKET_PORT || 3000),
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Excel desktop needs a trusted HTTPS localhost; the Linux preview is plain HTTP.
      server: env.https ? { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() } : 'http',
      client: { overlay: true },
      open: false,
    },
  };
};
