/** webpack 5, production mode, no loaders or plugins: what `import 'iop-family'` needs from a bundler. */
export default ({context, outputPath}) => ({
  mode: 'production',
  context,
  entry: './main.js',
  output: {path: outputPath, filename: 'main.js', chunkFilename: 'chunks/[name].[contenthash].js', clean: true},
});
