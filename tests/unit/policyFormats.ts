/**
 * Readers for the two non-JSON files pack:policy writes, as strict as the
 * tests need: they read back what the writers wrote, and throw on the rest.
 */

/** The string values of a .reg file, by name, unescaped as regedit does. */
export function readRegistryValues(reg: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of reg.split('\r\n')) {
    const match = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!match) continue;
    const unquote = (text = '') => text.replace(/\\(.)/g, '$1');
    values[unquote(match[1])] = unquote(match[2]);
  }
  return values;
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A property list as a JSON value: dict, array, string, integer, real, true and false. */
export function readPlist(xml: string): unknown {
  const tokens = xml
    .replace(/^<\?xml[^>]*>\s*<!DOCTYPE[^>]*>\s*<plist version="1.0">/, '')
    .replace(/<\/plist>\s*$/, '')
    .match(/<(\w+)\/>|<(\w+)>([^<]*)<\/\2>|<\/?\w+>/g);
  if (!tokens) throw new Error('Not a property list');
  let at = 0;
  const next = (): unknown => {
    const token = tokens[at++] ?? '';
    if (token === '<true/>') return true;
    if (token === '<false/>') return false;
    const leaf = /^<(string|integer|real)>([^<]*)<\/\1>$/.exec(token);
    if (leaf) return leaf[1] === 'string' ? unescapeXml(leaf[2] ?? '') : Number(leaf[2]);
    if (token === '<array>') {
      const items: unknown[] = [];
      while (tokens[at] !== '</array>') items.push(next());
      at++;
      return items;
    }
    if (token === '<dict>') {
      const dict: Record<string, unknown> = {};
      while (tokens[at] !== '</dict>') {
        const key = /^<key>([^<]*)<\/key>$/.exec(tokens[at++] ?? '');
        if (!key) throw new Error(`Expected a key at token ${at}`);
        dict[unescapeXml(key[1] ?? '')] = next();
      }
      at++;
      return dict;
    }
    throw new Error(`Unexpected ${token}`);
  };
  const value = next();
  if (at !== tokens.length) throw new Error('Text after the value');
  return value;
}
