/** The few XML text helpers the package patches need (the parts are small and regular). */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    }
  });
}

/** Value of an attribute of the first element matching `tag` (unescaped), or undefined. */
export function attribute(elementXml: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(elementXml);
  return match ? unescapeXml(match[1]) : undefined;
}

/** Opening tags, self-closing or not, whose attribute values may contain '>' or '/'. */
export function elementPattern(tag: string): RegExp {
  return new RegExp(`<${tag}\\b((?:[^>"]|"[^"]*")*?)(/?)>`, 'g');
}
