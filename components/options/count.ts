/** Numbers in the options page's English sentences: "1 entry", "1,953 entries". */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
