import { EmptyFileSystem, URI } from 'langium';
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { createSscServices } from '../language/ssc-module.js';
import { ensureBuiltins } from '../language/workspace/builtins.js';
import { buildModelData } from '../language/builder/model-builder.js';
import { analyse } from '../language/model/analysis.js';
test('smoke', async () => {
  const { shared } = createSscServices(EmptyFileSystem);
  const b = ensureBuiltins(shared);
  const doc = shared.workspace.LangiumDocumentFactory.fromString(readFileSync('/tmp/language-example.ssc','utf8'), URI.parse('file:///a.ssc'));
  shared.workspace.LangiumDocuments.addDocument(doc);
  await shared.workspace.DocumentBuilder.build([b, doc], { validation: true });
  console.log(JSON.stringify(b.diagnostics?.slice(0,3)));
  console.log(JSON.stringify(doc.diagnostics, null, 0));
  console.log(JSON.stringify(analyse(buildModelData([doc], d => d.uri.path)).stakeholders[1]));
});
