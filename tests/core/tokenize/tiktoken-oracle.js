// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
//
// Test oracle: OpenAI's tiktoken (npm package `tiktoken`, the WASM build of the Rust core), fed by the differential
// tests. Input lines: "<encoding>\t<base64 bytes>"; the bytes are decoded as the WHATWG TextDecoder does (each
// invalid UTF-8 subpart becomes U+FFFD) and encoded with encode_ordinary (special-token text is plain text).
// Output: one line per input with the ids separated by commas, or "ERROR <message>".
// With --bench FILE ENCODING REPEATS: prints the best time in ms of encode_ordinary over the file's text.
'use strict';
const { get_encoding } = require('tiktoken');
const readline = require('readline');
const fs = require('fs');

const encoders = {};
function encoder(name) {
  if (!encoders[name]) encoders[name] = get_encoding(name);
  return encoders[name];
}
// ignoreBOM: keep a leading U+FEFF as text (the default would strip it before tiktoken sees it)
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

if (process.argv[2] === '--bench') {
  const text = decoder.decode(fs.readFileSync(process.argv[3]));
  const enc = encoder(process.argv[4]);
  const repeats = Number(process.argv[5] || 3);
  let best = Infinity;
  let count = 0;
  for (let i = 0; i < repeats; ++i) {
    const t0 = process.hrtime.bigint();
    try {
      count = enc.encode_ordinary(text).length;
    } catch (e) {
      process.stdout.write('ERROR ' + String(e).replace(/\s+/g, ' ') + '\n');
      process.exit(0);
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  process.stdout.write(`${best.toFixed(3)} ${count}\n`);
  process.exit(0);
}

const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (!line) return;
  const tab = line.indexOf('\t');
  const name = line.slice(0, tab);
  const text = decoder.decode(Buffer.from(line.slice(tab + 1), 'base64'));
  try {
    out.push(Array.from(encoder(name).encode_ordinary(text)).join(','));
  } catch (e) {
    out.push('ERROR ' + String(e).replace(/\s+/g, ' '));
  }
});
rl.on('close', () => {
  process.stdout.write(out.join('\n') + '\n');
});
