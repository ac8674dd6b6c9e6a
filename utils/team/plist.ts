/**
 * A JSON value as an Apple property list (XML), for macOS configuration
 * profiles: objects become dicts, arrays arrays, whole numbers integers.
 * Null has no plist form: such a member or element is left out, as a
 * policy value never holds one.
 */
export function plist(value: unknown): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...element(value, ''),
    '</plist>',
  ];
  return `${lines.join('\n')}\n`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function element(value: unknown, indent: string): string[] {
  if (typeof value === 'string') return [`${indent}<string>${escapeXml(value)}</string>`];
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (typeof value === 'number') {
    const tag = Number.isInteger(value) ? 'integer' : 'real';
    return [`${indent}<${tag}>${value}</${tag}>`];
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.flatMap((item) => element(item, inner));
    return [`${indent}<array>`, ...items, `${indent}</array>`];
  }
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).flatMap(([key, member]) => {
      const body = element(member, inner);
      return body.length > 0 ? [`${inner}<key>${escapeXml(key)}</key>`, ...body] : [];
    });
    return [`${indent}<dict>`, ...members, `${indent}</dict>`];
  }
  return [];
}
