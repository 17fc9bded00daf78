// Numbering and validation of a 5,000-paragraph addendum (issue: document model). Goal: numbering
// stays linear and under 2 ms per 1,000 paragraphs. Prints the figures for 1,000, 2,000 and 5,000
// paragraphs so linearity can be read off, and fails if the goal is missed.
import { createBuilders, numberDocument, validate } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';

function addendum(paragraphs: number): Node {
  const b = createBuilders('n');
  const blocks: Node[] = [];
  const perSubsection = 25;
  const subsections: Node[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    const text = [`Many speakers noted document `, b.symbol('E/CN.15/2019/4'), ` and paragraph ${i}.`];
    blocks.push(b.paragraph(...text));
    if (i % 10 === 0) blocks.push(b.items('first item;', b.item('second', b.items('nested')), 'third.'));
    if (blocks.length >= perSubsection)
      subsections.push(b.subsection(`Sub-item ${subsections.length + 1}`, ...blocks.splice(0)));
  }
  if (blocks.length > 0) subsections.push(b.subsection('Other matters', ...blocks.splice(0)));
  const half = Math.ceil(subsections.length / 2);
  return b.doc(
    'Title',
    b.section('deliberations', 'Deliberations', ...subsections.slice(0, half)),
    b.section('actionTaken', 'Action taken', ...subsections.slice(half)),
  );
}

function time(run: () => void, rounds: number): number {
  for (let i = 0; i < 5; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

let failed = false;
for (const size of [1_000, 2_000, 5_000]) {
  const doc = addendum(size);
  const numbering = time(() => numberDocument(doc), 50);
  const validation = time(() => validate(doc), 20);
  const perThousand = numbering / (size / 1000);
  const ok = perThousand < 2;
  failed ||= !ok;
  console.log(
    `${String(size).padStart(5)} paragraphs: numbering ${numbering.toFixed(2)} ms (${perThousand.toFixed(2)} ms per 1,000; goal < 2 ms) ${ok ? 'OK' : 'MISSED'}; validation ${validation.toFixed(2)} ms`,
  );
}
process.exit(failed ? 1 : 0);
