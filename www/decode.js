// Turning a dropped or chosen file into article text, or refusing it with a reason.
//
// Text files (.txt, .md) are UTF-8, or UTF-16 with a byte order mark, or else read as
// Windows-1252 (which covers Latin-1) with a note saying so. Saved web pages (.html,
// .htm) are parsed into a detached document (never the live page: nothing in them runs
// or loads) and reduced to the article's text. Images, PDFs, archives, other binary
// files, empty files and files over the size limit are refused.

export const MAX_BYTES = 50 * 1024 * 1024;

const HTML_EXT = /\.(?:html?|xhtml)$/i;
const BINARY_EXT = /\.(?:pdf|png|jpe?g|gif|webp|bmp|tiff?|ico|heic|avif|svgz|zip|gz|tgz|bz2|xz|7z|rar|tar|docx?|xlsx?|pptx?|odt|ods|odp|epub|rtf|exe|dll|so|dylib|bin|iso|dmg|class|jar|wasm|mp3|mp4|m4a|wav|ogg|flac|mov|avi|mkv|webm|woff2?|ttf|otf|sqlite|db)$/i;

/** Signatures of common binary formats: [bytes, what it is]. */
const MAGIC = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'an image (PNG)'],
  [[0xff, 0xd8, 0xff], 'an image (JPEG)'],
  [[0x47, 0x49, 0x46, 0x38], 'an image (GIF)'],
  [[0x52, 0x49, 0x46, 0x46], 'a media file (RIFF)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or office document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x4d, 0x5a], 'a program (EXE)'],
  [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old office document'],
];

export class Refused extends Error {}

function startsWith(bytes, sig) {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** What binary format the bytes are, or null. */
export function sniffBinary(bytes) {
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) return what;
  return null;
}

/** Control characters other than tab, line and page breaks: a sign of binary data. */
function looksBinary(text) {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) controls++;
  }
  return controls > 8 && controls > sample.length / 100;
}

/**
 * Decode bytes as text: {text, encoding, note}. A byte order mark decides; otherwise
 * UTF-8 when the bytes are valid UTF-8, else `fallback` (Windows-1252) with a note.
 */
export function decodeBytes(bytes, fallback = 'windows-1252') {
  let encoding;
  let note = null;
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    start = 3;
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    start = 2;
    note = 'read as UTF-16 (little-endian, from its byte order mark)';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    start = 2;
    note = 'read as UTF-16 (big-endian, from its byte order mark)';
  }
  const body = bytes.subarray(start);
  if (encoding) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding, note };
    } catch {
      throw new Refused(`is marked as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()} text`);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', note: null };
  } catch {
    const label = fallback.toLowerCase();
    const name = label === 'windows-1252' ? 'Windows-1252 (Latin-1)' : fallback;
    return {
      text: new TextDecoder(label).decode(body),
      encoding: label,
      note: `is not UTF-8; read as ${name}. Check accented letters and quotation marks`,
    };
  }
}

/** The charset a saved web page declares in its first bytes, if TextDecoder knows it. */
function declaredCharset(bytes) {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

const DROP = 'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, video, audio, '
  + 'nav, aside, form, button, select, input, textarea, dialog, [hidden], [aria-hidden="true"], '
  + '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
const BLOCK = new Set(['address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'caption', 'details', 'summary']);

/**
 * The article text of a saved web page: parsed into a detached document (scripts do not
 * run, nothing loads), reduced to its largest <article> or its <main> or its body, without
 * scripts, navigation, forms and page furniture; one paragraph per block, blank lines between.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const textLength = (n) => (n.textContent || '').replace(/\s+/g, ' ').length;
  for (const n of [...doc.querySelectorAll(DROP)]) n.remove();
  const articles = [...doc.querySelectorAll('article')];
  let root = articles.sort((a, b) => textLength(b) - textLength(a))[0]
    || doc.querySelector('main, [role="main"]') || doc.body;
  if (!root) return { text: '', title: null };
  if (root === doc.body) {
    for (const n of [...root.querySelectorAll(':scope > header, :scope > footer, body > div > header, body > div > footer')]) n.remove();
  }
  const out = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node) => {
    for (const c of node.childNodes) {
      if (c.nodeType === 3) line += c.data;
      else if (c.nodeType === 1) {
        const tag = c.localName;
        if (BLOCK.has(tag)) {
          flush();
          walk(c);
          flush();
        } else {
          walk(c);
        }
      }
    }
  };
  walk(root);
  flush();
  const title = (doc.title || '').replace(/\s+/g, ' ').trim() || null;
  // Without a heading of its own, the page's title leads.
  if (title && !root.querySelector('h1') && !(out[0] || '').startsWith(title)) out.unshift(title);
  return { text: out.length ? `${out.join('\n\n')}\n` : '', title };
}

/**
 * Read one File: {text, note} (note: null or what the reader should know), or throws
 * Refused with the reason (the caller names the file). `bytes`: the file's contents, when the
 * caller has them at hand (the fetched sample articles); read back from a File, they come
 * through the browser's blob store, a wait of ~10 ms before the first document.
 */
export async function readFile(file, bytes = null) {
  const name = file.name || '';
  if (file.size > MAX_BYTES) {
    throw new Refused(`is ${(file.size / 1048576).toFixed(1)} MB, over the limit of ${MAX_BYTES / 1048576} MB for one file`);
  }
  if (file.size === 0) throw new Refused('is empty');
  if (BINARY_EXT.test(name)) {
    throw new Refused(`is not a text or web page file (${name.slice(name.lastIndexOf('.'))}); only .txt, .md and .html files can be read`);
  }
  if (!bytes) bytes = new Uint8Array(await file.arrayBuffer());
  const what = sniffBinary(bytes);
  if (what) throw new Refused(`looks like ${what}, not text`);
  const isHtml = HTML_EXT.test(name) || /^text\/html|xhtml/.test(file.type || '');
  const decoded = decodeBytes(bytes, isHtml ? declaredCharset(bytes) || 'windows-1252' : 'windows-1252');
  let { text } = decoded;
  const notes = decoded.note ? [decoded.note] : [];
  if (looksBinary(text)) throw new Refused('looks like a binary file, not text');
  if (isHtml) {
    text = htmlToText(text).text;
    notes.unshift('is a web page; only its article text was kept');
  }
  if (text.trim() === '') throw new Refused(isHtml ? 'has no article text' : 'has no text (only blank space)');
  return { text, note: notes.length ? notes.join('; ') : null };
}
