// Exports: CSV per table, brat standoff (.ann beside .txt, in a ZIP), and the ZIP writer.
// Pure functions of the contract's JSON; the page turns their output into downloads.

import { list, speakerLabel } from './dom.js';

// ---------------------------------------------------------------- CSV (RFC 4180)

/**
 * One CSV cell. A cell that a spreadsheet would read as a formula (=, +, -, @ first) gets
 * a leading apostrophe, so opening an export never runs text from an article.
 */
export function csvCell(v) {
  let s = v == null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function quotesCsv(docs) {
  const rows = [];
  for (const d of docs) {
    for (const q of list(d.result.quotes)) {
      rows.push([d.id, q.id, speakerLabel(q.speaker) ?? '', q.speaker ? q.speaker.text : '', q.text ?? '', q.kind ?? '',
        q.cue ? q.cue.text : '', typeof q.confidence === 'number' ? q.confidence : '', q.span ? q.span[0] : '', q.span ? q.span[1] : '']);
    }
  }
  return toCsv(['document', 'quote_id', 'speaker', 'speaker_as_written', 'quote', 'kind', 'cue', 'confidence', 'start', 'end'], rows);
}

/** entities: rows with {id, type, name, aliases, roles, counts: [[docId, n]]}. */
export function entitiesCsv(entities) {
  const rows = entities.map((e) => [e.id, e.type, e.name, list(e.aliases).join('; '), list(e.roles).join('; '),
    e.counts.reduce((s, [, n]) => s + Number(n || 0), 0), e.counts.map(([id, n]) => `${id}: ${n}`).join('; ')]);
  return toCsv(['entity_id', 'type', 'name', 'aliases', 'roles', 'mentions', 'mentions_per_document'], rows);
}

/** conflicts: Map claim id → the claim group (status conflict) it belongs to. */
export function claimsCsv(docs, groupOf = new Map()) {
  const rows = [];
  for (const d of docs) {
    for (const c of list(d.result.claims)) {
      const g = groupOf.get(c.id);
      rows.push([d.id, c.id, c.text ?? '', list(c.kinds).join('; '), typeof c.score === 'number' ? c.score : '',
        c.hedge ?? '', speakerLabel(c.speaker) ?? '', g ? g.id : '', g ? g.status : '', c.span ? c.span[0] : '', c.span ? c.span[1] : '']);
    }
  }
  return toCsv(['document', 'claim_id', 'claim', 'kinds', 'score', 'hedge', 'speaker', 'group', 'group_status', 'start', 'end'], rows);
}

// ---------------------------------------------------------------- brat standoff

const BRAT_TYPE = {
  person: 'Person', organization: 'Organization', place: 'Place', nationality: 'Nationality', event: 'Event', other: 'Other',
};

export const BRAT_CONF = `[entities]
Quote
Speaker
Cue
Claim
Person
Organization
Place
Nationality
Event
Other

[relations]
SpokenBy	Arg1:Quote, Arg2:Speaker
CuedBy	Arg1:Quote, Arg2:Cue

[events]

[attributes]
Kind	Arg:Quote, Value:direct|indirect|mixed
`;

/**
 * brat fragments of a span. Contract spans count code points, and so does brat (it
 * indexes the text file's characters as decoded, a Python str), so the offsets carry over
 * as they are, with two rules of brat applied: an annotation's text may not hold a line
 * break, so a span is cut into fragments at line breaks (blank ones dropped), and the
 * text column holds the fragments joined by one space.
 * cps: the document's text as an array of code points.
 */
export function bratFragments(cps, [start, end]) {
  const frags = [];
  let a = start;
  for (let i = start; i <= end; i++) {
    if (i === end || cps[i] === '\n' || cps[i] === '\r') {
      let s = a;
      let e = i;
      while (s < e && /\s/u.test(cps[s])) s++;
      while (e > s && /\s/u.test(cps[e - 1])) e--;
      if (e > s) frags.push([s, e]);
      a = i + 1;
    }
  }
  return frags;
}

/** The .ann file of one analysed document. */
export function bratAnn(text, result) {
  const cps = Array.from(text);
  const lines = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const mark = (type, span) => {
    if (!Array.isArray(span) || !(span[0] < span[1]) || span[1] > cps.length) return null;
    const frags = bratFragments(cps, span);
    if (frags.length === 0) return null;
    const id = `T${++t}`;
    const words = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
    lines.push(`${id}\t${type} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${words}`);
    return id;
  };
  for (const e of list(result.entities)) {
    for (const m of list(e.mentions)) mark(BRAT_TYPE[e.type] || 'Other', m.span);
  }
  for (const q of list(result.quotes)) {
    const parts = list(q.parts).length ? q.parts : [q.span];
    // One annotation for the whole quote: its parts, each cut at line breaks.
    const frags = parts.flatMap((p) => (Array.isArray(p) && p[0] < p[1] && p[1] <= cps.length ? bratFragments(cps, p) : []));
    if (frags.length === 0) continue;
    const id = `T${++t}`;
    lines.push(`${id}\tQuote ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ')}`);
    lines.push(`A${++a}\tKind ${id} ${q.kind}`);
    if (q.speaker) {
      const sid = mark('Speaker', q.speaker.span);
      if (sid) lines.push(`R${++r}\tSpokenBy Arg1:${id} Arg2:${sid}`);
      if (sid && q.speaker.name) lines.push(`#${++n}\tAnnotatorNotes ${sid}\t${q.speaker.name.replace(/[\r\n\t]+/g, ' ')}`);
    }
    if (q.cue) {
      const cid = mark('Cue', q.cue.span);
      if (cid) lines.push(`R${++r}\tCuedBy Arg1:${id} Arg2:${cid}`);
    }
  }
  for (const c of list(result.claims)) {
    const id = mark('Claim', c.span);
    if (id) {
      const score = typeof c.score === 'number' ? c.score.toFixed(2) : '?';
      lines.push(`#${++n}\tAnnotatorNotes ${id}\tcheck-worthiness ${score}; ${list(c.kinds).join(', ')}${c.hedge ? `; hedge: ${c.hedge}` : ''}`.replace(/[\r\n]+/g, ' '));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** A file name safe in an archive, from a document id, unique among `taken`. */
export function safeStem(id, taken) {
  let stem = String(id).replace(/\.(?:txt|text|md|markdown|html?|xhtml)$/i, '')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_').replace(/^\.+/, '_').slice(0, 120) || 'document';
  const base = stem;
  for (let i = 2; taken.has(stem.toLowerCase()); i++) stem = `${base}_${i}`;
  taken.add(stem.toLowerCase());
  return stem;
}

/** brat files of the documents: [{name, text}], each .txt beside its .ann, plus annotation.conf. */
export function bratFiles(docs) {
  const taken = new Set(['annotation']);
  const files = [{ name: 'annotation.conf', text: BRAT_CONF }];
  for (const d of docs) {
    const stem = safeStem(d.id, taken);
    files.push({ name: `${stem}.txt`, text: d.text });
    files.push({ name: `${stem}.ann`, text: bratAnn(d.text, d.result) });
  }
  return files;
}

// ---------------------------------------------------------------- ZIP (stored, no compression)

let crcTable = null;
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of [{name, text}] (UTF-8 names and contents, stored), as a Blob part list. */
export function zipParts(files) {
  const enc = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const data = typeof f.text === 'string' ? enc.encode(f.text) : f.text;
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed
    local.setUint16(6, 0x0800, true); // names are UTF-8
    local.setUint16(8, 0, true); // stored
    local.setUint32(10, 0, true); // time and date: none
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(local.buffer, name, data);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, 0x0800, true);
    cd.setUint16(10, 0, true);
    cd.setUint32(12, 0, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, data.length, true);
    cd.setUint32(24, data.length, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(cd.buffer, name);
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((s, p) => s + p.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return [...parts, ...central, end.buffer];
}

