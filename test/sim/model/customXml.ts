/** Custom XML parts: an id, the root element's namespace and the XML text. */
export interface CustomXmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}

export function namespaceOf(xml: string): string {
  const root = /<(?!\?|!)([^\s/>]+)([^>]*)>/.exec(xml);
  if (!root) return '';
  const prefix = root[1].includes(':') ? root[1].split(':')[0] : '';
  const attr = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /\sxmlns\s*=\s*["']([^"']*)["']/;
  return attr.exec(root[2])?.[1] ?? '';
}
