import {rollup} from 'rollup';
import config from '/work/main/rollup.config.mjs';
const c = config[0];
const bundle = await rollup({input: c.input, plugins: c.plugins.slice(0, 3), preserveEntrySignatures: c.preserveEntrySignatures});
const {output} = await bundle.generate({...c.output, dir: undefined});
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  const mods = Object.entries(chunk.modules)
    .map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/')])
    .sort((a, b) => b[0] - a[0]);
  console.log(
    chunk.fileName,
    mods.reduce((s, m) => s + m[0], 0),
  );
  for (const [len, id] of mods.slice(0, 14)) console.log('   ', String(len).padStart(6), id);
}
