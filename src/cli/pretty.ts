/** `--format pretty`: a coloured summary of a record for a person at a terminal. */
import type { Directive, NoticeRecord } from '../record/schema.js';
import { out as c } from './color.js';

function directiveLines(ds: Directive[], depth: number, lines: string[]): void {
  for (const d of ds) {
    const head = d.heading ? c.bold(d.heading) + ' ' : '';
    const body = d.text.length > 100 ? d.text.slice(0, 100) + '…' : d.text;
    const who = d.agencies.filter((a) => a.role !== 'mentioned').map((a) => `${a.name} (${a.role})`);
    lines.push(`${'  '.repeat(depth + 1)}${c.cyan(d.marker ?? d.id)} ${head}${body.replace(/\n/g, ' ')}`);
    if (who.length) lines.push(`${'  '.repeat(depth + 2)}${c.magenta('→ ' + who.join(', '))}`);
    for (const dl of d.deadlines) lines.push(`${'  '.repeat(depth + 2)}${c.red('⏰ ' + dl.text)}`);
    directiveLines(d.children, depth + 1, lines);
  }
}

export function prettyRecord(r: NoticeRecord): string {
  const d = r.document;
  const lines: string[] = [];
  lines.push(c.bold.underline(r.source.path ?? '(stdin)') + c.dim(`  ${r.source.encoding}, ${r.source.format}`));
  const field = (k: string, v: string | null | undefined) => lines.push(`  ${c.dim(k.padEnd(10))} ${v ?? c.dim('—')}`);
  field('type', d.type ? `${d.type.name}${d.type.code ? ` (${d.type.code})` : ''}` : null);
  field('number', d.number?.raw);
  field('issuer', d.issuer ? [d.issuer.name, d.issuer.parent].filter(Boolean).join(' / ') : null);
  field('place', d.place?.name);
  field('date', d.date ? `${d.date.text} → ${d.date.iso ?? '?'}` : null);
  field('title', d.title?.text);
  if (r.meeting) field('meeting', [r.meeting.date?.iso, r.meeting.location].filter(Boolean).join(', '));
  for (const p of r.presiders) field('presider', `${p.name}${p.positions.length ? ' - ' + p.positions.join(', ') : ''}`);
  if (r.directives.length) {
    lines.push(`  ${c.dim('directives')}`);
    directiveLines(r.directives, 0, lines);
  }
  if (r.agencies.length) field('agencies', r.agencies.map((a) => a.name).join('; '));
  if (r.references.length) field('cites', r.references.map((x) => x.number).join('; '));
  if (r.recipients.length) field('recipients', String(r.recipients.length));
  if (r.signer) field('signer', [...r.signer.authorities, r.signer.position, r.signer.name].filter(Boolean).join(' / '));
  for (const dg of r.diagnostics) {
    const color = dg.severity === 'error' ? c.red : dg.severity === 'warning' ? c.yellow : c.blue;
    lines.push(`  ${color(dg.severity)} ${dg.line}:${dg.column} ${dg.message} ${c.dim(dg.code)}`);
  }
  return lines.join('\n') + '\n';
}
